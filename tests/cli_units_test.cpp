// `peiling unit`, `import --unit` and `report --unit` / `--by-unit` as a board secretary
// runs them (issue 18): units from a spreadsheet, each school's file imported under its
// unit, a school's report beside the board's, the board report; bad input named and refused.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"

using namespace peiling::testing;

namespace {

const std::string kGreven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";
const std::string kHeader = "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n";

ProcessResult run_peiling(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

std::string teachers(int count, const std::string& first) {
  std::string rows = kHeader;
  const std::string last = first == "5" ? "1" : "5";  // f1 and f5 trade places
  for (int i = 0; i < count; ++i) rows += "leerkrachten,7," + first + ",2,3,4," + last + ",iets,,\n";
  return rows;
}

// A survey with the units of units.csv; returns its id.
std::string board_survey(const ScratchDir& dir) {
  const auto created = run_peiling(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "bestuur",
                                     "--group", "directie=0", "--group", "ib=0", "--group", "leerkrachten=0"});
  REQUIRE(created.exit_code == 0);
  const std::string survey = created.out.substr(0, created.out.find('\n'));
  write_file(dir.file("eenheden.csv"),
             "eenheid;groep;uitgenodigd;naam\n"
             "klimop;directie;1;De Klimop\nklimop;Intern begeleiders;1;\nklimop;leerkrachten;12;\n"
             "esdoorn;directie;1;Het Esdoorn\nesdoorn;ib;1;\nesdoorn;leerkrachten;9;\n");
  const auto units = run_peiling(dir, {"unit", "import", "--survey", survey, "eenheden.csv"});
  INFO(units.err);
  REQUIRE(units.exit_code == 0);
  CHECK_THAT(units.out, Catch::Contains("2 eenheden"));
  return survey;
}

}  // namespace

TEST_CASE("units come from a spreadsheet, each school's file is imported under its unit, and reports follow", "[cli][units]") {
  ScratchDir dir;
  const std::string survey = board_survey(dir);
  write_file(dir.file("klimop.csv"), teachers(4, "5"));
  write_file(dir.file("esdoorn.csv"), teachers(3, "1"));
  REQUIRE(run_peiling(dir, {"import", "--survey", survey, "--unit", "klimop", "klimop.csv"}).exit_code == 0);
  REQUIRE(run_peiling(dir, {"import", "--survey", survey, "--unit", "esdoorn", "esdoorn.csv"}).exit_code == 0);

  const auto list = run_peiling(dir, {"unit", "list", "--survey", survey});
  CHECK_THAT(list.out, Catch::Contains("klimop           leerkrachten     12       4"));
  CHECK_THAT(list.out, Catch::Contains("esdoorn          leerkrachten     9        3"));

  const auto unit = run_peiling(dir, {"report", "--survey", survey, "--unit", "klimop", "--out", "klimop"});
  INFO(unit.err);
  REQUIRE(unit.exit_code == 0);
  CHECK_THAT(read_file(dir.file("klimop/vergelijking-bestuur.csv")),
             Catch::Contains("fasen,f1,leerkrachten,klimop,5.0,3.3\n"));  // board: (20 + 3) / 7

  const auto board = run_peiling(dir, {"report", "--survey", survey, "--by-unit", "--out", "bestuur", "--lang", "en"});
  INFO(board.err);
  REQUIRE(board.exit_code == 0);
  CHECK_THAT(board.out, Catch::Contains("bestuur.html"));
  const std::string html = read_file(dir.file("bestuur/bestuur.html"));
  CHECK_THAT(html, Catch::Contains("the units side by side") && Catch::Contains("4 of 12 (33%)"));
}

