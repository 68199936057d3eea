// The same store, import and report checks on SQLite and on PostgreSQL (issue 18, "two
// stores, one interface"): each test runs its body once per database (GENERATE), so a
// difference between the two fails a test. Tagged [postgres]: CTest runs them beside its
// throwaway server (tests/CMakeLists.txt); run alone, the PostgreSQL half says so and skips.
#include <catch2/catch.hpp>

#include <filesystem>
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
const std::vector<GroupInvitation> kInvitations{{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}};

// Text that breaks naive quoting in SQL, COPY (tab, newline, backslash) and JSON.
const std::string kHostile = "O'Brien \"x\" \\ \t tab\nnew line\r ë 🙂 ; DROP TABLE t; -- \\N";

std::int64_t greven_survey(Store& store, const std::string& label = "nulmeting") {
  const std::string text = read_file(kGrevenFile);
  const auto row = store.save_questionnaire(text, parse_definition(text, "greven"));
  return store.create_survey(row, label, kInvitations);
}

ResponseDraft respondent(const std::string& group, const std::string& taak, const std::string& jaren = "12") {
  ResponseDraft draft{group,
                      {{"jaren", "", jaren},
                       {"fasen", "f1", "1"},
                       {"fasen", "f2", "3"},
                       {"fasen", "f3", "2"},
                       {"fasen", "f4", "5"},
                       {"fasen", "f5", "4"},
                       {"taak", "", taak}}};
  return draft;
}

// Every stored response as text: group, source and answers, in id order.
std::vector<std::string> stored(Store& store, std::int64_t survey) {
  std::vector<std::string> rows;
  for_each_stored_response(store, survey, [&](const StoredResponse& response) {
    std::string row = response.group + "|" + response.source;
    for (const Answer& answer : response.answers) row += "|" + answer.question + "." + answer.item + "=" + answer.value;
    rows.push_back(row);
  });
  return rows;
}

// The `answers` view, as users' own SQL sees it.
std::vector<std::string> answers_view(const Store& store) {
  RawQuery query(store, "SELECT question_id, item_id, value, number FROM answers ORDER BY response_id, question_id, item_id");
  std::vector<std::string> rows;
  while (query.step())
    rows.push_back(query.column_text(0) + "." + query.column_text(1) + "=" + query.column_text(2) + " (" +
                   (query.is_null(3) ? "-" : std::to_string(query.column_double(3))) + ")");
  return rows;
}

// The partitions of PostgreSQL's responses table, by name.
std::string response_partitions(const Store& store) {
  RawQuery query(store, "SELECT coalesce(string_agg(c.relname, ',' ORDER BY c.relname), '') FROM pg_inherits i"
                        " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'responses'::regclass");
  query.step();
  return query.column_text(0);
}

std::int64_t count_of(const Store& store, const std::string& sql) {
  RawQuery query(store, sql);
  query.step();
  return query.column_int(0);
}

// Runs `sql` (with `id` as ?1) in a transaction of its own; whether the database refused it.
bool refused_with(const Store& store, const std::string& sql, std::int64_t id) {
  const auto connection = open_database(store.location());
  try {
    Transaction transaction(*connection);
    Statement(*connection, sql).bind(1, id).run();
    transaction.commit();
    return false;
  } catch (const DatabaseError&) {
    return true;
  }
}

}  // namespace

