// SQL for the queries that read many answers, over answers as stored (answer_json.h).
// The `answers` view joins every response back to itself and unpacks all its questions;
// json_each with a path unpacks only the question asked for, which halves the time of a
// 100,000-response report. Such a query reads
//   FROM responses r, json_each(r.answer_data, <question_json_path bound>) a
// and then a.key is the item id ('' for questions without items) and the columns below
// are the view's value and number.
#pragma once

#include <string>
#include <string_view>

namespace peiling {

inline constexpr const char* kAnswerValue = "CAST(a.atom AS TEXT)";
inline constexpr const char* kAnswerNumber =
    "(CASE WHEN a.type IN ('integer', 'real') THEN CAST(a.atom AS REAL) END)";

// The given (non-blank) answers of one question in one survey, as a FROM ... WHERE tail:
// ?1 is the survey, ?2 the question's JSON path.
inline const std::string kGivenAnswersOfQuestion =
    std::string(" FROM responses r, json_each(r.answer_data, ?2) a WHERE r.survey_id = ?1 AND ") + kAnswerValue +
    " <> ''";

// The JSON path of a question's answers in answer_data, for binding: $."id". Question ids
// are [a-z0-9_-] (definition_loader.cpp, is_id_char), so the quotes need no escaping.
inline std::string question_json_path(std::string_view question_id) {
  return "$.\"" + std::string(question_id) + "\"";
}

}  // namespace peiling
