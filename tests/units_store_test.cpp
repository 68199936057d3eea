// Units of a survey in the store (issue 18), on SQLite and PostgreSQL alike: units with
// their own invited numbers, responses that name their unit, counts per unit and group,
// the refusals, the migration from version 8, and a deleted survey leaving no row behind.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/definition_loader.h"
#include "engine/response_stream.h"
#include "engine/store.h"
#include "engine/store_schema.h"
#include "database_fixture.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kGrevenFile = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

std::int64_t greven_survey(Store& store) {
  const std::string text = read_file(kGrevenFile);
  const auto row = store.save_questionnaire(text, parse_definition(text, "greven"));
  return store.create_survey(row, "bestuur 2026", {{"directie", 1}, {"ib", 1}, {"leerkrachten", 1}});
}

const std::vector<UnitInvitation> kUnits{
    {"klimop", "De Klimop", {{"directie", 1}, {"ib", 2}, {"leerkrachten", 20}}},
    {"esdoorn", "", {{"directie", 2}, {"ib", 1}, {"leerkrachten", 12}}},
};

ResponseDraft respondent(const std::string& group, const std::string& unit) {
  ResponseDraft draft{group,
                      {{"jaren", "", "7"},
                       {"fasen", "f1", "1"},
                       {"fasen", "f2", "3"},
                       {"fasen", "f3", "2"},
                       {"fasen", "f4", "5"},
                       {"fasen", "f5", "4"},
                       {"taak", "", "x"}}};
  draft.unit = unit;
  return draft;
}

std::int64_t count(const Store& store, const std::string& sql) {
  RawQuery query(store, sql);
  REQUIRE(query.step());
  return query.column_int(0);
}

}  // namespace

// On SQLite a bulk import sends its rows in batches of 64 (engine/response_writer.cpp):
// every row keeps its own group, unit and answers across the batches and the remainder.
TEST_CASE("either database: a bulk import of several batches stores every row as it came", "[postgres][store][units]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = greven_survey(store);
  store.add_units(survey, kUnits);
  const std::vector<std::string> groups{"directie", "ib", "leerkrachten"};
  const int rows = 2 * 64 + 7;
  std::vector<std::string> expected;
  {
    BulkImport import(store, survey, ResponseSource::import, "/map/bestuur.csv");
    for (int i = 0; i < rows; ++i) {
      ResponseDraft draft = respondent(groups[static_cast<std::size_t>(i % 3)], i % 5 == 0 ? "esdoorn" : "klimop");
      draft.answers.back().value = "rij " + std::to_string(i);
      REQUIRE(import.add(draft).empty());
      expected.push_back(draft.group + "|" + draft.unit + "|bestuur.csv|import|rij " + std::to_string(i));
    }
    import.commit("hash", "bestuur.csv", rows);
  }
  // The file and source as users' own SQL finds them: in the row, or in the import's record
  // it names (PostgreSQL leaves them out of the row).
  RawQuery query(store,
                 "SELECT r.group_id, r.unit_id, coalesce(r.import_file, f.file), coalesce(r.source, 'import'), r.answer_data"
                 " FROM responses r LEFT JOIN imported_files f ON f.id = r.import_id WHERE r.survey_id = ? ORDER BY r.id");
  query.bind(1, survey);
  std::vector<std::string> stored;
  while (query.step()) {
    const std::string answers = query.column_text(4);
    const auto taak = answers.find("\"taak\":{\"\":\"");
    REQUIRE(taak != std::string::npos);
    const auto start = taak + 12;
    stored.push_back(query.column_text(0) + "|" + query.column_text(1) + "|" + query.column_text(2) + "|" +
                     query.column_text(3) + "|" + answers.substr(start, answers.find('"', start) - start));
  }
  CHECK(stored == expected);
}

TEST_CASE("either database: units keep their invited numbers and count their own responses", "[postgres][store][units]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = greven_survey(store);
  store.add_units(survey, kUnits);
  CHECK(store.unit_names(survey) == std::vector<std::string>{"klimop", "esdoorn"});

  store.add_responses(survey, {respondent("leerkrachten", "klimop"), respondent("leerkrachten", "klimop"),
                               respondent("ib", "esdoorn")},
                      ResponseSource::terminal);
  {
    BulkImport import(store, survey, ResponseSource::import, "esdoorn.csv");
    CHECK(import.add(respondent("leerkrachten", "esdoorn")).empty());
    import.commit("hash", "esdoorn.csv", 1);
  }

  const auto units = store.unit_tallies(survey);
  REQUIRE(units.size() == 2);
  CHECK(units[0].unit == "klimop");
  CHECK(units[0].label == "De Klimop");
  CHECK(units[1].label == "esdoorn");  // the name when no label was given
  REQUIRE(units[0].groups.size() == 3);
  CHECK(units[0].groups[2].group == "leerkrachten");
  CHECK(units[0].groups[2].invited == 20);
  CHECK(units[0].groups[2].responded == 2);
  CHECK(units[1].groups[1].responded == 1);
  CHECK(units[1].groups[2].responded == 1);
  // The board invites what its units invite.
  const auto board = store.load_survey(survey);
  CHECK(board.groups[0].invited == 3);
  CHECK(board.groups[1].invited == 3);
  CHECK(board.groups[2].invited == 32);
  // load_survey counts the units in the same pass as the groups: the same tallies.
  CHECK(board.groups[2].responded == 3);
  CHECK(board.summary.responses == 4);
  REQUIRE(board.units.size() == units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    CHECK(board.units[u].unit == units[u].unit);
    CHECK(board.units[u].label == units[u].label);
    for (std::size_t g = 0; g < units[u].groups.size(); ++g) {
      CHECK(board.units[u].groups[g].invited == units[u].groups[g].invited);
      CHECK(board.units[u].groups[g].responded == units[u].groups[g].responded);
    }
  }
  CHECK(store.load_survey(greven_survey(store)).units.empty());  // none without units

  std::vector<std::string> streamed;
  for_each_response(store, survey, ResponseFields::answers,
                    [&](const ResponseView& response) { streamed.push_back(std::string(response.unit)); });
  CHECK(streamed == std::vector<std::string>{"klimop", "klimop", "esdoorn", "esdoorn"});
}

