// The coding migration: a database from before it (one code per coder per answer, no
// agreed codes) keeps its codings and gains several codes per answer and agreed codes.
#include <catch2/catch.hpp>

#include "engine/definition_loader.h"
#include "engine/store.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

TEST_CASE("a database from before the coding migration keeps its codings", "[coding][migration]") {
  ScratchDir dir;
  const std::string path = dir.file("oud.sqlite");
  const std::string definition = read_definition_text(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  std::int64_t response = 0;
  {
    Store store(path);
    const auto row = store.save_questionnaire(definition, parse_definition(definition, "greven"));
    const auto survey = store.create_survey(row, "oud", {{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}});
    ResponseDraft draft{"directie", {{"fasen", "f1", "1"}, {"fasen", "f2", "2"}, {"fasen", "f3", "3"},
                                     {"fasen", "f4", "4"}, {"fasen", "f5", "5"}, {"taak", "", "Coachen"}}};
    response = store.add_response(survey, draft, ResponseSource::web);
    // Turn the database back into schema version 1 (the first), with one coding in it:
    // every table later migrations added goes, so they all run again on reopening.
    Database& db = store.database();
    std::vector<std::string> later_tables;
    Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('questionnaires', "
                         "'surveys', 'survey_groups', 'responses', 'answers')");
    while (tables.step()) later_tables.push_back(tables.column_text(0));
    for (const auto& table : later_tables) db.execute("DROP TABLE " + table);
    db.execute(
        "CREATE TABLE codings (id INTEGER PRIMARY KEY, response_id INTEGER NOT NULL REFERENCES responses(id) ON "
        "DELETE CASCADE, question_id TEXT NOT NULL, coder TEXT NOT NULL DEFAULT '', code TEXT NOT NULL, memo TEXT NOT "
        "NULL DEFAULT '', coded_at TEXT NOT NULL, UNIQUE (response_id, question_id, coder));");
    Statement insert(db, "INSERT INTO codings (response_id, question_id, coder, code, memo, coded_at) "
                         "VALUES (?, 'taak', 'anna', 'f4', 'oud memo', '2025-01-01T00:00:00Z')");
    insert.bind(1, response).run();
    db.set_user_version(1);
  }
  Store store(path);
  CHECK(store.database().user_version() == Store::kSchemaVersion);
  const auto codings = store.codings_of(1);
  REQUIRE(codings.size() == 1);
  CHECK(codings[0].code == "f4");
  CHECK(codings[0].coder == "anna");
  CHECK(codings[0].memo == "oud memo");
  store.record_agreed_codes(response, "taak", {"f4"}, "");
  CHECK(store.agreed_codings_of(1).size() == 1);
}