TEST_CASE("either database: surveys are created, listed, shown, closed, reopened and deleted", "[postgres][store]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  CHECK(store.dialect() == dialect);
  const auto first = greven_survey(store, "nulmeting");
  const auto second = greven_survey(store, "nameting");
  CHECK(second == first + 1);
  const auto surveys = store.list_surveys();
  REQUIRE(surveys.size() == 2);
  CHECK(surveys[0].label == "nulmeting");
  CHECK(surveys[1].questionnaire_id == "greven-fasen");
  CHECK(surveys[1].open);

  store.add_response(first, respondent("ib", "coachen"), ResponseSource::web);
  const auto record = store.load_survey(first);
  CHECK(record.summary.responses == 1);
  REQUIRE(record.groups.size() == 3);
  CHECK(record.groups[1].group == "ib");
  CHECK(record.groups[1].invited == 5);
  CHECK(record.groups[1].responded == 1);
  CHECK(record.definition_text == read_file(kGrevenFile));

  store.set_survey_open(first, false);
  CHECK_FALSE(store.load_survey(first).summary.open);
  CHECK_THROWS_AS(store.add_response(first, respondent("ib", "x"), ResponseSource::web), SurveyClosed);
  store.set_survey_open(first, true);
  CHECK(store.load_survey(first).summary.open);
  CHECK_THROWS_AS(store.set_survey_open(99, false), NoSuchSurvey);
  CHECK_THROWS_AS(store.load_survey(99), NoSuchSurvey);

  store.delete_survey(first);
  REQUIRE(store.list_surveys().size() == 1);
  CHECK(store.list_surveys()[0].id == second);
  CHECK(answers_view(store).empty());
}

TEST_CASE("either database: responses come back byte for byte, from add_responses and from the bulk import",
          "[postgres][store][import]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = greven_survey(store);
  const auto ids = store.add_responses(
      survey, {respondent("directie", kHostile), respondent("ib", "één \"twee\"", "0")}, ResponseSource::terminal);
  REQUIRE(ids.size() == 2);
  CHECK(ids[1] == ids[0] + 1);
  {
    BulkImport import(store, survey, ResponseSource::import, "/map/school's bestand.csv");
    CHECK(import.add(respondent("leerkrachten", kHostile + " (import)", "50")).empty());
    CHECK_FALSE(import.add(respondent("leerkrachten", "x", "51")).empty());  // above max: refused, not stored
    CHECK(import.add(respondent("ib", "tab\there")).empty());
    import.commit("hash-1", "/map/school's bestand.csv", 2);
  }
  const std::string ranks = "|fasen.f1=1|fasen.f2=3|fasen.f3=2|fasen.f4=5|fasen.f5=4";  // by question, then item
  CHECK(stored(store, survey) ==
        std::vector<std::string>{"directie|terminal" + ranks + "|jaren.=12|taak.=" + kHostile,
                                 "ib|terminal" + ranks + "|jaren.=0|taak.=één \"twee\"",
                                 "leerkrachten|import" + ranks + "|jaren.=50|taak.=" + kHostile + " (import)",
                                 "ib|import" + ranks + "|jaren.=12|taak.=tab\there"});
  const auto view = answers_view(store);
  REQUIRE(view.size() == 28);
  CHECK(view[0] == "fasen.f1=1 (1.000000)");
  CHECK(view[5] == "jaren.=12 (12.000000)");
  CHECK(view[6] == "taak.=" + kHostile + " (-)");

  // The bulk import knows its file: the same rows again are recognised, the file by its hash.
  BulkImport again(store, survey, ResponseSource::import, "school's bestand.csv");
  CHECK(again.stored_already(respondent("ib", "tab\there")));
  CHECK_FALSE(again.stored_already(respondent("ib", "iets anders")));
  CHECK_FALSE(again.imported_before("hash-1").empty());
  CHECK(again.imported_before("hash-2").empty());
}