TEST_CASE("a bad units file, a missing --unit and an unknown unit are refused with what is wrong", "[cli][units]") {
  ScratchDir dir;
  const std::string survey = board_survey(dir);
  write_file(dir.file("fout.csv"), "eenheid,groep,uitgenodigd\neik,conciërge,2\neik,ib,veel\n");
  const auto bad = run_peiling(dir, {"unit", "import", "--survey", survey, "fout.csv"});
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.err, Catch::Contains("fout.csv, rij 2: onbekende groep 'conciërge'") &&
                          Catch::Contains("fout.csv, rij 3: 'veel' is geen aantal"));
  CHECK_THAT(run_peiling(dir, {"unit", "list", "--survey", survey}).out, !Catch::Contains("eik"));

  write_file(dir.file("school.csv"), teachers(2, "5"));
  const auto without = run_peiling(dir, {"import", "--survey", survey, "school.csv"});
  CHECK(without.exit_code == 1);
  CHECK_THAT(without.err, Catch::Contains("noem de eenheid") && Catch::Contains("klimop, esdoorn"));
  const auto unknown = run_peiling(dir, {"import", "--survey", survey, "--unit", "eik", "school.csv"});
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("geen eenheid 'eik'"));
  CHECK(run_peiling(dir, {"report", "--survey", survey, "--unit", "eik"}).exit_code == 1);
  CHECK(run_peiling(dir, {"report", "--survey", survey, "--unit", "klimop", "--by-unit"}).exit_code == 2);
  CHECK(run_peiling(dir, {"unit", "add", "--help"}).exit_code == 0);
  const auto added = run_peiling(dir, {"unit", "add", "--survey", survey, "--unit", "eik", "--label", "De Eik", "--group",
                                   "directie=1", "--group", "ib=1", "--group", "leerkrachten=5"});
  CHECK(added.exit_code == 0);
  CHECK_THAT(run_peiling(dir, {"unit", "list", "--survey", survey}).out, Catch::Contains("eik"));
}

// An import into one school counts that school's responses against its own invitations (and
// only those: on a board of a million responses the whole survey is not counted again).
TEST_CASE("a school's import warns when that school has more responses than it invited", "[cli][units]") {
  ScratchDir dir;
  const std::string survey = board_survey(dir);
  write_file(dir.file("esdoorn.csv"), teachers(8, "1"));
  write_file(dir.file("klimop.csv"), teachers(11, "5"));
  write_file(dir.file("klimop-2.csv"), teachers(2, "1"));
  const auto esdoorn = run_peiling(dir, {"import", "--survey", survey, "--unit", "esdoorn", "esdoorn.csv"});
  REQUIRE(esdoorn.exit_code == 0);
  CHECK(esdoorn.err.empty());  // 8 of 9
  const auto klimop = run_peiling(dir, {"import", "--survey", survey, "--unit", "klimop", "klimop.csv"});
  REQUIRE(klimop.exit_code == 0);
  CHECK(klimop.err.empty());  // 11 of 12
  const auto again = run_peiling(dir, {"import", "--survey", survey, "--unit", "klimop", "klimop-2.csv"});
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.err, Catch::Contains("De Klimop, Leerkrachten heeft nu 13 antwoorden"));
  CHECK_THAT(again.err, Catch::Contains("12 mensen uitgenodigd (108%)"));  // the board's 21 of 21 would not warn
}

TEST_CASE("one unit read from a file is said as one, in Dutch and in English", "[cli][units]") {
  ScratchDir dir;
  for (const char* language : {"nl", "en"}) {
    const auto created = run_peiling(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "school", "--group",
                                           "directie=0", "--group", "ib=0", "--group", "leerkrachten=0"});
    REQUIRE(created.exit_code == 0);
    const std::string survey = created.out.substr(0, created.out.find('\n'));
    write_file(dir.file("een.csv"), "eenheid;groep;uitgenodigd\nklimop;directie;1\nklimop;ib;1\nklimop;leerkrachten;9\n");
    const auto units = run_peiling(dir, {"unit", "import", "--survey", survey, "een.csv", "--lang", language});
    INFO(units.err);
    REQUIRE(units.exit_code == 0);
    CHECK(units.out == (std::string(language) == "nl" ? "1 eenheid ingelezen in peiling " + survey + "\n"
                                                      : "1 unit read into survey " + survey + "\n"));
  }
}
