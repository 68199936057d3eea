// The stored form of answers and the statements that write them; see response_writer.h.
#include "engine/response_writer.h"

#include <algorithm>
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
      insert_response_(db, "INSERT INTO responses (survey_id, group_id, source, submitted_at) VALUES (?, ?, ?, ?)") {
  insert_response_.bind(1, survey_id).bind(3, to_string(source)).bind(4, utc_now());
}

Statement& ResponseWriter::insert_answers(std::size_t count) {
  if (insert_answers_.size() < count) insert_answers_.resize(count);
  auto& statement = insert_answers_[count - 1];
  if (!statement) {
    std::string sql = "INSERT INTO answers (response_id, question_id, item_id, value, number) VALUES (?, ?, ?, ?, ?)";
    for (std::size_t row = 1; row < count; ++row) sql += ", (?, ?, ?, ?, ?)";
    statement = std::make_unique<Statement>(db_, sql);
  }
  return *statement;
}

std::int64_t ResponseWriter::write(const ResponseDraft& draft) {
  insert_response_.bind(2, draft.group).run();
  const std::int64_t response_id = db_.last_insert_id();
  struct Row {
    const Answer* answer;
    StoredAnswer stored;
  };
  std::vector<Row> rows;
  rows.reserve(draft.answers.size());
  for (const auto& answer : draft.answers) {
    const Question* question = questionnaire_.find_question(answer.question);
    if (!question || !question->asked_to(draft.group)) continue;  // only blanks get here
    auto stored = stored_form(*question, answer);
    if (stored) rows.push_back({&answer, std::move(*stored)});
  }
  constexpr std::size_t kRowsPerStatement = 64;  // far below SQLite's limit on parameters
  for (std::size_t first = 0; first < rows.size(); first += kRowsPerStatement) {
    const std::size_t count = std::min(kRowsPerStatement, rows.size() - first);
    Statement& insert = insert_answers(count);
    for (std::size_t i = 0; i < count; ++i) {
      const Row& row = rows[first + i];
      const int base = static_cast<int>(i) * 5;
      insert.bind(base + 1, response_id).bind(base + 2, row.answer->question).bind(base + 3, row.answer->item);
      insert.bind(base + 4, row.stored.normal.empty() ? row.stored.value : std::string_view(row.stored.normal));
      if (row.stored.number) insert.bind(base + 5, *row.stored.number);
      else insert.bind_null(base + 5);
    }
    insert.run();
  }
  return response_id;
}

}  // namespace peiling