TEST_CASE("either database: a response's unit must be one of its survey's", "[postgres][store][units]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto plain = greven_survey(store);
  CHECK_THROWS_WITH(store.add_response(plain, respondent("ib", "klimop"), ResponseSource::terminal),
                    Catch::Contains("heeft geen eenheden"));
  const auto survey = greven_survey(store);
  store.add_units(survey, kUnits);
  CHECK_THROWS_WITH(store.add_response(survey, respondent("ib", ""), ResponseSource::terminal),
                    Catch::Contains("noem de eenheid") && Catch::Contains("klimop, esdoorn"));
  CHECK_THROWS_WITH(store.add_response(survey, respondent("ib", "eik"), ResponseSource::terminal),
                    Catch::Contains("geen eenheid 'eik'"));
  {
    BulkImport import(store, survey, ResponseSource::import, "x.csv");
    const auto problems = import.add(respondent("ib", "eik"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("geen eenheid 'eik'") != std::string::npos);
  }
  CHECK(count(store, "SELECT count(*) FROM responses") == 0);

  // Units are refused whole: a bad name, a group missing, a unit already there.
  CHECK_THROWS_WITH(store.add_units(survey, {{"Eik 2", "", {{"directie", 1}, {"ib", 1}, {"leerkrachten", 1}}}}),
                    Catch::Contains("'Eik 2'"));
  CHECK_THROWS_WITH(store.add_units(survey, {{"eik", "", {{"directie", 1}, {"ib", 1}}}}),
                    Catch::Contains("eenheid 'eik'") && Catch::Contains("leerkrachten"));
  CHECK_THROWS_WITH(store.add_units(survey, {{"klimop", "", {{"directie", 1}, {"ib", 1}, {"leerkrachten", 1}}}}),
                    Catch::Contains("al een eenheid 'klimop'"));
  CHECK(store.unit_names(survey).size() == 2);

  // Units come before the responses: a survey with responses without a unit takes none.
  store.add_response(plain, respondent("ib", ""), ResponseSource::terminal);
  CHECK_THROWS_WITH(store.add_units(plain, kUnits), Catch::Contains("antwoorden zonder eenheid"));
  CHECK(store.unit_names(plain).empty());
}

TEST_CASE("either database: a deleted survey leaves no row in any table", "[postgres][store][units]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = greven_survey(store);
  store.add_units(survey, kUnits);
  store.add_tokens(survey, "ib", {std::string(64, 'a')}, "klimop");
  WebSubmission submission{respondent("ib", "klimop"), std::string(64, 'n'), ""};
  REQUIRE(store.add_web_responses(survey, {submission}) == std::vector<WebOutcome>{WebOutcome::stored});
  CHECK(store.web_form_stored(std::string(64, 'n')));

  store.delete_survey(survey);

  const char* tables[] = {"questionnaires", "surveys",     "survey_groups",  "survey_units",   "unit_groups",
                          "responses",      "codings",     "agreed_codings", "imported_files", "web_tokens",
                          "web_forms_stored"};
  for (const char* table : tables) {
    INFO(table);
    CHECK(count(store, std::string("SELECT count(*) FROM ") + table) == 0);
  }
}

TEST_CASE("either database: a version 8 database is migrated to units with its stored forms kept",
          "[postgres][store][units][migration]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  const std::string file = db.location();
  {
    auto old = open_database(file);
    migrate_to(*old, 8);
    old->execute("INSERT INTO web_forms_stored (nonce_hash) VALUES ('old')");
  }
  Store store(file);
  CHECK(open_database(file)->schema_version() == Store::kSchemaVersion);
  CHECK(store.web_form_stored("old"));
  const auto survey = greven_survey(store);
  store.add_response(survey, respondent("ib", ""), ResponseSource::terminal);
  CHECK(store.unit_tallies(survey).empty());
  CHECK(count(store, "SELECT count(*) FROM responses WHERE unit_id IS NULL") == 1);
}