TEST_CASE("either database: nothing of a bulk import or a refused batch is visible unless committed",
          "[postgres][store][import]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = greven_survey(store);
  store.add_response(survey, respondent("ib", "eerst"), ResponseSource::web);

  CHECK_THROWS_AS(store.add_responses(survey, {respondent("ib", "goed"), respondent("onbekend", "fout")},
                                      ResponseSource::import),
                  ResponseRejected);
  CHECK(stored(store, survey).size() == 1);
  {
    BulkImport import(store, survey, ResponseSource::import, "a.csv");
    for (int i = 0; i < 500; ++i) REQUIRE(import.add(respondent("leerkrachten", "rij " + std::to_string(i))).empty());
    if (dialect == Dialect::postgres) {  // another connection sees nothing of it meanwhile (SQLite's is locked out)
      Store other(db.location());
      CHECK(other.load_survey(survey).summary.responses == 1);
    }
  }  // dropped without commit
  CHECK(stored(store, survey).size() == 1);
  {
    BulkImport import(store, survey, ResponseSource::import, "a.csv");
    for (int i = 0; i < 4500; ++i) REQUIRE(import.add(respondent("leerkrachten", "rij " + std::to_string(i))).empty());
    import.commit("hash", "a.csv", 4500);
  }
  // Read back in order, on PostgreSQL through a cursor a few thousand rows at a time.
  const auto rows = stored(store, survey);
  REQUIRE(rows.size() == 4501);
  for (int i = 0; i < 4500; i += 997) CHECK(rows[static_cast<std::size_t>(i) + 1].find("|taak.=rij " + std::to_string(i)) != std::string::npos);
  CHECK(rows.back().find("|taak.=rij 4499") != std::string::npos);
  Store other(db.location());
  CHECK(other.load_survey(survey).summary.responses == 4501);
}

TEST_CASE("either database: codings, undo, agreed codes and the readers the coding tools use",
          "[postgres][store][coding]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = greven_survey(store);
  const auto ids = store.add_responses(survey,
                                       {respondent("directie", "coachen", "3"), respondent("ib", "toetsen", "7"),
                                        respondent("leerkrachten", "ouders", "20")},
                                       ResponseSource::web);
  store.record_decision(ids[0], "taak", "anna", {"f2"}, "memo 'één'");
  store.record_decision(ids[1], "taak", "anna", {"f1"}, "");
  store.record_decision(ids[1], "taak", "bob", {"f3"}, "");
  store.record_decision(ids[2], "taak", "bob", {"f4"}, "");
  CHECK(store.undo_last_decision(survey, "bob") == std::pair(ids[2], std::string("taak")));
  store.record_agreed_codes(ids[0], "taak", {"f5"}, "samen");
  CHECK_THROWS_AS(store.record_decision(ids[0], "taak", "anna", {"geen-code"}, ""), StoreError);

  const auto codings = store.codings_of(survey);
  REQUIRE(codings.size() == 3);
  CHECK(codings[0].memo == "memo 'één'");
  CHECK(codings[2].coder == "bob");
  CHECK(store.agreed_codings_of(survey).size() == 1);
  CHECK(store.coders_of(survey) == std::vector<std::string>{"anna", "bob"});

  std::vector<std::string> by_code;
  store.for_each_open_answer_by_code(survey, "taak", "", {"f1", "f2", "f3", "f4", "f5"},
                                     [&](const CodedOpenAnswer& answer) {
                                       by_code.push_back(answer.text + ":" + answer.code + ":" + answer.coder);
                                     });
  CHECK(by_code == std::vector<std::string>{"toetsen:f3:bob", "coachen:f5:", "ouders::"});
  std::vector<std::string> uncoded;
  store.for_each_open_answer_text(survey, "taak", "bob",
                                  [&](const OpenAnswerText& answer) { uncoded.push_back(answer.text); });
  CHECK(uncoded == std::vector<std::string>{"coachen", "ouders"});
  CHECK(store.uncoded_answers(survey, "taak", "anna").size() == 1);
  REQUIRE(store.open_answer_text(ids[1], "taak"));
  CHECK(store.open_answer_text(ids[1], "taak")->group == "ib");

  double total = 0;
  int count = 0;
  store.for_each_numeric_item(survey, "fasen", {"ib", "leerkrachten"}, [&](const NumericItemAnswer& answer) {
    total += answer.value;
    ++count;
  });
  CHECK(count == 10);
  CHECK(total == 30);
}

