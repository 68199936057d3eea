// The open answers a coder still has to code (Store::uncoded_answers), for the workbench's
// coding page: the same selection as the terminal session's queue (app/coding_session.cpp),
// asked of the store instead of in SQL of its own.
#include "engine/store.h"

namespace peiling {

std::vector<Store::UncodedAnswer> Store::uncoded_answers(std::int64_t survey_id, const std::string& question_id,
                                                         const std::string& coder) {
  Statement query(db_,
                  "SELECT r.id, r.group_id, a.value FROM responses r"
                  " JOIN answers a ON a.response_id = r.id AND a.question_id = ?2 AND a.item_id = ''"
                  " WHERE r.survey_id = ?1 AND a.value <> '' AND NOT EXISTS (SELECT 1 FROM codings c"
                  "   WHERE c.response_id = r.id AND c.question_id = ?2 AND c.coder = ?3) ORDER BY r.id");
  query.bind(1, survey_id).bind(2, question_id).bind(3, coder);
  std::vector<UncodedAnswer> answers;
  while (query.step()) answers.push_back({query.column_int(0), query.column_text(1), query.column_text(2)});
  return answers;
}

}  // namespace peiling
