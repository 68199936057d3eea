// The survey store: schema and migrations, transactions that leave nothing behind on
// failure, the survey round trip with group tallies, and the rules for responses and codings.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>

#include "engine/definition_loader.h"
#include "engine/store.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;

namespace {

// A database file under the temp directory, removed with its WAL files afterwards.
class TempDatabase {
 public:
  TempDatabase() {
    static std::atomic<int> counter{0};
    std::random_device random;
    path_ = (std::filesystem::temp_directory_path() /
             ("peiling-store-test-" + std::to_string(random()) + "-" + std::to_string(counter++) + ".db"))
                .string();
  }
  ~TempDatabase() {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_ + suffix, ignored);
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

const std::string kGreven = R"json({
  "id": "greven-fasen",
  "version": "1",
  "title": "Taakopvatting van de IB'er",
  "groups": [
    {"id": "directie", "label": "Directie"},
    {"id": "ib", "label": "IB'ers"},
    {"id": "leerkrachten", "label": "Leerkrachten"}
  ],
  "coding_frames": [
    {"id": "greven", "label": "Fasen van Greven", "codes": [
      {"id": "fase1", "label": "RT+"},
      {"id": "fase2", "label": "Instrumentalist"},
      {"id": "fase3", "label": "Collegiaal consultant"}
    ]}
  ],
  "questions": [
    {"id": "jaren", "type": "number", "text": "Hoeveel jaar werkt u in het onderwijs?",
     "min": 0, "max": 50, "unit": "jaar", "integer": false},
    {"id": "fasen", "type": "rank", "text": "Geef de fasen de cijfers 1 tot en met 3", "required": true,
     "items": [
       {"id": "fase1", "label": "RT+", "code": "fase1"},
       {"id": "fase2", "label": "Instrumentalist", "code": "fase2"},
       {"id": "fase3", "label": "Collegiaal consultant", "code": "fase3"}
     ], "coding_frame": "greven"},
    {"id": "taak", "type": "text", "text": "Wat is de belangrijkste taak van de IB'er?", "coding_frame": "greven"},
    {"id": "rol", "type": "text", "text": "Hoe ziet u de rol van de IB'er?", "groups": ["directie", "ib"],
     "coding_frame": "greven"},
    {"id": "hulp", "type": "text", "text": "Waarvoor roept u de IB'er in?", "groups": ["leerkrachten"],
     "coding_frame": "greven"},
    {"id": "opmerking", "type": "text", "text": "Opmerkingen"}
  ]
})json";

const std::vector<GroupInvitation> kInvitations{{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}};

ResponseDraft respondent(std::string group, std::string taak = "coachen") {
  ResponseDraft draft{group, {{"fasen", "fase1", "1"}, {"fasen", "fase2", "3"}, {"fasen", "fase3", "2"}}};
  if (!taak.empty()) draft.answers.push_back({"taak", "", taak});
  return draft;
}

// A store with the Greven questionnaire and one open survey.
struct Fixture {
  TempDatabase file;
  Store store{file.path()};
  std::int64_t questionnaire_row = store.save_questionnaire(kGreven, parse_definition(kGreven, "greven"));
  std::int64_t survey = store.create_survey(questionnaire_row, "nulmeting 2024", kInvitations);
};

std::int64_t count_rows(Database& db, const std::string& table) {
  // Table names come from this file, never from a user.
  Statement count(db, "SELECT count(*) FROM " + table);
  count.step();
  return count.column_int(0);
}

std::string pragma_text(Database& db, const std::string& pragma) {
  Statement query(db, "PRAGMA " + pragma);
  query.step();
  return query.column_text(0);
}

}  // namespace

TEST_CASE("a new database has schema version 1, WAL and foreign keys", "[store]") {
  TempDatabase file;
  Store store(file.path());
  CHECK(open_database(store.location())->schema_version() == Store::kSchemaVersion);
  CHECK(pragma_text(*open_database(store.location()), "journal_mode") == "wal");
  CHECK(pragma_text(*open_database(store.location()), "foreign_keys") == "1");
}

