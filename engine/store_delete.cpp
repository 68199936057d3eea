// Deleting a survey (the workbench's "verwijderen"): every row that belongs to it goes, in
// one transaction, so a deleted survey is gone from the file and not only hidden. Codings
// and agreed codes would follow their responses by ON DELETE CASCADE; they are deleted by
// name all the same, so the statement list says what a survey owns. The hashes of stored
// web forms go too (since schema version 9 they name their survey; older ones name none
// and lead to no response, so they stay).
#include "engine/store.h"
#include "base/messages.h"

namespace peiling {

namespace {

// Children first, so no foreign key is ever left pointing at a deleted row.
constexpr const char* kSurveyRows[] = {
    "DELETE FROM codings WHERE response_id IN (SELECT id FROM responses WHERE survey_id = ?1)",
    "DELETE FROM agreed_codings WHERE response_id IN (SELECT id FROM responses WHERE survey_id = ?1)",
    "DELETE FROM responses WHERE survey_id = ?1",
    "DELETE FROM web_tokens WHERE survey_id = ?1",
    "DELETE FROM web_forms_stored WHERE survey_id = ?1",
    "DELETE FROM imported_files WHERE survey_id = ?1",
    "DELETE FROM unit_groups WHERE survey_id = ?1",
    "DELETE FROM survey_units WHERE survey_id = ?1",
    "DELETE FROM survey_groups WHERE survey_id = ?1",
    "DELETE FROM kept_board_tallies WHERE survey_id = ?1",
    "DELETE FROM response_counts WHERE survey_id = ?1",
};

}  // namespace

void Store::delete_survey(std::int64_t survey_id) {
  Transaction transaction(db_);
  Statement questionnaire(db_, "SELECT questionnaire_id FROM surveys WHERE id = ?");
  if (!questionnaire.bind(1, survey_id).step())
    throw StoreError(text(Msg::store_no_survey, survey_id));
  const std::int64_t questionnaire_row = questionnaire.column_int(0);
  for (const char* sql : kSurveyRows) Statement(db_, sql).bind(1, survey_id).run();
  Statement(db_, "DELETE FROM surveys WHERE id = ?").bind(1, survey_id).run();
  // The definition text is the survey's too once no other survey administers it.
  Statement(db_, "DELETE FROM questionnaires WHERE id = ?1 AND NOT EXISTS "
                 "(SELECT 1 FROM surveys WHERE questionnaire_id = ?1)")
      .bind(1, questionnaire_row)
      .run();
  transaction.commit();
}

}  // namespace peiling
