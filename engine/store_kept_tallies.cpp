// The board's tallies kept between a board's unit reports (issue 18: a unit's report of a
// million responses in under a second). Declared in store.h ("The board's tallies kept
// between unit reports"); what they hold and when they may be used is decided in
// analysis/kept_board_tallies.h. One row per survey, replaced whole.
#include "engine/store.h"

namespace peiling {

std::optional<Store::KeptTallies> Store::kept_tallies(std::int64_t survey_id) {
  Statement query(db_,
                  "SELECT definition_hash, through_response, responses, tallies FROM kept_board_tallies"
                  " WHERE survey_id = ?");
  query.bind(1, survey_id);
  if (!query.step()) return std::nullopt;
  return KeptTallies{query.column_text(0), query.column_int(1), query.column_int(2), query.column_text(3)};
}

std::int64_t Store::responses_through(std::int64_t survey_id, std::int64_t last) {
  Statement query(db_, "SELECT count(*) FROM responses WHERE survey_id = ?1 AND id <= ?2");
  query.bind(1, survey_id).bind(2, last);
  query.step();
  return query.column_int(0);
}

void Store::keep_tallies(std::int64_t survey_id, const KeptTallies& kept) {
  Transaction transaction(db_);
  write_kept_tallies(survey_id, kept);
  transaction.commit();
}

void Store::write_kept_tallies(std::int64_t survey_id, const KeptTallies& kept) {
  Statement(db_,
            "INSERT INTO kept_board_tallies (survey_id, definition_hash, through_response, responses, tallies)"
            " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (survey_id) DO UPDATE SET"
            " definition_hash = excluded.definition_hash, through_response = excluded.through_response,"
            " responses = excluded.responses, tallies = excluded.tallies")
      .bind(1, survey_id)
      .bind(2, kept.definition_hash)
      .bind(3, kept.through_response)
      .bind(4, kept.responses)
      .bind(5, kept.tallies)
      .run();
}

}  // namespace peiling
