// CSV peiling writes for people opens in the user's Excel: UTF-8 with a BOM, ';' in Dutch,
// ',' in English or with --csv-comma; the import reads every one of them back. Import
// messages name the spreadsheet row ("rij 7"), which a cell with a line break does not shift.
#include <catch2/catch.hpp>

#include "engine/store.h"
#include "raw_query.h"
#include "test_support.h"

#ifdef PEILING_BINARY

using namespace peiling::testing;

namespace {

ProcessResult peiling_in(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

std::string create_ib_survey(const ScratchDir& dir) {
  const auto created = peiling_in(dir, {"survey", "create", "--questionnaire", "ib-taken-bespreking", "--name", "t",
                                        "--group", "directie=1", "--group", "ib=9", "--group", "leerkrachten=9"});
  REQUIRE(created.exit_code == 0);
  return created.out.substr(0, created.out.find('\n'));
}

const std::string kBom = "\xEF\xBB\xBF";

}  // namespace

TEST_CASE("export csv: a BOM and semicolons in Dutch, commas in English or with --csv-comma", "[export][csv]") {
  ScratchDir dir;
  const auto survey = create_ib_survey(dir);
  write_file(dir.file("in.csv"), "groep,hoe-vaak,duidelijk,afspraak\nib,nooit,3,\"één; twee, drie\"\n");
  REQUIRE(peiling_in(dir, {"import", "--survey", survey, "in.csv"}).exit_code == 0);

  REQUIRE(peiling_in(dir, {"export", "--survey", survey, "--out", "nl.csv"}).exit_code == 0);
  const std::string dutch = read_file(dir.file("nl.csv"));
  CHECK(dutch.rfind(kBom + "groep;hoe-vaak;", 0) == 0);
  CHECK_THAT(dutch, Catch::Contains("ib;nooit;") && Catch::Contains("\"één; twee, drie\""));

  REQUIRE(peiling_in(dir, {"export", "--survey", survey, "--out", "comma.csv", "--csv-comma"}).exit_code == 0);
  REQUIRE(peiling_in(dir, {"export", "--survey", survey, "--out", "en.csv", "--lang", "en"}).exit_code == 0);
  for (const char* name : {"comma.csv", "en.csv"}) {
    const std::string comma = read_file(dir.file(name));
    INFO(name);
    CHECK(comma.rfind(kBom + "groep,hoe-vaak,", 0) == 0);
    CHECK_THAT(comma, Catch::Contains("ib,nooit,"));
  }
  // peiling reads back what it wrote, in every dialect.
  for (const char* name : {"nl.csv", "comma.csv", "en.csv"}) {
    const auto copy = create_ib_survey(dir);
    const auto imported = peiling_in(dir, {"import", "--survey", copy, name});
    INFO(name << ": " << imported.err);
    CHECK(imported.exit_code == 0);
    CHECK_THAT(imported.out, Catch::Contains("1 antwoord geïmporteerd"));
  }
}

TEST_CASE("import names the spreadsheet row, not the file's line, and writes rejected rows for Excel", "[import][csv]") {
  ScratchDir dir;
  const auto survey = create_ib_survey(dir);
  // Row 2 has a cell over two lines; the bad row is spreadsheet row 4 (line 5 of the file).
  write_file(dir.file("in.csv"), "groep,hoe-vaak,duidelijk,afspraak\n"
                                 "ib,nooit,3,\"eerste regel\ntweede regel\"\n"
                                 "ib,nooit,2,\n"
                                 "ib,nooit,9,\n");
  const auto refused = peiling_in(dir, {"import", "--survey", survey, "in.csv"});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("rij 4, duidelijk"));
  CHECK_FALSE(Catch::Contains("rij 5").match(refused.err));
  const auto english = peiling_in(dir, {"import", "--survey", survey, "in.csv", "--lang", "en"});
  CHECK_THAT(english.err, Catch::Contains("row 4, duidelijk"));

  REQUIRE(peiling_in(dir, {"import", "--survey", survey, "in.csv", "--skip-invalid", "afgekeurd.csv"}).exit_code == 0);
  const std::string rejected = read_file(dir.file("afgekeurd.csv"));
  CHECK(rejected.rfind(kBom + "groep;hoe-vaak;duidelijk;afspraak;rij;reden\r\n", 0) == 0);
  CHECK_THAT(rejected, Catch::Contains("\r\nib;nooit;9;;4;\"rij 4, duidelijk"));
  REQUIRE(peiling_in(dir, {"import", "--survey", survey, "in.csv", "--again", "--skip-invalid", "rejected.csv",
                           "--lang", "en"})
              .exit_code == 0);
  CHECK(read_file(dir.file("rejected.csv")).rfind(kBom + "groep,hoe-vaak,duidelijk,afspraak,row,reason\r\n", 0) == 0);
}

#endif

#ifdef PEILING_BINARY
// README: "For a single choice item_id is empty and the chosen option is in value; for a
// multiple choice each ticked option is a row of its own with item_id the option and value 1."
TEST_CASE("the answers view holds a single choice in value and a multiple choice in item_id, as the README says",
          "[store][readme]") {
  ScratchDir dir;
  const auto survey = create_ib_survey(dir);
  write_file(dir.file("in.csv"), "groep,hoe-vaak,met-wie,duidelijk\nib,nooit,team|bestuur,3\n");
  REQUIRE(peiling_in(dir, {"import", "--survey", survey, "in.csv"}).exit_code == 0);
  peiling::Store store(dir.file("peiling.sqlite"));
  std::vector<std::string> rows;
  peiling::RawQuery query(store, "SELECT question_id, item_id, value FROM answers "
                                             "WHERE question_id IN ('hoe-vaak', 'met-wie') ORDER BY question_id, item_id");
  while (query.step()) rows.push_back(query.column_text(0) + "|" + query.column_text(1) + "|" + query.column_text(2));
  CHECK(rows == std::vector<std::string>{"hoe-vaak||nooit", "met-wie|bestuur|1", "met-wie|team|1"});
  const std::string readme = read_file(PEILING_SOURCE_DIR "/README.md");
  CHECK_THAT(readme, Catch::Contains("For a single choice `item_id` is empty and the chosen option is in `value`"));
}
#endif
