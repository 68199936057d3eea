// How answers are stored: one JSON object per response (answer_json.h), read back through
// the `answers` view exactly as typed, whatever the text holds; and the bulk import's
// rollback journal, which must hand the database back in WAL mode and must not lock out
// a connection that was already open.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "engine/answer_json.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "raw_query.h"
#include "import_fixture.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

std::string journal_mode(SqliteDatabase& db) {
  Statement query(db, "PRAGMA journal_mode");
  query.step();
  return query.column_text(0);
}

}  // namespace

TEST_CASE("answer JSON is sorted by question and item, numbers bare and text escaped", "[store][answers]") {
  std::vector<StoredAnswerEntry> entries{{"taak", "", "zeg \"hoi\"\\\n\t\x01 café", std::nullopt},
                                         {"fasen", "f2", "", 1.0},
                                         {"jaren", "", "", 7.5},
                                         {"fasen", "f1", "", 2.0}};
  std::string json;
  append_answer_json(entries, json);
  CHECK(json == R"({"fasen":{"f1":2,"f2":1},"jaren":{"":7.5},"taak":{"":"zeg \"hoi\"\\\u000a\u0009\u0001 café"}})");

  std::vector<StoredAnswerEntry> none;
  std::string empty;
  append_answer_json(none, empty);
  CHECK(empty == "{}");

  std::vector<StoredAnswerEntry> twice{{"fasen", "f1", "", 1.0}, {"fasen", "f1", "", 2.0}};
  std::string refused;
  CHECK_THROWS_AS(append_answer_json(twice, refused), std::invalid_argument);
}

TEST_CASE("numbers are stored in their shortest text, whole ones as plain digits", "[store][answers]") {
  const auto text_of = [](double value) {
    std::string out;
    append_json_number(value, out);
    return out;
  };
  CHECK(text_of(3) == "3");
  CHECK(text_of(-12) == "-12");
  CHECK(text_of(99999) == "99999");
  CHECK(text_of(100000) == "1e+05");  // shorter than its digits, as std::to_chars writes it
  CHECK(text_of(1000000) == "1e+06");
  CHECK(text_of(7.5) == "7.5");
  CHECK(text_of(0) == "0");
  CHECK(text_of(-0.0) == "-0");
}

TEST_CASE("a response's answers are stored in one order whatever order the draft lists them in",
          "[store][answers]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const std::string text = read_definition_text(kGrevenFile);
  const auto survey = store.create_survey(store.save_questionnaire(text, parse_definition(text, kGrevenFile)), "t",
                                          {{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}});
  const std::vector<Answer> in_file_order{{"jaren", "", "7"},   {"fasen", "f3", "3"}, {"fasen", "f1", "1"},
                                          {"taak", "", "coach"}, {"fasen", "f5", "5"}, {"fasen", "f2", "2"},
                                          {"fasen", "f4", "4"}};
  std::vector<Answer> reversed(in_file_order.rbegin(), in_file_order.rend());
  // One batch, so the writer meets the second order after remembering the first.
  const auto ids = store.add_responses(survey, {{"ib", in_file_order}, {"ib", reversed}, {"ib", in_file_order}},
                                       ResponseSource::terminal);
  RawQuery stored(store, "SELECT answer_data FROM responses WHERE id = ?");
  for (const auto id : ids) {
    stored.reset();
    REQUIRE(stored.bind(1, id).step());
    CHECK(stored.column_text(0) ==
          R"({"fasen":{"f1":1,"f2":2,"f3":3,"f4":4,"f5":5},"jaren":{"":7},"taak":{"":"coach"}})");
  }
}

TEST_CASE("hostile open answers come back from the answers view exactly as typed", "[store][answers]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const std::string text = read_definition_text(kGrevenFile);
  const auto survey = store.create_survey(store.save_questionnaire(text, parse_definition(text, kGrevenFile)), "t",
                                          {{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}});
  const std::string hostile = "\"},\"x\":{\"\":1}} <script>alert(1)</script> \\u0000 \\\" ' ; DROP TABLE responses; --\r\n\ttab é 😀";
  const ResponseDraft draft{"ib", {{"fasen", "f1", "2"}, {"fasen", "f2", "1"}, {"fasen", "f3", "3"},
                                   {"fasen", "f4", "4"}, {"fasen", "f5", "5"}, {"jaren", "", " 12 "},
                                   {"taak", "", hostile}}};
  const auto id = store.add_response(survey, draft, ResponseSource::web);

  RawQuery answers(store,
                    "SELECT question_id, item_id, value, number FROM answers WHERE response_id = ? ORDER BY 1, 2");
  answers.bind(1, id);
  std::vector<std::string> rows;
  while (answers.step())
    rows.push_back(answers.column_text(0) + "|" + answers.column_text(1) + "|" + answers.column_text(2) + "|" +
                   (answers.is_null(3) ? "null" : std::to_string(answers.column_double(3))));
  CHECK(rows == std::vector<std::string>{"fasen|f1|2|2.000000", "fasen|f2|1|1.000000", "fasen|f3|3|3.000000",
                                         "fasen|f4|4|4.000000", "fasen|f5|5|5.000000", "jaren||12|12.000000",
                                         "taak||" + hostile + "|null"});
}

TEST_CASE("a bulk import hands the database back in WAL mode, and keeps WAL for a reader already there",
          "[store][answers][import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  write_file(dir.file("rijen.csv"), "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak\n"
                                    "ib,3,1,2,3,4,5,eerste\nleerkrachten,4,5,4,3,2,1,tweede\n");
  const auto alone = peiling_in(dir, {"import", "--survey", survey, "rijen.csv"});
  REQUIRE(alone.exit_code == 0);
  {
    SqliteDatabase db(dir.file("peiling.sqlite"));
    CHECK(journal_mode(db) == "wal");
  }

  // A connection open during the import (as `peiling serve` keeps one) is not locked out:
  // the import stays in WAL mode (without waiting for it), so the reader keeps reading its
  // snapshot while the import writes, and sees the new responses once it starts afresh.
  SqliteDatabase reader(dir.file("peiling.sqlite"));
  const auto responses_seen = [&] {
    Statement count(reader, "SELECT count(*) FROM responses");
    count.step();
    return count.column_int(0);
  };
  reader.execute("BEGIN");
  CHECK(responses_seen() == 2);
  const auto beside = peiling_in(dir, {"import", "--again", "--survey", survey, "rijen.csv"});
  INFO(beside.err);
  CHECK(beside.exit_code == 0);
  CHECK(responses_seen() == 2);
  reader.execute("COMMIT");
  CHECK(responses_seen() == 4);
  CHECK(journal_mode(reader) == "wal");
}

TEST_CASE("opening a database while a bulk import writes it says it is busy", "[store][answers][import]") {
  ScratchDir dir;
  SqliteDatabase importer(dir.file("peiling.sqlite"));
  importer.execute("CREATE TABLE t (x)");
  RollbackJournalScope journal(importer);  // alone with it: switches to the rollback journal
  Transaction writing(importer);
  importer.execute("INSERT INTO t VALUES (1)");
  try {
    SqliteDatabase reader(dir.file("peiling.sqlite"));  // waits out the busy timeout first
    FAIL("the database opened while it was being written in rollback mode");
  } catch (const DatabaseError& error) {
    CHECK_THAT(error.what(), Catch::Contains("is busy: another peiling is writing to it"));
  }
}
