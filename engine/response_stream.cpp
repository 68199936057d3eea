// Streaming a survey's responses; see response_stream.h.
#include "engine/response_stream.h"

namespace peiling {

void for_each_stored_response(Store& store, std::int64_t survey_id,
                              const std::function<void(const StoredResponse&)>& visit) {
  // "+r.survey_id" keeps SQLite on the id order of the table instead of sorting every row.
  Statement query(store.database(),
                  "SELECT r.id, r.group_id, r.source, r.submitted_at, a.question_id, a.item_id, a.value "
                  "FROM responses r LEFT JOIN answers a ON a.response_id = r.id "
                  "WHERE +r.survey_id = ? ORDER BY r.id");
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
