// The CSV formula guard (base/formula_guard.h): every way a cell can start a formula gets
// the guard on export, and the import gives the answer back exactly.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/escape.h"
#include "base/formula_guard.h"
#include "import_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// Cells the audit found unguarded, and their relatives.
const std::vector<std::string> kFormulaStarts = {
    "\n=1+1",                  // a line feed first
    "  =1+1",                  // spaces before =
    "\xc2\xa0=1+1",            // a no-break space before =
    "\xe3\x80\x80=1+1",        // an ideographic (full-width) space before =
    "\xef\xbc\x9d" "1+1",      // ＝ full-width equals
    "\xef\xbc\x8b" "31",       // ＋ full-width plus
    "\xef\xbc\x8d" "5",        // － full-width hyphen-minus
    "\xef\xbc\xa0" "x",        // ＠ full-width at
    "\xef\xb9\xa6" "1",        // ﹦ small equals
    "  \xef\xbc\x9d" "1",      // spaces, then ＝
};

}  // namespace

TEST_CASE("cells starting with a line feed, spaces before a formula character or a full-width one are guarded",
          "[csv][formula]") {
  for (const std::string& value : kFormulaStarts) {
    INFO(value);
    CHECK(starts_formula(value));
    CHECK(guard_formula(value) == "'" + value);
    CHECK(escape_csv(value).find("'") <= 1);  // quoted or not, the ' comes first
  }
  for (const std::string value : {"gewoon", "  gewoon", "3 - 2", "a=b", "\xe2\x88\x92" "5" /* U+2212 minus */, "", "   ",
                                  "'s avonds", "\xef\xbc\x87" "x" /* ＇ full-width apostrophe */}) {
    INFO(value);
    CHECK_FALSE(needs_formula_guard(value));
  }
}

TEST_CASE("unguard(guard(x)) is x for every combination of starts", "[csv][formula]") {
  const std::vector<std::string> parts = {"", "'", "''", " ", "\xe3\x80\x80", "=", "\xef\xbc\x9d", "\n", "\t", "x", "-"};
  int checked = 0;
  for (const auto& a : parts)
    for (const auto& b : parts)
      for (const auto& c : parts) {
        const std::string value = a + b + c;
        const std::string guarded = guard_formula(value);
        INFO(value);
        CHECK_FALSE(starts_formula(guarded));
        CHECK((has_formula_guard(guarded) ? guarded.substr(1) : guarded) == value);
        ++checked;
      }
  CHECK(checked == 1331);
}

TEST_CASE("export guards the new formula starts and import gives the answers back unchanged", "[csv][formula][cli]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const std::string header = "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n";
  std::string csv = header;
  for (const std::string& value : kFormulaStarts) {
    std::string quoted = "\"";
    for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    csv += "ib,3,1,2,3,4,5,x," + quoted + "\",\n";  // as rol, kept exactly
  }
  write_file(dir.file("in.csv"), csv);
  const auto imported = peiling_in(dir, {"import", "--survey", survey, "in.csv"});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  REQUIRE(peiling_in(dir, {"export", "--survey", survey, "--format", "csv", "--out", "uit.csv"}).exit_code == 0);
  const std::string exported = read_file(dir.file("uit.csv"));
  for (const std::string& value : kFormulaStarts) {
    INFO(value);
    CHECK_THAT(exported, Catch::Contains("'" + value) );
  }
  // The exported file imported into a second survey gives the same answers.
  const auto second = new_survey(dir, kGrevenFile);
  const auto reimported = peiling_in(dir, {"import", "--survey", second, "uit.csv"});
  INFO(reimported.err);
  REQUIRE(reimported.exit_code == 0);
  Store store(dir.file("peiling.sqlite"));
  RawQuery query(store,
                  "SELECT a.value, b.value FROM answers a JOIN responses ra ON ra.id = a.response_id "
                  "JOIN answers b ON b.question_id = a.question_id JOIN responses rb ON rb.id = b.response_id "
                  "WHERE a.question_id = 'rol' AND ra.survey_id = ? AND rb.survey_id = ? AND rb.id - ra.id = ?");
  query.bind(1, static_cast<std::int64_t>(std::stoll(survey)))
      .bind(2, static_cast<std::int64_t>(std::stoll(second)))
      .bind(3, static_cast<std::int64_t>(kFormulaStarts.size()));
  std::vector<std::string> first_values, second_values;
  while (query.step()) {
    first_values.push_back(query.column_text(0));
    second_values.push_back(query.column_text(1));
  }
  CHECK(first_values == kFormulaStarts);
  CHECK(second_values == kFormulaStarts);
}
