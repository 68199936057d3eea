// Streaming a survey's responses; see response_stream.h.
#include "engine/response_stream.h"

#include "engine/answer_sql.h"

namespace peiling {

void for_each_stored_response(Store& store, std::int64_t survey_id,
                              const std::function<void(const StoredResponse&)>& visit) {
  // "+r.survey_id" keeps SQLite on the id order of the table instead of sorting every row.
  // The answers are unpacked here rather than read through the answers view, which SQLite
  // would copy whole into a temporary table before a LEFT JOIN (answer_sql.h).
  Statement query(store.database(),
                  std::string("SELECT r.id, r.group_id, r.source, r.submitted_at, q.key, a.key, ") + kAnswerValue +
                      " FROM responses r LEFT JOIN json_each(r.answer_data) q LEFT JOIN json_each(q.value) a"
                      " WHERE +r.survey_id = ? ORDER BY r.id");
  query.bind(1, survey_id);
  StoredResponse response;
  bool pending = false;
  while (query.step()) {
    const std::int64_t id = query.column_int(0);
    if (!pending || id != response.id) {
      if (pending) visit(response);
      response.id = id;
      response.group = query.column_text(1);
      response.source = query.column_text(2);
      response.submitted_at = query.column_text(3);
      response.answers.clear();
      pending = true;
    }
    if (!query.is_null(4)) response.answers.push_back({query.column_text(4), query.column_text(5), query.column_text(6)});
  }
  if (pending) visit(response);
}

}  // namespace peiling
