// The responses counted per unit and group as they are stored (engine/response_counts.h), on
// SQLite and PostgreSQL alike: whatever stores responses (a web batch, the terminal, a bulk
// import, a copy, the migration of an older database), the survey's, groups' and units'
// counts the store gives are the responses counted one by one; a refused import and a deleted
// survey leave nothing behind; folding the rows changes no count, also while another writer's
// rows are not yet committed.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <tuple>

#include "engine/response_counts.h"
#include "engine/store.h"
#include "engine/store_schema.h"
#include "database_fixture.h"
#include "greven_draft.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

using Cells = std::map<std::pair<std::string, std::string>, std::int64_t>;  // (unit, group) -> responses

// The responses counted one by one, beneath the store.
Cells counted_one_by_one(const Store& store, std::int64_t survey) {
  RawQuery query(store, "SELECT coalesce(unit_id, ''), group_id, count(*) FROM responses WHERE survey_id = ?"
                        " GROUP BY unit_id, group_id");
  query.bind(1, survey);
  Cells cells;
  while (query.step()) cells[{query.column_text(0), query.column_text(1)}] = query.column_int(2);
  return cells;
}

// What the store says: every unit's groups (with units), else the survey's groups; the
// survey's total beside them, and one unit's own tally where it has units.
Cells counted_by_store(Store& store, std::int64_t survey) {
  const SurveyRecord record = store.load_survey(survey);
  Cells cells;
  std::int64_t total = 0;
  if (record.units.empty()) {
    for (const GroupTally& group : record.groups)
      if (group.responded) cells[{"", group.group}] = group.responded, total += group.responded;
  } else {
    for (const UnitTally& unit : record.units)
      for (const GroupTally& group : unit.groups)
        if (group.responded) cells[{unit.unit, group.group}] = group.responded, total += group.responded;
    for (const UnitTally& unit : store.unit_tallies(survey)) {
      const auto alone = store.unit_tally(survey, unit.unit);
      REQUIRE(alone);
      for (std::size_t g = 0; g < unit.groups.size(); ++g)
        CHECK(alone->groups[g].responded == unit.groups[g].responded);
    }
  }
  CHECK(record.summary.responses == total);
  for (const SurveySummary& summary : store.list_surveys())
    if (summary.id == survey) CHECK(summary.responses == total);
  return cells;
}

std::int64_t count_rows(const Store& store, std::int64_t survey) {
  RawQuery query(store, "SELECT count(*) FROM response_counts WHERE survey_id = ?");
  query.bind(1, survey);
  query.step();
  return query.column_int(0);
}

std::int64_t survey_without_units(Store& store) {
  const std::string text = read_file(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  const auto row = store.save_questionnaire(text, parse_definition(text, "greven"));
  return store.create_survey(row, "team", {{"directie", 1}, {"ib", 2}, {"leerkrachten", 12}});
}

}  // namespace

TEST_CASE("either database: the counts kept as responses are stored are the responses counted one by one",
          "[postgres][store][units]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto board = three_school_board(store);  // one batch of fourteen over three schools
  const auto team = survey_without_units(store);
  CHECK(counted_by_store(store, board) == counted_one_by_one(store, board));
  CHECK(counted_by_store(store, board).at({"klimop", "leerkrachten"}) == 4);

  store.add_response(team, greven_draft("ib", "", 2, 3, "zorg"), ResponseSource::web);
  store.add_responses(team, {greven_draft("directie", "", 1, 9, "a"), greven_draft("ib", "", 3, 4, "b")},
                      ResponseSource::terminal);
  {
    BulkImport import(store, team, ResponseSource::import, "team.csv");
    for (int i = 0; i < 70; ++i) REQUIRE(import.add(greven_draft("leerkrachten", "", 1 + i % 5, 1 + i % 30, "t")).empty());
    import.commit("team", "team.csv", 70);  // more than one SQLite batch of rows, and COPY on PostgreSQL
  }
  {
    BulkImport import(store, board, ResponseSource::import, "eik.csv");
    REQUIRE(import.add(greven_draft("directie", "eik", 2, 20, "eik")).empty());
    REQUIRE(import.add(greven_draft("ib", "eik", 2, 20, "eik")).empty());
    import.commit("eik", "eik.csv", 2);
  }
  const Cells team_cells = counted_by_store(store, team);
  CHECK(team_cells == counted_one_by_one(store, team));
  CHECK(team_cells == Cells{{{"", "directie"}, 1}, {{"", "ib"}, 2}, {{"", "leerkrachten"}, 70}});
  CHECK(counted_by_store(store, board) == counted_one_by_one(store, board));

  SECTION("an import that is not committed counts nothing") {
    {
      BulkImport import(store, team, ResponseSource::import, "half.csv");
      REQUIRE(import.add(greven_draft("ib", "", 2, 20, "half")).empty());
    }  // refused after its rows went out: rolled back
    CHECK(counted_by_store(store, team) == team_cells);
    CHECK(counted_one_by_one(store, team) == team_cells);
  }
  SECTION("a deleted survey leaves no counts, and the other survey's stay") {
    store.delete_survey(board);
    CHECK(count_rows(store, board) == 0);
    CHECK(counted_by_store(store, team) == team_cells);
  }
}

