// Storing a validated response as one row; see response_writer.h.
#include "engine/response_writer.h"

#include <optional>

#include "engine/answer_json.h"
#include "engine/linking_code.h"
#include "engine/store_text.h"
#include "engine/text.h"

namespace peiling {

namespace {

// What a validated answer stores: the number for numeric types (rank, number, likert,
// matrix), open answers verbatim (for the schoenendoos), option ids trimmed. Blank answers
// are not stored at all.
std::optional<StoredAnswerEntry> stored_entry(const Question& question, const Answer& answer) {
  if (trim(answer.value).empty()) return std::nullopt;
  StoredAnswerEntry entry{answer.question, answer.item, {}, std::nullopt};
  if (question.kind().numeric) {
    double number = 0;
    parse_typed_number(answer.value, number);  // validated already
    entry.number = number;
  } else {
    entry.text = question.kind().open ? std::string_view(answer.value) : trim(answer.value);
  }
  return entry;
}

}  // namespace

ResponseWriter::ResponseWriter(Database& db, std::int64_t survey_id, const Questionnaire& questionnaire,
                               ResponseSource source, const std::string& import_file)
    : db_(db),
      questionnaire_(questionnaire),
      insert_response_(db,
                       "INSERT INTO responses (survey_id, group_id, source, submitted_at, answer_data, import_file,"
                       " link_code)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)") {
  const std::string now = utc_now();
  insert_response_.bind(1, survey_id).bind(3, to_string(source)).bind(4, now);
  if (!import_file.empty()) insert_response_.bind(6, import_file);
  if (db.copies())
    copy_fields_ = {std::to_string(survey_id), std::nullopt, std::string(to_string(source)), now, std::nullopt,
                    import_file.empty() ? std::nullopt : std::optional(import_file), std::nullopt};
}

std::int64_t ResponseWriter::write(const ResponseDraft& draft) {
  // The linking code in its own column (linking_code.h), NULL when none was given.
  const auto linking_code = normalised_linking_code(draft.linking_code);
  if (linking_code) insert_response_.bind(7, *linking_code);
  else insert_response_.bind_null(7);
  insert_response_.bind(2, draft.group).bind(5, packed(draft)).run();
  return db_.last_insert_id();
}

namespace {
constexpr std::string_view kCopyResponses =
    "COPY responses (survey_id, group_id, source, submitted_at, answer_data, import_file, link_code) FROM STDIN";
}  // namespace

void ResponseWriter::append(const ResponseDraft& draft) {
  if (copy_fields_.empty()) {
    write(draft);
    return;
  }
  copy_fields_[1] = draft.group;
  copy_fields_[4] = packed(draft);
  copy_fields_[6] = normalised_linking_code(draft.linking_code);
  db_.copy_row(kCopyResponses, copy_fields_);
}

const std::string& ResponseWriter::packed(const ResponseDraft& draft) {
  entries_.clear();
  for (const auto& answer : draft.answers) {
    const Question* question = questionnaire_.find_question(answer.question);
    if (!question || !question->asked_to(draft.group)) continue;  // only blanks get here
    if (auto entry = stored_entry(*question, answer)) entries_.push_back(*entry);
  }
  answer_data_.clear();
  append_answer_json(entries_, answer_data_);
  return answer_data_;
}

}  // namespace peiling
