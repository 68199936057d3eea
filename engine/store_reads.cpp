// The rows the engine's readers walk through beside a pass over a survey: its responses in
// id order (response_stream.h) and their codings and agreed codes in the same order
// (effective_codings.h). The SQL stays here; the readers get a Statement to step through.
// Declared in store.h ("Rows for the engine's readers").
#include "engine/store.h"

namespace peiling {

namespace {

// "The response is of the survey ?n" on `column`. On SQLite "+column": not the survey's index,
// which holds every response of the survey, so its planner walks the table in id order (or the
// id's range). On PostgreSQL the column itself, by which it reads the survey's partition alone.
std::string of_survey(Dialect dialect, const std::string& column, int parameter) {
  return (dialect == Dialect::sqlite ? "+" : "") + column + " = ?" + std::to_string(parameter);
}

}  // namespace

// The survey's first or last response id: in id order from that end, as min() and max() over
// the survey's index entries would read them all.
std::optional<std::int64_t> Store::response_id_at_end(std::int64_t survey_id, bool last) {
  Statement query(db_, "SELECT id FROM responses WHERE " + of_survey(db_.dialect(), "survey_id", 1) + " ORDER BY id " +
                           (last ? "DESC" : "ASC") + " LIMIT 1");
  query.bind(1, survey_id);
  return query.step() ? std::optional(query.column_int(0)) : std::nullopt;
}

std::optional<std::pair<std::int64_t, std::int64_t>> Store::response_id_bounds(std::int64_t survey_id) {
  const auto first = response_id_at_end(survey_id, false), last = response_id_at_end(survey_id, true);
  if (!first || !last) return std::nullopt;
  return std::pair(*first, *last);
}

Statement Store::responses_in_id_order(std::int64_t survey_id, bool with_origin,
                                       std::optional<std::pair<std::int64_t, std::int64_t>> range,
                                       const std::string& unit) {
  // The survey's responses in the table's id order (of_survey); one unit's (a thousandth of a
  // board's) through SQLite's index by unit, or PostgreSQL's table of the unit's quarter, sorted.
  const std::string columns =
      with_origin ? "id, group_id, answer_data, unit_id, source, submitted_at, import_id" : "id, group_id, answer_data, unit_id";
  const int unit_parameter = range ? 4 : 2;  // numbered without gaps: PostgreSQL types every one
  const std::string survey =
      unit.empty() ? of_survey(db_.dialect(), "r.survey_id", 1)
                   : "r.survey_id = ?1 AND r.unit_id = ?" + std::to_string(unit_parameter);
  Statement query(db_, "SELECT " + columns + " FROM responses r WHERE " + survey +
                           (range ? " AND id BETWEEN ?2 AND ?3" : "") + " ORDER BY id",
                  RowCount::many);
  query.bind(1, survey_id);
  if (range) query.bind(2, range->first).bind(3, range->second);
  if (!unit.empty()) query.bind(unit_parameter, unit);
  return query;
}

std::unordered_map<std::int64_t, std::string> Store::import_times(std::int64_t survey_id) {
  std::unordered_map<std::int64_t, std::string> times;
  Statement query(db_, "SELECT id, imported_at FROM imported_files WHERE survey_id = ?");
  query.bind(1, survey_id);
  while (query.step()) times.emplace(query.column_int(0), query.column_text(1));
  return times;
}

std::int64_t Store::responses_after(std::int64_t survey_id, std::int64_t last) {
  // By the id's range, not the survey's index (of_survey).
  Statement query(db_, "SELECT count(*) FROM responses WHERE id > ?1 AND " + of_survey(db_.dialect(), "survey_id", 2));
  query.bind(1, last).bind(2, survey_id);
  query.step();
  return query.column_int(0);
}

Statement Store::codings_in_response_order(std::int64_t first, std::int64_t last) {
  Statement query(db_,
                  "SELECT response_id, question_id, id, coder, code, memo FROM codings"
                  " WHERE response_id BETWEEN ?1 AND ?2 ORDER BY response_id, question_id",
                  RowCount::many);
  query.bind(1, first).bind(2, last);
  return query;
}

Statement Store::agreed_codes_in_response_order(std::int64_t first, std::int64_t last) {
  Statement query(db_,
                  "SELECT response_id, question_id, code, memo FROM agreed_codings"
                  " WHERE response_id BETWEEN ?1 AND ?2 ORDER BY response_id, question_id, code",
                  RowCount::many);
  query.bind(1, first).bind(2, last);
  return query;
}

}  // namespace peiling