// A web server's batches add rows; the writer that draws an id divisible by kFoldEvery folds
// them into one per cell. Counted in one transaction here, as many batches would be.
TEST_CASE("either database: a survey's count rows are folded now and then, every count unchanged",
          "[postgres][store]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto board = three_school_board(store);
  const auto team = survey_without_units(store);
  const auto connection = open_database(db.location());
  Cells expected = counted_one_by_one(store, board);
  {
    Transaction transaction(*connection);
    ResponseCounter counter(*connection, board);
    const char* units[] = {"klimop", "esdoorn", "eik"};
    const char* groups[] = {"directie", "ib", "leerkrachten"};
    for (int batch = 0; batch < 3 * ResponseCounter::kFoldEvery; ++batch) {
      const std::string unit = units[batch % 3], group = groups[batch / 3 % 3];
      counter.count(unit, group);
      ++expected[{unit, group}];
      counter.write();
    }
    ResponseCounter other_survey(*connection, team);
    other_survey.count("", "ib");
    other_survey.write();
    transaction.commit();
  }
  CHECK(counted_by_store(store, board) == expected);
  CHECK(count_rows(store, board) < ResponseCounter::kFoldEvery + 9);  // folded: 3 * kFoldEvery were written
  CHECK(counted_by_store(store, team) == Cells{{{"", "ib"}, 1}});
}

// PostgreSQL hands out ids when a row is inserted, not when it commits: a writer's rows may sit
// uncommitted below the ids another writer folds. The fold leaves them to their writer: counted
// once, when it commits. (A row committing between a fold's reading and its deleting cannot be
// staged from here; the fold is one statement so that there is no such moment.)
TEST_CASE("PostgreSQL: folding the counts while another writer's rows are not committed loses none",
          "[postgres][store]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  Store store(db.location());
  const auto board = three_school_board(store);
  Cells expected = counted_one_by_one(store, board);
  const auto late = open_database(db.location());
  const auto folder = open_database(db.location());
  Transaction late_transaction(*late, WriteLock::row_locks);
  ResponseCounter late_counter(*late, board);
  late_counter.count("eik", "ib");
  late_counter.write();  // drawn an id, not committed
  {
    Transaction transaction(*folder, WriteLock::row_locks);
    ResponseCounter counter(*folder, board);
    for (int batch = 0; batch < ResponseCounter::kFoldEvery; ++batch) {  // draws an id divisible by it: folds
      counter.count("klimop", "directie");
      counter.write();
    }
    transaction.commit();
  }
  expected[{"klimop", "directie"}] += ResponseCounter::kFoldEvery;
  CHECK(counted_by_store(store, board) == expected);
  late_transaction.commit();
  ++expected[{"eik", "ib"}];
  CHECK(counted_by_store(store, board) == expected);
}

// Two folds of one survey at once would wait on each other's rows (and could deadlock, losing a
// web batch): a writer that would fold while another's fold is not committed leaves it to that one.
TEST_CASE("PostgreSQL: a writer does not wait for another writer's fold of the same survey", "[postgres][store]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  Store store(db.location());
  const auto board = three_school_board(store);
  Cells expected = counted_one_by_one(store, board);
  const auto write_until_fold = [&](Database& connection) {
    ResponseCounter counter(connection, board);
    for (int batch = 0; batch < ResponseCounter::kFoldEvery; ++batch) {
      counter.count("esdoorn", "ib");
      counter.write();
    }
  };
  const auto first = open_database(db.location());
  const auto second = open_database(db.location());
  second->execute("SET lock_timeout = '2s'");
  Transaction first_transaction(*first, WriteLock::row_locks);
  write_until_fold(*first);  // folded, not committed: the survey's rows locked
  {
    Transaction transaction(*second, WriteLock::row_locks);
    CHECK_NOTHROW(write_until_fold(*second));  // would fold too: not waited for the first
    transaction.commit();
  }
  first_transaction.commit();
  expected[{"esdoorn", "ib"}] += 2 * ResponseCounter::kFoldEvery;
  CHECK(counted_by_store(store, board) == expected);
}

// Version 15 counts the responses an older peiling stored, once, as it adds the table.
TEST_CASE("either database: version 15 counts the responses stored before it", "[postgres][store][migration]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  {
    auto old = open_database(db.location());
    migrate_to(*old, 14);
    Statement(*old, "INSERT INTO questionnaires (definition_id, version, title, definition_text, definition_hash, stored_at)"
                    " VALUES ('greven-fasen', '1', 'Greven', ?, 'hash', 'nu')")
        .bind(1, read_file(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json"))
        .run();
    old->execute(R"sql(
INSERT INTO surveys (questionnaire_id, label, created_at) VALUES (1, 'team', 'nu'), (1, 'bestuur', 'nu');
INSERT INTO survey_groups VALUES (1, 'ib', 0, 5), (1, 'directie', 1, 4), (2, 'ib', 0, 5);
INSERT INTO survey_units VALUES (2, 'klimop', 'De Klimop', 0), (2, 'eik', 'De Eik', 1);
INSERT INTO unit_groups VALUES (2, 'klimop', 'ib', 5), (2, 'eik', 'ib', 2);
INSERT INTO responses (survey_id, group_id, source, submitted_at, unit_id) VALUES
  (1, 'ib', 'web', 'nu', NULL), (1, 'ib', 'web', 'nu', NULL), (1, 'directie', 'web', 'nu', NULL),
  (2, 'ib', 'web', 'nu', 'klimop'), (2, 'ib', 'web', 'nu', 'eik'), (2, 'ib', 'web', 'nu', 'eik');
)sql");
  }
  Store store(db.location());
  CHECK(counted_by_store(store, 1) == Cells{{{"", "directie"}, 1}, {{"", "ib"}, 2}});
  CHECK(counted_by_store(store, 2) == Cells{{{"eik", "ib"}, 2}, {{"klimop", "ib"}, 1}});
  store.add_response(2, greven_draft("ib", "klimop", 1, 1, "x"), ResponseSource::web);
  CHECK(counted_by_store(store, 2) == counted_one_by_one(store, 2));
}
