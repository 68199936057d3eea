// The stored form of one response's answers: a JSON object in responses.answer_data,
// {"question": {"item": value, ...}, ...}, item "" for questions without items, numbers
// (rank, number, likert) as JSON numbers and everything else as strings. One row per
// response makes a large import about three times cheaper than a row per answer; the
// `answers` view unpacks it into the old rows (response_id, question_id, item_id, value,
// number) for every query and for researchers reading the database with sqlite3 or R.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace peiling {

struct StoredAnswerEntry {
  std::string_view question;
  std::string_view item;
  std::string_view text;          // the value for text, choice and multi answers
  std::optional<double> number;   // set for rank, number and likert answers
};

// Appends the JSON object of `entries` to `out`. Sorts the entries by (question, item),
// the order the old answers table kept; throws std::invalid_argument on a repeated
// (question, item), which validation rules out.
void append_answer_json(std::vector<StoredAnswerEntry>& entries, std::string& out);

// The same for entries already in (question, item) order (the response writer sorts them by
// a key it computed once per questionnaire); throws std::invalid_argument on a repeated
// (question, item).
void append_sorted_answer_json(std::span<const StoredAnswerEntry> entries, std::string& out);

// Appends `text` as a JSON string literal (quotes, backslashes and control characters escaped).
void append_json_string(std::string_view text, std::string& out);

// A number as JSON: shortest round-trip text (std::to_chars), integers without a decimal point
// ("12", "7.5", "1e+06").
void append_json_number(double value, std::string& out);

}  // namespace peiling