TEST_CASE("peiling survey, import and report write the same files from SQLite and from PostgreSQL",
          "[postgres][cli][report]") {
  FreshDatabase sqlite(Dialect::sqlite), postgres(Dialect::postgres);
  if (!postgres.available()) return;
  const std::string csv =
      "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
      "directie,12,1,2,3,4,5,\"Zorg, \"\"coördinatie\"\"\",De spin in het web,\n"
      "ib,3,2,1,3,5,4,\"tab\ten \\ backslash\",Coach,\n"
      "leerkrachten,20,5,4,3,2,1,Leerlingbespreking,,\"Gedrag\nmet nieuwe regel\"\n"
      "leerkrachten,7,1,3,2,4,5,Toetsen,,Ouders 🙂\n"
      "leerkrachten,9,1,2,3,4,5,Toetsen,,Ouders\n";
  for (const FreshDatabase* db : {&sqlite, &postgres}) {
    write_file(db->dir().path() / "in.csv", csv);
    CHECK(peiling_ok(*db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "t", "--group", "directie=4",
                           "--group", "ib=5", "--group", "leerkrachten=15"}) == "1\n");
    peiling_ok(*db, {"import", "--survey", "1", "in.csv"});
    peiling_ok(*db, {"code", "set", "--response", "1", "--question", "taak", "--code", "f2", "--coder", "anna"});
    peiling_ok(*db, {"report", "--survey", "1", "--out", "rapport"});
    peiling_ok(*db, {"export", "--survey", "1", "--out", "export.csv"});
  }
  CHECK(peiling_ok(sqlite, {"survey", "list"}) == peiling_ok(postgres, {"survey", "list"}));
  for (const char* file : {"rapport/rapport.md", "rapport/scores.csv", "rapport/open-antwoorden.csv", "export.csv"}) {
    INFO(file);
    CHECK(read_file(sqlite.dir().path() / file) == read_file(postgres.dir().path() / file));
  }
  // No SQLite file named after the URI appeared.
  for (const auto& entry : std::filesystem::directory_iterator(postgres.dir().path()))
    CHECK(entry.path().filename().string().find("postgres") == std::string::npos);
}

// A response's group must be one of its survey's: SQLite's foreign key checks it per row,
// PostgreSQL's partition of the survey with a CHECK of its groups (schema version 14), for
// single inserts, several rows at once and COPY alike; an answered group cannot be deleted.
TEST_CASE("either database: a response's group must be one of its survey's, however it is written",
          "[postgres][store]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = greven_survey(store);
  store.add_response(survey, respondent("ib", "eerst"), ResponseSource::web);
  const auto refused = [&](const std::string& sql) { return refused_with(store, sql, survey); };
  const std::string insert = "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES ";
  CHECK(refused(insert + "(?, 'ouders', 'web', 'nu')"));
  CHECK(refused(insert + "(?1, 'ib', 'web', 'nu'), (?1, 'ouders', 'web', 'nu'), (?1, 'directie', 'web', 'nu')"));
  CHECK(refused("UPDATE responses SET group_id = 'ouders' WHERE survey_id = ?"));
  CHECK(refused("DELETE FROM survey_groups WHERE survey_id = ? AND group_id = 'ib'"));        // answered
  CHECK(refused("UPDATE survey_groups SET group_id = 'ib2' WHERE survey_id = ? AND group_id = 'ib'"));
  CHECK_FALSE(refused(insert + "(?1, 'directie', 'web', 'nu'), (?1, 'leerkrachten', 'web', 'nu')"));
  CHECK_FALSE(refused("UPDATE survey_groups SET invited = 9 WHERE survey_id = ? AND group_id = 'ib'"));
  if (dialect == Dialect::postgres) {  // the bulk import's COPY
    const auto connection = open_database(db.location());
    Transaction transaction(*connection);
    const std::string copy = "COPY responses (survey_id, group_id, source, submitted_at) FROM STDIN";
    for (const char* group : {"ib", "ouders"})
      connection->copy_row(copy, {std::to_string(survey), std::string(group), std::string("import"), std::string("nu")});
    CHECK_THROWS_AS(connection->copy_end(), DatabaseError);
  }
  CHECK(stored(store, survey).size() == 3);
  CHECK(store.load_survey(survey).groups[1].invited == 9);
}

