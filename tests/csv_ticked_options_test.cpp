// The import's reading of a Forms checkbox cell (CsvRowMapper::ticked_options): Google's
// "a, b" and Microsoft's "a;b;" split into the ticked options, labels that hold ", " taken
// whole, and a cell of many pieces read in time proportional to its length.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/csv_reader.h"
#include "engine/csv_row_mapper.h"
#include "engine/definition_loader.h"

using namespace peiling;

namespace {

const std::vector<std::string> kTakenHeader{"groep", "hoe-vaak", "met-wie", "duidelijk", "vaker", "afspraak"};

// The answers `cell` gives the multi-choice question met-wie, as "item" strings, and the
// problems of the row.
struct Read {
  std::vector<std::string> ticked;
  std::vector<std::string> problems;
};

Read read_met_wie(const std::string& cell) {
  static const Questionnaire taken =
      load_definition_file(PEILING_SOURCE_DIR "/questionnaires/ib-taken-bespreking.json");
  const CsvRowMapper mapper(taken, kTakenHeader, "forms.csv", nullptr);
  CsvRow row;
  row.record = 2;
  row.fields = {"ib", "nooit", cell, "eens", "", ""};
  ResponseDraft draft;
  Read read;
  mapper.to_draft(row, draft, read.problems);
  for (const auto& answer : draft.answers)
    if (answer.question == "met-wie") read.ticked.push_back(answer.item);
  return read;
}

}  // namespace

TEST_CASE("a Forms checkbox cell is split into its ticked options, a label with a comma whole", "[csv][import]") {
  const Read google = read_met_wie("De directie, Het team, bijvoorbeeld in een teamvergadering, Het schoolbestuur");
  CHECK(google.problems.empty());
  CHECK(google.ticked == std::vector<std::string>{"directie", "team", "bestuur"});

  const Read microsoft = read_met_wie("Het team, bijvoorbeeld in een teamvergadering;Leerkrachten afzonderlijk;");
  CHECK(microsoft.problems.empty());
  CHECK(microsoft.ticked == std::vector<std::string>{"team", "leerkrachten"});

  const Read unknown = read_met_wie("De directie;de conciërge;");
  CHECK(unknown.ticked == std::vector<std::string>{"directie"});
  REQUIRE(unknown.problems.size() == 1);
  CHECK_THAT(unknown.problems[0], Catch::StartsWith("rij 2, met-wie: 'de conciërge' niet gevonden"));
}

// How often `part` occurs in `text`.
static std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

// Each unknown piece used to be a problem of its own, each listing every label: a broken cell
// of three unknown pieces gave three lines and the labels three times.
TEST_CASE("a Forms checkbox cell's unknown pieces are one problem, each piece and each label named once",
          "[csv][import]") {
  const Read broken = read_met_wie("de conciërge;De directie;de overblijf, de conciërge;\x1b[31mrood;");
  CHECK(broken.ticked == std::vector<std::string>{"directie"});
  REQUIRE(broken.problems.size() == 1);
  const std::string& problem = broken.problems[0];
  CHECK_THAT(problem, Catch::StartsWith("rij 2, met-wie: 'de conciërge', 'de overblijf', '\x1b[31mrood' niet gevonden "
                                        "onder de keuzemogelijkheden van deze vraag"));
  CHECK(occurrences(problem, "'de conciërge'") == 1);
  CHECK(occurrences(problem, "'Het team, bijvoorbeeld in een teamvergadering'") == 1);
  CHECK(occurrences(problem, "kies uit") == 1);
}

// From each piece, every run up to the cell's end used to be folded and looked up, so a cell
// of n pieces took ~n^3 steps: before the fix this test was stopped after 2 minutes
// unfinished (by that count it needs hours). A run is now never longer than the option name
// with the most pieces (2 for met-wie), so the same cells read at once.
TEST_CASE("a Forms checkbox cell of thousands of pieces is read, each piece once", "[csv][import]") {
  std::string ticked_cell;
  std::vector<std::string> expected;
  for (int i = 0; i < 8'000; ++i) {
    ticked_cell += "De directie, Het team, bijvoorbeeld in een teamvergadering;";
    expected.insert(expected.end(), {"directie", "team"});
  }
  const Read ticked = read_met_wie(ticked_cell);
  CHECK(ticked.problems.empty());
  CHECK(ticked.ticked == expected);

  std::string commas;
  for (int i = 0; i < 24'000; ++i) commas += ",a";
  const Read unknown = read_met_wie(commas);
  CHECK(unknown.ticked.empty());
  REQUIRE(unknown.problems.size() == 1);
  CHECK(occurrences(unknown.problems[0], "'a'") == 1);
}
