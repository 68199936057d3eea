// Streaming a survey's responses; see response_stream.h.
#include "engine/response_stream.h"

namespace peiling {

ResponseRange response_range(Store& store, std::int64_t survey_id) {
  // In id order from either end: min() and max() over the survey's index entries read them all.
  const auto end = [&](const char* order) -> std::optional<std::int64_t> {
    Statement query(store.database(), std::string("SELECT id FROM responses WHERE +survey_id = ? ORDER BY id ") +
                                          order + " LIMIT 1");
    query.bind(1, survey_id);
    return query.step() ? std::optional(query.column_int(0)) : std::nullopt;
  };
  const auto first = end("ASC"), last = end("DESC");
  if (!first || !last) return {1, 0};
  return {*first, *last};
}

void for_each_response(Store& store, std::int64_t survey_id, ResponseFields fields,
                       const std::function<void(const ResponseView&)>& visit, std::optional<ResponseRange> range) {
  // "+r.survey_id" keeps SQLite on the id order of the table instead of sorting every row.
  const bool origin = fields == ResponseFields::with_origin;
  const std::string columns = origin ? "id, group_id, answer_data, source, submitted_at" : "id, group_id, answer_data";
  Statement query(store.database(), "SELECT " + columns + " FROM responses r WHERE +r.survey_id = ?1" +
                                        (range ? " AND id BETWEEN ?2 AND ?3" : "") + " ORDER BY id");
  query.bind(1, survey_id);
  if (range) query.bind(2, range->first).bind(3, range->last);
  AnswerDataReader reader;
  ResponseView response;
  while (query.step()) {
    response.id = query.column_int(0);
    response.answers = &reader.read(query.column_view(2));
    response.group = query.column_view(1);
    if (origin) {
      response.source = query.column_view(3);
      response.submitted_at = query.column_view(4);
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
    copy.answers.clear();
    for (const StoredAnswerView& answer : *response.answers)
      copy.answers.push_back({std::string(answer.question), std::string(answer.item), std::string(answer.text)});
    visit(copy);
  });
}

}  // namespace peiling