// What the foreign key's lock did, the partition does too: a transaction writing responses
// holds its survey's partition, and deleting a group rebuilds the partition's CHECK, so another
// connection cannot delete such a group meanwhile and leave the responses without it.
TEST_CASE("PostgreSQL: a group named by a response not yet committed cannot be deleted meanwhile",
          "[postgres][store]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  Store store(db.location());
  const auto survey = greven_survey(store);
  const auto writer = open_database(db.location());
  Transaction writing(*writer, WriteLock::row_locks);
  Statement(*writer, "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES (?, 'directie', 'web', 'nu')")
      .bind(1, survey)
      .run();
  const auto other = open_database(db.location());
  other->execute("SET lock_timeout = '300ms'");
  const auto delete_directie = [&] {
    Statement(*other, "DELETE FROM survey_groups WHERE survey_id = ? AND group_id = 'directie'").bind(1, survey).run();
  };
  CHECK_THROWS_WITH(delete_directie(), Catch::Contains("lock"));
  writing.commit();
  CHECK_THROWS_WITH(delete_directie(), Catch::Contains("still has responses"));
}

// Version 14 on PostgreSQL moves every survey's responses into a partition of the survey's
// own: ids, answers and codings stay, new ids go on where the old table's left off (not after
// its highest id: a deleted response's id is not handed out again), and each partition checks
// its survey's groups.
TEST_CASE("PostgreSQL: version 14 moves each survey's responses into a partition of its own, ids and codings kept",
          "[postgres][store][migration]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  {
    auto old = open_database(db.location());
    migrate_to(*old, 13);
    Statement(*old, "INSERT INTO questionnaires (definition_id, version, title, definition_text, definition_hash, stored_at)"
                    " VALUES ('greven-fasen', '1', 'Greven', ?, 'hash', 'nu')")
        .bind(1, read_file(kGrevenFile))
        .run();
    old->execute(R"sql(
INSERT INTO surveys (questionnaire_id, label, created_at) VALUES (1, 'nulmeting', 'nu'), (1, 'nameting', 'nu');
INSERT INTO survey_groups VALUES (1, 'ib', 0, 5), (1, 'directie', 1, 4), (2, 'ib', 0, 5);
INSERT INTO survey_units VALUES (2, 'klimop', 'De Klimop', 0);
INSERT INTO unit_groups VALUES (2, 'klimop', 'ib', 5);
INSERT INTO responses (survey_id, group_id, source, submitted_at, answer_data, unit_id) VALUES
  (1, 'ib', 'web', 'nu', '{"taak":{"":"eerste"}}', NULL), (2, 'ib', 'web', 'nu', '{"taak":{"":"tweede"}}', 'klimop'),
  (1, 'directie', 'web', 'nu', '{"taak":{"":"derde"}}', NULL), (1, 'ib', 'web', 'nu', '{"taak":{"":"weg"}}', NULL);
DELETE FROM responses WHERE id = 4;
INSERT INTO codings (response_id, question_id, code, coded_at) VALUES (3, 'taak', 'f2', 'nu');
INSERT INTO agreed_codings (response_id, question_id, code, agreed_at) VALUES (3, 'taak', 'f2', 'nu');
)sql");
  }
  Store store(db.location());
  CHECK(open_database(db.location())->schema_version() == Store::kSchemaVersion);
  CHECK(response_partitions(store) == "responses_of_survey_1,responses_of_survey_2");
  CHECK(answers_view(store) == std::vector<std::string>{"taak.=eerste (-)", "taak.=tweede (-)", "taak.=derde (-)"});
  CHECK(count_of(store, "SELECT count(*) FROM responses_of_survey_1") == 2);
  // The survey with units by unit: four tables, the school's response in one of them.
  CHECK(count_of(store, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'responses_of_survey_2'::regclass") == 4);
  CHECK(count_of(store, "SELECT count(*) FROM responses_of_survey_2 WHERE unit_id = 'klimop'") == 1);
  CHECK(count_of(store, "SELECT count(*) FROM codings WHERE response_id = 3") == 1);
  CHECK(count_of(store, "SELECT count(*) FROM agreed_codings WHERE response_id = 3") == 1);
  CHECK(store.add_response(1, respondent("directie", "nieuw"), ResponseSource::web) == 5);
  CHECK(refused_with(store, "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES (?, 'directie', 'web', 'nu')", 2));
  CHECK(store.load_survey(1).groups.size() == 2);
}

// A survey's partition is made with its groups and dropped with it; what the codings' foreign
// keys did (PostgreSQL has none on a partitioned table's id alone) their triggers do: a coding
// names a response that exists, holds it (FOR KEY SHARE) until its transaction ends, and
// deleting a response deletes its codings.
TEST_CASE("PostgreSQL: a survey's partition comes and goes with the survey, and codings keep to their responses",
          "[postgres][store]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  Store store(db.location());
  const auto first = greven_survey(store, "nulmeting");
  const auto second = greven_survey(store, "nameting");
  CHECK(response_partitions(store) == "responses_of_survey_1,responses_of_survey_2");
  const auto response = store.add_response(first, respondent("ib", "iets"), ResponseSource::web);
  store.set_coding({response, "taak", "f2", "anna", ""});
  CHECK(refused_with(store, "INSERT INTO codings (response_id, question_id, code, coded_at) VALUES (?, 'taak', 'f2', 'nu')",
                     response + 100));
  {
    const auto coder = open_database(db.location());
    Transaction coding(*coder, WriteLock::row_locks);
    Statement(*coder, "INSERT INTO agreed_codings (response_id, question_id, code, agreed_at) VALUES (?, 'taak', 'f2', 'nu')")
        .bind(1, response)
        .run();
    const auto other = open_database(db.location());
    other->execute("SET lock_timeout = '300ms'");
    CHECK_THROWS_WITH(Statement(*other, "DELETE FROM responses WHERE id = ?").bind(1, response).run(),
                      Catch::Contains("lock"));
    coding.commit();
  }
  CHECK_FALSE(refused_with(store, "DELETE FROM responses WHERE id = ?", response));
  CHECK(count_of(store, "SELECT count(*) FROM codings") == 0);
  CHECK(count_of(store, "SELECT count(*) FROM agreed_codings") == 0);
  store.delete_survey(second);
  CHECK(response_partitions(store) == "responses_of_survey_1");

  // Units given to a survey without responses remake its partition by unit: four tables, each
  // with the survey's groups; a school's responses are in one, and go with the survey.
  const auto board = greven_survey(store, "bestuur");
  store.add_units(board, {{"klimop", "De Klimop", kInvitations}, {"esdoorn", "", kInvitations}});
  const std::string board_partition = "responses_of_survey_" + std::to_string(board);
  CHECK(count_of(store, "SELECT count(*) FROM pg_inherits WHERE inhparent = '" + board_partition + "'::regclass") == 4);
  ResponseDraft at_klimop = respondent("ib", "school");
  at_klimop.unit = "klimop";
  store.add_response(board, at_klimop, ResponseSource::web);
  CHECK(refused_with(store, "INSERT INTO responses (survey_id, group_id, source, submitted_at, unit_id)"
                            " VALUES (?, 'ouders', 'web', 'nu', 'klimop')", board));
  CHECK(store.unit_tally(board, "klimop")->groups[1].responded == 1);
  store.delete_survey(board);
  CHECK(response_partitions(store) == "responses_of_survey_1");
  CHECK(count_of(store, "SELECT count(*) FROM pg_class WHERE relname LIKE '" + board_partition + "%'") == 0);
}

TEST_CASE("a PostgreSQL database starts at the latest schema version and refuses a newer one or someone else's",
          "[postgres][store][migration]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  {
    Store store(db.location());
    CHECK(open_database(db.location())->schema_version() == Store::kSchemaVersion);
  }
  Store again(db.location());  // opening it again changes nothing
  CHECK(again.list_surveys().empty());
  open_database(db.location())->set_schema_version(Store::kSchemaVersion + 1);
  CHECK_THROWS_WITH(Store(db.location()), Catch::Contains("written by a newer peiling"));

  FreshDatabase other(Dialect::postgres);
  open_database(other.location())->execute("CREATE TABLE notes (body TEXT)");
  CHECK_THROWS_WITH(Store(other.location()), Catch::Contains("is not a peiling database"));
}

