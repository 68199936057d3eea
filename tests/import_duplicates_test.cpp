// No silent 82 of 80: `import` refuses rows already stored from a file of the same name
// (same group, same answers) unless told what they are, and more responses than invited
// is said at import and in the report.
#include <catch2/catch.hpp>

#include "test_support.h"

#ifdef PEILING_BINARY

using namespace peiling::testing;

namespace {

ProcessResult peiling_in(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

void create_ib_survey(const ScratchDir& dir, int invited_ib) {
  REQUIRE(peiling_in(dir, {"survey", "create", "--questionnaire", "ib-taken-bespreking", "--name", "t", "--group",
                           "directie=1", "--group", "ib=" + std::to_string(invited_ib), "--group", "leerkrachten=6"})
              .exit_code == 0);
}

const std::string kHeader = "groep,hoe-vaak,duidelijk\n";

}  // namespace

TEST_CASE("import refuses rows already stored from a file of the same name, and says what to do", "[import]") {
  ScratchDir dir;
  create_ib_survey(dir, 5);
  // The first try: one bad row, the good ones stored with --skip-invalid.
  write_file(dir.file("antwoorden.csv"), kHeader + "ib,nooit,3\nib,nooit,9\nleerkrachten,nooit,2\n");
  REQUIRE(peiling_in(dir, {"import", "--survey", "1", "antwoorden.csv", "--skip-invalid", "afgekeurd.csv"})
              .exit_code == 0);
  // The corrected file, imported whole again: its two good rows are in already.
  write_file(dir.file("antwoorden.csv"), kHeader + "ib,nooit,3\nib,nooit,4\nleerkrachten,nooit,2\n");
  const auto refused = peiling_in(dir, {"import", "--survey", "1", "antwoorden.csv"});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("2 rijen (rijen 2, 4) staan al in peiling 1") &&
                              Catch::Contains("--skip-duplicates") && Catch::Contains("--allow-duplicates") &&
                              Catch::Contains("niets opgeslagen"));
  CHECK_THAT(peiling_in(dir, {"survey", "show", "1"}).out, Catch::Contains("ib              5        1 "));
  const auto english = peiling_in(dir, {"import", "--survey", "1", "antwoorden.csv", "--lang", "en"});
  CHECK_THAT(english.err, Catch::Contains("2 rows (rows 2, 4) are in survey 1 already") &&
                              Catch::Contains("Nothing was stored"));

  const auto skipped = peiling_in(dir, {"import", "--survey", "1", "antwoorden.csv", "--skip-duplicates"});
  INFO(skipped.err);
  CHECK(skipped.exit_code == 0);
  CHECK_THAT(skipped.out, Catch::Contains("1 antwoord geïmporteerd") && Catch::Contains("2 rijen stonden er al in"));
  CHECK_THAT(peiling_in(dir, {"survey", "show", "1"}).out, Catch::Contains("ib              5        2 "));

  // A file of another name with the same answers: other people, stored.
  write_file(dir.file("tweede-school.csv"), kHeader + "ib,nooit,3\n");
  CHECK(peiling_in(dir, {"import", "--survey", "1", "tweede-school.csv"}).exit_code == 0);
  // Same name, same answers, and the user says they are other people.
  write_file(dir.file("antwoorden.csv"), kHeader + "ib,nooit,4\n");  // new bytes, a row stored before
  CHECK(peiling_in(dir, {"import", "--survey", "1", "antwoorden.csv"}).exit_code == 1);
  CHECK(peiling_in(dir, {"import", "--survey", "1", "antwoorden.csv", "--allow-duplicates"}).exit_code == 0);
  CHECK_THAT(peiling_in(dir, {"survey", "show", "1"}).out, Catch::Contains("ib              5        4 "));
  CHECK(peiling_in(dir, {"import", "--survey", "1", "antwoorden.csv", "--allow-duplicates", "--skip-duplicates"})
            .exit_code == 2);
}

TEST_CASE("more responses than invited is warned at import and in the report, in Dutch and English",
          "[import][report]") {
  ScratchDir dir;
  create_ib_survey(dir, 2);
  write_file(dir.file("a.csv"), kHeader + "ib,nooit,3\nib,nooit,2\nib,nooit,1\n");
  const auto imported = peiling_in(dir, {"import", "--survey", "1", "a.csv"});
  REQUIRE(imported.exit_code == 0);
  CHECK_THAT(imported.err, Catch::Contains("Intern begeleiders heeft nu 3 antwoorden, maar er zijn 2 mensen "
                                           "uitgenodigd (150%)"));
  write_file(dir.file("b.csv"), kHeader + "leerkrachten,nooit,3\n");
  const auto english = peiling_in(dir, {"import", "--survey", "1", "b.csv", "--lang", "en"});
  CHECK_THAT(english.err, Catch::Contains("Intern begeleiders now has 3 responses, but 2 people were invited (150%)"));

  REQUIRE(peiling_in(dir, {"report", "--survey", "1", "--out", "nl"}).exit_code == 0);
  CHECK_THAT(read_file(dir.path() / "nl" / "rapport.html"),
             Catch::Contains("Let op: meer antwoorden dan uitgenodigden bij Intern begeleiders"));
  CHECK_THAT(read_file(dir.path() / "nl" / "rapport.md"), Catch::Contains("meer antwoorden dan uitgenodigden"));
  REQUIRE(peiling_in(dir, {"report", "--survey", "1", "--out", "en", "--lang", "en"}).exit_code == 0);
  CHECK_THAT(read_file(dir.path() / "en" / "rapport.html"),
             Catch::Contains("Note: more responses than people invited for Intern begeleiders"));
}

#endif
