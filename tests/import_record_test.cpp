// An import's origin kept once, in its record (schema version 16): every response an import
// stores names its record in imported_files, and on PostgreSQL the row leaves out the source,
// time and file the record holds (a sixth of a stored row's bytes, which a bulk COPY writes to
// the WAL). What a reader sees is unchanged on both databases: the stream's source and time,
// the recognition of rows imported before from a file of the same name, a copy into SQLite
// (whose columns need them), and the responses stored before version 16.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/response_stream.h"
#include "engine/store.h"
#include "engine/store_copy.h"
#include "engine/store_schema.h"
#include "database_fixture.h"
#include "greven_draft.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

std::int64_t team_survey(Store& store) {
  const std::string text = read_file(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  const auto row = store.save_questionnaire(text, parse_definition(text, "greven"));
  return store.create_survey(row, "team", {{"directie", 1}, {"ib", 2}, {"leerkrachten", 12}});
}

// Every response as the stream hands it over with its origin: id, group, source and time.
std::vector<std::string> origins(Store& store, std::int64_t survey) {
  std::vector<std::string> rows;
  for_each_stored_response(store, survey, [&](const StoredResponse& response) {
    rows.push_back(std::to_string(response.id) + "|" + response.group + "|" + response.source + "|" +
                   response.submitted_at);
  });
  return rows;
}

struct Record {
  std::int64_t id = 0;
  std::string file, imported_at, content_hash;
  std::int64_t responses = 0;
};

Record last_record(const Store& store) {
  RawQuery query(store, "SELECT id, file, imported_at, content_hash, responses FROM imported_files ORDER BY id DESC");
  REQUIRE(query.step());
  return {query.column_int(0), query.column_text(1), query.column_text(2), query.column_text(3), query.column_int(4)};
}

// The rows' own origin columns, as text ("-" for NULL): source|submitted_at|import_file|import_id.
std::vector<std::string> origin_columns(const std::string& location, std::int64_t survey) {
  const auto db = open_database(location);
  Statement query(*db, "SELECT source, submitted_at, import_file, import_id FROM responses WHERE survey_id = ? ORDER BY id");
  query.bind(1, survey);
  std::vector<std::string> rows;
  while (query.step()) {
    std::string row;
    for (int column = 0; column < 4; ++column)
      row += (column ? "|" : "") + (query.is_null(column) ? std::string("-") : query.column_text(column));
    rows.push_back(row);
  }
  return rows;
}

// One web response, then three imported from "/map/ronde 1.csv". Returns the import's record.
Record web_then_import(Store& store, std::int64_t survey) {
  store.add_response(survey, greven_draft("ib", "", 2, 3, "web"), ResponseSource::web);
  BulkImport import(store, survey, ResponseSource::import, "/map/ronde 1.csv");
  for (int i = 0; i < 3; ++i) REQUIRE(import.add(greven_draft("leerkrachten", "", 1 + i, 10 + i, "rij")).empty());
  import.commit("hash-ronde-1", "/map/ronde 1.csv", 3);
  return last_record(store);
}

}  // namespace

TEST_CASE("either database: an imported response names its import, whose record holds its origin once",
          "[postgres][store][import]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = team_survey(store);
  const Record record = web_then_import(store, survey);
  CHECK(record.file == "ronde 1.csv");  // the base name only: a folder could name a school
  CHECK(record.content_hash == "hash-ronde-1");
  CHECK(record.responses == 3);
  CHECK(record.imported_at.size() == 20);  // 2026-12-01T11:04:10Z

  // What a reader sees does not depend on where the origin is kept.
  const auto read = origins(store, survey);
  REQUIRE(read.size() == 4);
  CHECK(read[0].find("|ib|web|20") != std::string::npos);
  for (std::size_t row = 1; row < 4; ++row) CHECK(read[row].ends_with("|leerkrachten|import|" + record.imported_at));

  const auto columns = origin_columns(db.location(), survey);
  REQUIRE(columns.size() == 4);
  CHECK(columns[0].starts_with("web|20"));
  CHECK(columns[0].ends_with("|-|-"));  // a web response names no import
  const std::string id = std::to_string(record.id);
  // PostgreSQL's rows leave the origin to the record; SQLite's keep their copies (NOT NULL).
  const std::string imported = dialect == Dialect::postgres ? "-|-|-|" + id
                                                            : "import|" + record.imported_at + "|ronde 1.csv|" + id;
  for (std::size_t row = 1; row < 4; ++row) CHECK(columns[row] == imported);

  // A file of the same name again: its rows are recognised through the record.
  BulkImport again(store, survey, ResponseSource::import, "ronde 1.csv");
  CHECK(again.stored_already(greven_draft("leerkrachten", "", 2, 11, "rij")));
  CHECK_FALSE(again.stored_already(greven_draft("leerkrachten", "", 2, 11, "anders")));
  CHECK_FALSE(again.stored_already(greven_draft("ib", "", 2, 3, "web")));  // not from the file
  CHECK(again.imported_before("hash-ronde-1") == record.imported_at);
}

