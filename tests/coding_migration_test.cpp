// The schema migrations on a database as the first peiling left it (schema version 1, with
// one row per answer and one code per coder per answer): its answers come through the
// packing into responses.answer_data unchanged (read back through the `answers` view), its
// codings are kept, and it gains several codes per answer and agreed codes.
#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

#include "engine/definition_loader.h"
#include "engine/store.h"
#include "raw_query.h"
#include "engine/store_schema.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

using AnswerRow = std::tuple<std::string, std::string, std::string, std::optional<double>>;

// A database at schema version 1 with one survey, two responses and one coding, written
// with the SQL of that version.
void write_version_1_database(const std::string& path, const std::string& definition) {
  SqliteDatabase db(path);
  migrate_to(db, 1);
  Statement questionnaire(db, "INSERT INTO questionnaires VALUES (1, 'greven-fasen', '1', 'Greven', ?, ?, "
                              "'2025-01-01T00:00:00Z')");
  questionnaire.bind(1, definition).bind(2, definition_hash(definition)).run();
  db.execute(R"sql(
INSERT INTO surveys VALUES (1, 1, 'oud', 1, '2025-01-01T00:00:00Z');
INSERT INTO survey_groups VALUES (1, 'directie', 0, 4), (1, 'ib', 1, 5), (1, 'leerkrachten', 2, 15);
INSERT INTO responses VALUES (1, 1, 'directie', 'web', '2025-01-01T00:00:00Z'),
                             (2, 1, 'ib', 'import', '2025-01-02T00:00:00Z');
INSERT INTO answers VALUES (1, 'fasen', 'f1', '1', 1.0), (1, 'fasen', 'f2', '2', 2.0), (1, 'fasen', 'f3', '3', 3.0),
                           (1, 'fasen', 'f4', '4', 4.0), (1, 'fasen', 'f5', '5', 5.0),
                           (1, 'jaren', '', '7.5', 7.5),
                           (1, 'taak', '', 'Coachen "in" de klas\ en {zo}', NULL);
INSERT INTO answers VALUES (2, 'jaren', '', '12', 12.0);
INSERT INTO codings (response_id, question_id, coder, code, memo, coded_at)
  VALUES (1, 'taak', 'anna', 'f4', 'oud memo', '2025-01-01T00:00:00Z');
)sql");
}

std::vector<AnswerRow> answer_rows(Store& store) {
  std::vector<AnswerRow> rows;
  RawQuery query(store, "SELECT question_id, item_id, value, number FROM answers ORDER BY response_id");
  while (query.step())
    rows.emplace_back(query.column_text(0), query.column_text(1), query.column_text(2),
                      query.is_null(3) ? std::nullopt : std::optional<double>(query.column_double(3)));
  return rows;
}

}  // namespace

TEST_CASE("a database from schema version 1 keeps its answers and codings through every migration",
          "[coding][migration]") {
  ScratchDir dir;
  const std::string path = dir.file("oud.sqlite");
  write_version_1_database(path, read_definition_text(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json"));

  Store store(path);
  CHECK(open_database(store.location())->schema_version() == Store::kSchemaVersion);

  const std::vector<AnswerRow> expected{
      {"fasen", "f1", "1", 1.0}, {"fasen", "f2", "2", 2.0}, {"fasen", "f3", "3", 3.0},
      {"fasen", "f4", "4", 4.0}, {"fasen", "f5", "5", 5.0}, {"jaren", "", "7.5", 7.5},
      {"taak", "", "Coachen \"in\" de klas\\ en {zo}", std::nullopt}, {"jaren", "", "12", 12.0}};
  CHECK(answer_rows(store) == expected);

  const auto codings = store.codings_of(1);
  REQUIRE(codings.size() == 1);
  CHECK(codings[0].code == "f4");
  CHECK(codings[0].coder == "anna");
  CHECK(codings[0].memo == "oud memo");
  store.record_agreed_codes(1, "taak", {"f4"}, "");
  CHECK(store.agreed_codings_of(1).size() == 1);

  // The rebuilt responses table still refuses what version 1 refused, and takes new responses.
  CHECK_THROWS(open_database(store.location())->execute(
      "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES (1, 'ib', 'fax', 'x')"));
  CHECK_THROWS(open_database(store.location())->execute(
      "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES (1, 'onbekend', 'web', 'x')"));
  const ResponseDraft draft{"ib", {{"fasen", "f1", "2"}, {"fasen", "f2", "1"}, {"fasen", "f3", "3"},
                                   {"fasen", "f4", "4"}, {"fasen", "f5", "5"}, {"taak", "", "Nieuw"}}};
  CHECK(store.add_response(1, draft, ResponseSource::web) == 3);
  RawQuery integrity(store, "PRAGMA integrity_check");
  REQUIRE(integrity.step());
  CHECK(integrity.column_text(0) == "ok");
}
