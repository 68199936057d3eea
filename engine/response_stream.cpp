// Streaming a survey's responses; see response_stream.h.
#include "engine/response_stream.h"

namespace peiling {

ResponseRange response_range(Store& store, std::int64_t survey_id) {
  const auto bounds = store.response_id_bounds(survey_id);
  if (!bounds) return {1, 0};
  return {bounds->first, bounds->second};
}

void for_each_response(Store& store, std::int64_t survey_id, ResponseFields fields,
                       const std::function<void(const ResponseView&)>& visit, std::optional<ResponseRange> range,
                       const std::string& unit) {
  const bool origin = fields == ResponseFields::with_origin;
  std::optional<std::pair<std::int64_t, std::int64_t>> ids;
  if (range) ids = std::pair(range->first, range->last);
  Statement query = store.responses_in_id_order(survey_id, origin, ids, unit);
  // An imported response's time is its import's (in the row too on SQLite; on PostgreSQL only
  // there: the row leaves it out, schema version 16).
  const auto import_times = origin ? store.import_times(survey_id) : std::unordered_map<std::int64_t, std::string>();
  AnswerDataReader reader;
  ResponseView response;
  while (query.step()) {
    response.id = query.column_int(0);
    response.answers = &reader.read(query.column_view(2));
    response.group = query.column_view(1);
    response.unit = query.column_view(3);
    if (origin && query.is_null(4)) {
      response.source = to_string(ResponseSource::import);
      const auto import = import_times.find(query.column_int(6));
      response.submitted_at = import == import_times.end() ? std::string_view() : std::string_view(import->second);
    } else if (origin) {
      response.source = query.column_view(4);
      response.submitted_at = query.column_view(5);
    }
    visit(response);
  }
}

void for_each_stored_response(Store& store, std::int64_t survey_id,
                              const std::function<void(const StoredResponse&)>& visit) {
  StoredResponse copy;
  for_each_response(store, survey_id, ResponseFields::with_origin, [&](const ResponseView& response) {
    copy.id = response.id;
    copy.group.assign(response.group);
    copy.source.assign(response.source);
    copy.submitted_at.assign(response.submitted_at);
    copy.unit.assign(response.unit);
    copy.answers.clear();
    for (const StoredAnswerView& answer : *response.answers)
      copy.answers.push_back({std::string(answer.question), std::string(answer.item), std::string(answer.text)});
    visit(copy);
  });
}

}  // namespace peiling