TEST_CASE("no table has a column for a name", "[store][privacy]") {
  TempDatabase file;
  Store store(file.path());
  RawQuery tables(store, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')");
  int table_count = 0;
  while (tables.step()) {
    ++table_count;
    RawQuery columns(store, "SELECT name FROM pragma_table_info(?)");
    columns.bind(1, tables.column_text(0));
    while (columns.step()) {
      INFO(tables.column_text(0) << "." << columns.column_text(0));
      CHECK(columns.column_text(0).find("name") == std::string::npos);
    }
  }
  CHECK(table_count == 14);  // the tables and views of every migration were looked at
}

TEST_CASE("a database at user_version 0 without tables is migrated to the latest version", "[store][migration]") {
  TempDatabase file;
  {
    SqliteDatabase empty(file.path());
    CHECK(empty.schema_version() == 0);
  }
  Store store(file.path());
  CHECK(open_database(store.location())->schema_version() == Store::kSchemaVersion);
  CHECK(count_rows(*open_database(store.location()), "surveys") == 0);
}

TEST_CASE("a database of someone else or of a newer peiling is refused", "[store][migration]") {
  TempDatabase file;
  SECTION("newer schema version") {
    {
      SqliteDatabase newer(file.path());
      newer.set_schema_version(Store::kSchemaVersion + 1);
    }
    CHECK_THROWS_WITH(Store(file.path()), Catch::Contains("written by a newer peiling"));
  }
  SECTION("tables but no schema version") {
    {
      SqliteDatabase other(file.path());
      other.execute("CREATE TABLE notes (body TEXT)");
    }
    CHECK_THROWS_WITH(Store(file.path()), Catch::Contains("is not a peiling database"));
  }
}

TEST_CASE("the definition hash is the SHA-1 of the text", "[store]") {
  CHECK(definition_hash("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(definition_hash("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
}

TEST_CASE("the same definition text is stored once", "[store]") {
  Fixture f;
  CHECK(f.store.save_questionnaire(kGreven, parse_definition(kGreven, "greven")) == f.questionnaire_row);
  CHECK(count_rows(*open_database(f.store.location()), "questionnaires") == 1);
}

TEST_CASE("a survey round trip keeps groups, counts and the definition", "[store]") {
  const peiling::testing::MessagesIn english(Language::en);  // checks the store's wording in English
  Fixture f;
  f.store.add_response(f.survey, respondent("directie"), ResponseSource::terminal);
  f.store.add_response(f.survey, respondent("leerkrachten"), ResponseSource::web);
  f.store.add_response(f.survey, respondent("leerkrachten"), ResponseSource::web);

  const auto surveys = f.store.list_surveys();
  REQUIRE(surveys.size() == 1);
  CHECK(surveys[0].id == f.survey);
  CHECK(surveys[0].label == "nulmeting 2024");
  CHECK(surveys[0].questionnaire_id == "greven-fasen");
  CHECK(surveys[0].questionnaire_version == "1");
  CHECK(surveys[0].open);
  CHECK(surveys[0].responses == 3);
  CHECK(surveys[0].created_at.size() == 20);  // 2024-03-01T09:30:00Z
  CHECK(surveys[0].created_at.back() == 'Z');

  const SurveyRecord record = f.store.load_survey(f.survey);
  CHECK(record.definition_text == kGreven);
  CHECK(record.definition_hash == definition_hash(kGreven));
  REQUIRE(record.groups.size() == 3);
  CHECK((record.groups[0].group == "directie" && record.groups[0].invited == 4 && record.groups[0].responded == 1));
  CHECK((record.groups[1].group == "ib" && record.groups[1].invited == 5 && record.groups[1].responded == 0));
  CHECK((record.groups[2].group == "leerkrachten" && record.groups[2].invited == 15 && record.groups[2].responded == 2));

  CHECK(f.store.questionnaire_of(f.survey).questions.size() == 6);
  CHECK_THROWS_WITH(f.store.load_survey(99), "there is no survey 99");
  CHECK_THROWS_WITH(f.store.questionnaire_of(99), "there is no survey 99");
}

TEST_CASE("create_survey refuses incomplete or wrong invitations", "[store]") {
  const peiling::testing::MessagesIn english(Language::en);  // checks the store's wording in English
  Fixture f;
  const auto create = [&](const std::string& label, const std::vector<GroupInvitation>& invitations) {
    return f.store.create_survey(f.questionnaire_row, label, invitations);
  };
  CHECK_THROWS_AS(create("x", {{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}, {"ouders", 2}}), StoreError);
  CHECK_THROWS_WITH(create("x", {{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}, {"ouders", 2}}),
                    "group 'ouders' is not in questionnaire greven-fasen (groups: directie, ib, leerkrachten)");
  CHECK_THROWS_WITH(create("x", {{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}, {"ib", 2}}),
                    "group 'ib' is invited more than once");
  CHECK_THROWS_WITH(create("x", {{"directie", 4}, {"ib", -1}, {"leerkrachten", 15}}),
                    "group 'ib': the number invited must be 0 or more, not -1");
  CHECK_THROWS_WITH(create("x", {{"directie", 4}, {"leerkrachten", 15}}),
                    "group 'ib' of questionnaire greven-fasen has no invited count (give 0 if none were invited)");
  CHECK_THROWS_WITH(create("  ", kInvitations), Catch::Contains("a survey needs a label"));
  CHECK_THROWS_WITH(f.store.create_survey(42, "x", kInvitations), "there is no stored questionnaire 42");
  CHECK(f.store.list_surveys().size() == 1);
  CHECK(create("herhaling", {{"directie", 0}, {"ib", 5}, {"leerkrachten", 15}}) > f.survey);
}

TEST_CASE("answers are stored normalised, and blanks not at all", "[store]") {
  Fixture f;
  auto draft = respondent("ib");
  draft.answers.push_back({"jaren", "", "7,5"});
  draft.answers.push_back({"rol", "", ""});
  const auto id = f.store.add_response(f.survey, draft, ResponseSource::import);

  RawQuery answers(f.store,
                    "SELECT question_id, item_id, value, number FROM answers WHERE response_id = ? "
                    "ORDER BY question_id, item_id");
  answers.bind(1, id);
  std::vector<std::string> rows;
  while (answers.step())
    rows.push_back(answers.column_text(0) + "/" + answers.column_text(1) + "=" + answers.column_text(2) + " " +
                   (answers.is_null(3) ? "null" : std::to_string(answers.column_double(3))));
  CHECK(rows == std::vector<std::string>{"fasen/fase1=1 1.000000", "fasen/fase2=3 3.000000", "fasen/fase3=2 2.000000",
                                         "jaren/=7.5 7.500000", "taak/=coachen null"});
  RawQuery response(f.store, "SELECT group_id, source, submitted_at FROM responses WHERE id = ?");
  REQUIRE(response.bind(1, id).step());
  CHECK(response.column_text(0) == "ib");
  CHECK(response.column_text(1) == "import");
  CHECK(response.column_text(2).back() == 'Z');
}

TEST_CASE("add_response refuses invalid drafts and closed or unknown surveys", "[store]") {
  const peiling::testing::MessagesIn english(Language::en);  // checks the store's wording in English
  Fixture f;
  auto bad = respondent("leerkrachten");
  bad.answers[0].value = "2";  // fase1 and fase3 both 2
  bad.answers.push_back({"rol", "", "coach"});
  try {
    f.store.add_response(f.survey, bad, ResponseSource::web);
    FAIL("no ResponseRejected");
  } catch (const ResponseRejected& rejected) {
    CHECK(rejected.problems().size() == 2);
    CHECK(std::string(rejected.what()) == rejected.problems()[0] + "; " + rejected.problems()[1]);
  }
  CHECK(count_rows(*open_database(f.store.location()), "responses") == 0);

  CHECK_THROWS_WITH(f.store.add_response(77, respondent("ib"), ResponseSource::web), "there is no survey 77");
  f.store.set_survey_open(f.survey, false);
  CHECK_FALSE(f.store.list_surveys()[0].open);
  CHECK_THROWS_WITH(f.store.add_response(f.survey, respondent("ib"), ResponseSource::web), Catch::Contains("is closed"));
  f.store.set_survey_open(f.survey, true);
  CHECK(f.store.add_response(f.survey, respondent("ib"), ResponseSource::web) > 0);
  CHECK_THROWS_WITH(f.store.set_survey_open(77, false), "there is no survey 77");
}

TEST_CASE("add_responses is all or nothing", "[store][transaction]") {
  const peiling::testing::MessagesIn english(Language::en);  // checks the store's wording in English
  Fixture f;
  auto bad = respondent("ib");
  bad.answers.push_back({"hulp", "", "gedrag"});
  try {
    f.store.add_responses(f.survey, {respondent("ib"), respondent("directie"), bad}, ResponseSource::import);
    FAIL("no ResponseRejected");
  } catch (const ResponseRejected& rejected) {
    CHECK_THAT(rejected.what(), Catch::StartsWith("response 3 of 3: hulp"));
  }
  CHECK(count_rows(*open_database(f.store.location()), "responses") == 0);
  CHECK(count_rows(*open_database(f.store.location()), "answers") == 0);

  const auto ids = f.store.add_responses(f.survey, {respondent("ib"), respondent("directie")}, ResponseSource::import);
  CHECK(ids.size() == 2);
  CHECK(ids[1] == ids[0] + 1);
  CHECK(count_rows(*open_database(f.store.location()), "responses") == 2);
}

TEST_CASE("an exception inside a transaction rolls everything back", "[store][transaction]") {
  Fixture f;
  const auto own_connection = open_database(f.store.location());
  Database& db = *own_connection;
  try {
    Transaction transaction(db);
    Statement(db, "UPDATE surveys SET label = 'changed'").run();
    Statement(db, "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES (?, 'ib', 'web', 'now')")
        .bind(1, f.survey)
        .run();
    throw std::runtime_error("interrupted");
  } catch (const std::runtime_error&) {
  }
  CHECK(f.store.list_surveys()[0].label == "nulmeting 2024");
  CHECK(count_rows(db, "responses") == 0);

  SECTION("a constraint failure inside a transaction is a DatabaseError, and also rolls back") {
    try {
      Transaction transaction(db);
      Statement(db, "UPDATE surveys SET label = 'changed'").run();
      Statement(db, "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES (?, 'ouders', 'web', 'now')")
          .bind(1, f.survey)
          .run();  // no such survey group: the foreign key refuses it
      transaction.commit();
      FAIL("the foreign key did not refuse");
    } catch (const DatabaseError& error) {
      CHECK_THAT(error.what(), Catch::Contains("FOREIGN KEY constraint failed"));
    }
    CHECK(f.store.list_surveys()[0].label == "nulmeting 2024");
  }
}

TEST_CASE("reopening a database keeps its data", "[store]") {
  TempDatabase file;
  std::int64_t survey = 0;
  {
    Store store(file.path());
    const auto row = store.save_questionnaire(kGreven, parse_definition(kGreven, "greven"));
    survey = store.create_survey(row, "nulmeting", kInvitations);
    store.add_response(survey, respondent("directie"), ResponseSource::demo);
  }
  Store reopened(file.path());
  CHECK(open_database(reopened.location())->schema_version() == Store::kSchemaVersion);
  const auto record = reopened.load_survey(survey);
  CHECK(record.summary.label == "nulmeting");
  CHECK(record.summary.responses == 1);
  CHECK(record.groups[0].responded == 1);
}

TEST_CASE("set_coding stores one code per coder per answer", "[store][coding]") {
  Fixture f;
  const auto response = f.store.add_response(f.survey, respondent("directie"), ResponseSource::web);
  const auto own_connection = open_database(f.store.location());
  Database& db = *own_connection;
  const auto latest = [&](const std::string& coder) {
    Statement query(db, "SELECT id, code, memo FROM codings WHERE response_id = ? AND question_id = 'taak' AND coder = ?");
    query.bind(1, response).bind(2, coder);
    REQUIRE(query.step());
    return std::make_pair(query.column_int(0), query.column_text(1) + "|" + query.column_text(2));
  };

  f.store.set_coding({response, "taak", "fase2", "", ""});
  const auto first = latest("");
  CHECK(first.second == "fase2|");
  f.store.set_coding({response, "taak", "fase3", "", "twijfel: ook fase 2"});
  const auto second = latest("");
  CHECK(second.second == "fase3|twijfel: ook fase 2");
  CHECK(second.first > first.first);
  f.store.set_coding({response, "taak", "fase1", "tweede codeur", ""});
  CHECK(count_rows(db, "codings") == 2);
}

TEST_CASE("set_coding refuses what cannot be coded", "[store][coding]") {
  const peiling::testing::MessagesIn english(Language::en);  // checks the store's wording in English
  Fixture f;
  const auto response = f.store.add_response(f.survey, respondent("directie"), ResponseSource::web);
  const auto code = [&](std::int64_t id, const std::string& question, const std::string& value) {
    f.store.set_coding({id, question, value, "", ""});
  };
  CHECK_THROWS_WITH(code(999, "taak", "fase1"), "there is no response 999");
  CHECK_THROWS_WITH(code(response, "leeftijd", "fase1"),
                    "question 'leeftijd' is not in questionnaire greven-fasen, the questionnaire of response 1");
  CHECK_THROWS_WITH(code(response, "fasen", "fase1"),
                    "question 'fasen' is a rank question; only open (text) questions are coded");
  CHECK_THROWS_WITH(code(response, "opmerking", "fase1"), "open question 'opmerking' has no coding frame to code in");
  CHECK_THROWS_WITH(code(response, "taak", "fase9"),
                    "code 'fase9' is not in coding frame 'greven' of question 'taak' (codes: fase1, fase2, fase3)");
  CHECK_THROWS_WITH(code(response, "rol", "fase1"),
                    "response 1 has no answer to question 'rol', so there is nothing to code");
  CHECK_THROWS_AS(code(response, "rol", "fase1"), StoreError);
  CHECK(count_rows(*open_database(f.store.location()), "codings") == 0);
}
