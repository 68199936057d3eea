// The stored form of answers and the statements that write them; see response_writer.h.
#include "engine/response_writer.h"

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

#include "engine/store_text.h"
#include "engine/text.h"

namespace peiling {

namespace {

// A number in its stored form: shortest round-trip text with a decimal point ("7.5", "12").
std::string number_text(double value) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, error == std::errc() ? end : buffer);
}

// What goes in the answers table for one (validated) answer: the value as stored and its
// numeric value for rank, number and likert. Blank answers are not stored at all.
struct StoredAnswer {
  std::string_view value;
  std::string normal;  // owns the normalised value when it differs from the typed one
  std::optional<double> number;
};

std::optional<StoredAnswer> stored_form(const Question& question, const Answer& answer) {
  if (trim(answer.value).empty()) return std::nullopt;
  StoredAnswer stored;
  switch (question.type) {
    case QuestionType::text:
      stored.value = answer.value;  // verbatim, for the schoenendoos
      return stored;
    case QuestionType::choice:
    case QuestionType::multi:
      stored.value = trim(answer.value);
      return stored;
    case QuestionType::rank:
    case QuestionType::number:
    case QuestionType::likert: {
      double number = 0;
      parse_typed_number(answer.value, number);  // validated already
      stored.normal = number_text(number);
      stored.number = number;
      return stored;
    }
  }
  return std::nullopt;
}

}  // namespace

ResponseWriter::ResponseWriter(Database& db, std::int64_t survey_id, const Questionnaire& questionnaire,
                               ResponseSource source)
    : db_(db),
      questionnaire_(questionnaire),
      insert_response_(db, "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES (?, ?, ?, ?)"),
      insert_answer_(db, "INSERT INTO answers (response_id, question_id, item_id, value, number) VALUES (?, ?, ?, ?, ?)") {
  insert_response_.bind(1, survey_id).bind(3, to_string(source)).bind(4, utc_now());
}

std::int64_t ResponseWriter::write(const ResponseDraft& draft) {
  insert_response_.bind(2, draft.group).run();
  const std::int64_t response_id = db_.last_insert_id();
  insert_answer_.bind(1, response_id);
  for (const auto& answer : draft.answers) {
    const Question* question = questionnaire_.find_question(answer.question);
    if (!question || !question->asked_to(draft.group)) continue;  // only blanks get here
    const auto stored = stored_form(*question, answer);
    if (!stored) continue;
    insert_answer_.bind(2, answer.question).bind(3, answer.item);
    insert_answer_.bind(4, stored->normal.empty() ? stored->value : std::string_view(stored->normal));
    if (stored->number) insert_answer_.bind(5, *stored->number);
    else insert_answer_.bind_null(5);
    insert_answer_.run();
  }
  return response_id;
}

}  // namespace peiling