TEST_CASE("either database: a one-time token and a form are taken once, also by a second server's connection",
          "[postgres][store][web]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store first(db.location());
  const auto survey = greven_survey(first);
  first.add_tokens(survey, "ib", {"token-a", "token-b"});
  CHECK(first.survey_uses_tokens(survey));
  Store second(db.location());  // another peiling-web on the same database
  CHECK(first.web_form_key(survey, "key-1") == "key-1");
  CHECK(second.web_form_key(survey, "key-2") == "key-1");

  const WebSubmission with_a{respondent("ib", "eerste"), "nonce-1", "token-a"};
  CHECK(first.add_web_responses(survey, {with_a}) == std::vector{WebOutcome::stored});
  CHECK(second.add_web_responses(survey, {{respondent("ib", "tweede"), "nonce-2", "token-a"}}) ==
        std::vector{WebOutcome::refused});  // the token is used
  CHECK(second.add_web_responses(survey, {with_a}) == std::vector{WebOutcome::duplicate});  // the same form again
  CHECK(second.add_web_responses(survey, {{respondent("directie", "x"), "nonce-3", "token-b"}}) ==
        std::vector{WebOutcome::refused});  // another group's token
  CHECK(second.add_web_responses(survey, {{respondent("ib", "derde"), "nonce-4", "token-b"},
                                          {respondent("ib", "vierde"), "nonce-5", "token-b"}}) ==
        std::vector{WebOutcome::stored, WebOutcome::refused});  // one batch, one token: once
  CHECK(first.unused_token_group(survey, "token-b").empty());
  CHECK(first.web_form_stored("nonce-4"));
  CHECK(stored(first, survey).size() == 2);
}

