// Storing a validated response as one row; see response_writer.h.
#include "engine/response_writer.h"

#include <optional>

#include "engine/answer_json.h"
#include "engine/store_text.h"
#include "engine/text.h"

namespace peiling {

namespace {

// What a validated answer stores: the value for text, choice and multi (open answers
// verbatim, for the schoenendoos), the number for rank, number and likert. Blank answers
// are not stored at all.
std::optional<StoredAnswerEntry> stored_entry(const Question& question, const Answer& answer) {
  if (trim(answer.value).empty()) return std::nullopt;
  StoredAnswerEntry entry{answer.question, answer.item, {}, std::nullopt};
  switch (question.type) {
    case QuestionType::text:
      entry.text = answer.value;
      return entry;
    case QuestionType::choice:
    case QuestionType::multi:
      entry.text = trim(answer.value);
      return entry;
    case QuestionType::rank:
    case QuestionType::number:
    case QuestionType::likert: {
      double number = 0;
      parse_typed_number(answer.value, number);  // validated already
      entry.number = number;
      return entry;
    }
  }
  return std::nullopt;
}

}  // namespace

ResponseWriter::ResponseWriter(Database& db, std::int64_t survey_id, const Questionnaire& questionnaire,
                               ResponseSource source)
    : db_(db),
      questionnaire_(questionnaire),
      insert_response_(db,
                       "INSERT INTO responses (survey_id, group_id, source, submitted_at, answer_data)"
                       " VALUES (?, ?, ?, ?, ?)") {
  insert_response_.bind(1, survey_id).bind(3, to_string(source)).bind(4, utc_now());
}

std::int64_t ResponseWriter::write(const ResponseDraft& draft) {
  entries_.clear();
  for (const auto& answer : draft.answers) {
    const Question* question = questionnaire_.find_question(answer.question);
    if (!question || !question->asked_to(draft.group)) continue;  // only blanks get here
    if (auto entry = stored_entry(*question, answer)) entries_.push_back(*entry);
  }
  answer_data_.clear();
  append_answer_json(entries_, answer_data_);
  insert_response_.bind(2, draft.group).bind(5, answer_data_).run();
  return db_.last_insert_id();
}

}  // namespace peiling
