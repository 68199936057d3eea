// Store::delete_survey: a deleted survey is gone from the database (every row it owned),
// the other surveys keep all of theirs, and its questionnaire goes with its last survey.
#include <catch2/catch.hpp>

#include <string>

#include "app/demo_survey.h"
#include "engine/store.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;

namespace {

const std::string kGreven = std::string(PEILING_SOURCE_DIR) + "/questionnaires/greven-fasen.json";

std::int64_t count_rows(Store& store, const std::string& sql, std::int64_t id) {
  RawQuery query(store, sql);
  query.bind(1, id);
  REQUIRE(query.step());
  return query.column_int(0);
}

// Every row that belongs to the survey, per table.
std::int64_t rows_of_survey(Store& store, std::int64_t survey_id) {
  return count_rows(store, "SELECT count(*) FROM surveys WHERE id = ?1", survey_id) +
         count_rows(store, "SELECT count(*) FROM survey_groups WHERE survey_id = ?1", survey_id) +
         count_rows(store, "SELECT count(*) FROM responses WHERE survey_id = ?1", survey_id) +
         count_rows(store, "SELECT count(*) FROM web_tokens WHERE survey_id = ?1", survey_id) +
         count_rows(store, "SELECT count(*) FROM imported_files WHERE survey_id = ?1", survey_id) +
         count_rows(store, "SELECT count(*) FROM codings c JOIN responses r ON r.id = c.response_id "
                           "WHERE r.survey_id = ?1", survey_id) +
         count_rows(store, "SELECT count(*) FROM agreed_codings a JOIN responses r ON r.id = a.response_id "
                           "WHERE r.survey_id = ?1", survey_id);
}

std::int64_t all_rows(Store& store, const std::string& table) {
  RawQuery query(store, "SELECT count(*) FROM " + table);
  REQUIRE(query.step());
  return query.column_int(0);
}

}  // namespace

TEST_CASE("deleting a survey removes every row it owned and nothing of the others", "[store]") {
  testing::ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const auto doomed = build_demo_survey(store, kGreven);
  const auto kept = build_demo_survey(store, kGreven);
  store.add_tokens(doomed, "ib", {std::string(64, 'a')});
  const auto codings = store.codings_of(doomed);
  REQUIRE_FALSE(codings.empty());
  store.record_agreed_codes(codings.front().response_id, codings.front().question, {codings.front().code}, "");
  const auto kept_rows = rows_of_survey(store, kept);
  REQUIRE(rows_of_survey(store, doomed) > 0);

  store.delete_survey(doomed);

  CHECK(rows_of_survey(store, doomed) == 0);
  CHECK(all_rows(store, "codings") == static_cast<std::int64_t>(store.codings_of(kept).size()));
  CHECK(rows_of_survey(store, kept) == kept_rows);
  CHECK(store.list_surveys().size() == 1);
  CHECK(all_rows(store, "questionnaires") == 1);  // the kept survey still administers it

  store.delete_survey(kept);
  CHECK(all_rows(store, "questionnaires") == 0);
  CHECK(all_rows(store, "responses") == 0);
  CHECK(all_rows(store, "agreed_codings") == 0);
  CHECK_THROWS_AS(store.delete_survey(kept), StoreError);
}