TEST_CASE("either database: an import that is not committed leaves no record", "[postgres][store][import]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = team_survey(store);
  {
    BulkImport import(store, survey, ResponseSource::import, "half.csv");
    REQUIRE(import.add(greven_draft("ib", "", 2, 20, "half")).empty());
  }  // dropped without commit
  RawQuery records(store, "SELECT count(*) FROM imported_files");
  REQUIRE(records.step());
  CHECK(records.column_int(0) == 0);
  CHECK(origins(store, survey).empty());
}

TEST_CASE("PostgreSQL: a response without its origin must name an import", "[postgres][store][import]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  Store store(db.location());
  const auto survey = team_survey(store);
  const auto raw = open_database(db.location());
  Statement without(*raw, "INSERT INTO responses (survey_id, group_id) VALUES (?, 'ib')");
  without.bind(1, survey);
  CHECK_THROWS_WITH(without.run(), Catch::Contains("responses_origin_check"));
  Statement without_time(*raw, "INSERT INTO responses (survey_id, group_id, source) VALUES (?, 'ib', 'web')");
  without_time.bind(1, survey);
  CHECK_THROWS_WITH(without_time.run(), Catch::Contains("responses_origin_check"));
}

TEST_CASE("peiling copy gives responses imported into PostgreSQL their origin in SQLite's rows",
          "[postgres][store][copy]") {
  FreshDatabase postgres(Dialect::postgres), sqlite(Dialect::sqlite);
  if (!postgres.available()) return;
  std::vector<std::string> read;
  Record record;
  {
    Store store(postgres.location());
    const auto survey = team_survey(store);
    record = web_then_import(store, survey);
    read = origins(store, survey);
  }
  copy_store(postgres.location(), sqlite.location());
  Store copied(sqlite.location());
  CHECK(origins(copied, 1) == read);
  const auto columns = origin_columns(sqlite.location(), 1);
  REQUIRE(columns.size() == 4);
  CHECK(columns[3] == "import|" + record.imported_at + "|ronde 1.csv|" + std::to_string(record.id));
  // And back into PostgreSQL (an empty schema of its own): the same again.
  FreshDatabase back(Dialect::postgres);
  copy_store(sqlite.location(), back.location());
  Store again(back.location());
  CHECK(origins(again, 1) == read);
}

TEST_CASE("either database: responses imported before version 16 keep their origin in their rows",
          "[postgres][store][migration]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  {
    auto old = open_database(db.location());
    migrate_to(*old, 15);
    Statement(*old, "INSERT INTO questionnaires (definition_id, version, title, definition_text, definition_hash, stored_at)"
                    " VALUES ('greven-fasen', '1', 'Greven', ?, 'hash', 'nu')")
        .bind(1, read_file(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json"))
        .run();
    old->execute(R"sql(
INSERT INTO surveys (questionnaire_id, label, created_at) VALUES (1, 'team', 'nu');
INSERT INTO survey_groups VALUES (1, 'ib', 0, 5), (1, 'leerkrachten', 1, 9);
INSERT INTO imported_files (survey_id, content_hash, file, responses, imported_at)
  VALUES (1, 'oud', 'oud.csv', 1, '2026-01-05T09:00:00Z');
INSERT INTO responses (survey_id, group_id, source, submitted_at, answer_data, import_file) VALUES
  (1, 'ib', 'web', '2026-01-04T10:00:00Z', '{"taak":{"":"web"}}', NULL),
  (1, 'leerkrachten', 'import', '2026-01-05T09:00:00Z', '{"taak":{"":"oud"}}', 'oud.csv');
INSERT INTO response_counts (survey_id, unit_id, group_id, responses) VALUES (1, NULL, 'ib', 1), (1, NULL, 'leerkrachten', 1);
)sql");
  }
  Store store(db.location());
  CHECK(origins(store, 1) == std::vector<std::string>{"1|ib|web|2026-01-04T10:00:00Z",
                                                      "2|leerkrachten|import|2026-01-05T09:00:00Z"});
  BulkImport again(store, 1, ResponseSource::import, "oud.csv");  // recognised by the row's own file
  ResponseDraft old_row{"leerkrachten", {{"taak", "", "oud"}}};
  CHECK(again.stored_already(old_row));
}