TEST_CASE("either database: two waves are paired by their linking codes", "[postgres][store][waves]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  std::string text = read_file(kGrevenFile);
  text.replace(text.find('{'), 1, "{\"linking_code\": true, ");
  const auto row = store.save_questionnaire(text, parse_definition(text, "greven"));
  const auto before = store.create_survey(row, "nulmeting", kInvitations);
  const auto after = store.create_survey(row, "nameting", kInvitations, before);
  CHECK(store.load_survey(after).summary.follows == before);
  const auto coded = [](const std::string& group, const std::string& taak, const std::string& code) {
    ResponseDraft draft = respondent(group, taak);
    draft.linking_code = code;
    return draft;
  };
  store.add_responses(before, {coded("ib", "voor-1", "ma17"), coded("ib", "voor-2", "ok05"), coded("ib", "voor-3", "OK-05")},
                      ResponseSource::web);
  store.add_responses(after, {coded("ib", "na-1", "Ma17"), coded("ib", "na-2", "ok05")}, ResponseSource::web);
  const auto tallies = store.link_tallies(before, after);
  REQUIRE(tallies.size() == 1);
  CHECK(tallies[0].coded_before == 3);
  CHECK(tallies[0].shared_before == 2);
  CHECK(tallies[0].coded_after == 2);
  CHECK(tallies[0].pairs == 1);
  int pairs = 0;
  store.for_each_linked_pair(before, after, {"ib"}, [&](std::string_view group, std::string_view, std::string_view answers) {
    CHECK(group == "ib");
    CHECK(answers.find("na-1") != std::string_view::npos);
    ++pairs;
  });
  CHECK(pairs == 1);
}
