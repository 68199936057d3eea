// SQL for the queries that read many answers, over answers as stored (answer_json.h), in
// the dialect of the store's database. The `answers` view joins every response back to
// itself and unpacks all its questions; unpacking only the question asked for halves the
// time of a 100,000-response report on SQLite. Such a query reads
//   FROM responses r <answers_of_question(dialect, "?N")>
// with question_json_key(dialect, id) bound to ?N, and then a.key is the item id ('' for
// questions without items) and answer_value / answer_number are the view's value and number.
#pragma once

#include <string>
#include <string_view>

#include "engine/connection.h"

namespace peiling {

// The join that unpacks one question's answers of response r as rows `a`.
inline std::string answers_of_question(Dialect dialect, std::string_view parameter) {
  if (dialect == Dialect::postgres)
    return " CROSS JOIN LATERAL jsonb_each(r.answer_data::jsonb -> " + std::string(parameter) + ") a";
  return " CROSS JOIN json_each(r.answer_data, " + std::string(parameter) + ") a";
}

// An answer's text, as the `answers` view's value.
inline const char* answer_value(Dialect dialect) {
  return dialect == Dialect::postgres ? "(a.value #>> '{}')" : "CAST(a.atom AS TEXT)";
}

// Whether an answer is a number.
inline const char* answer_is_number(Dialect dialect) {
  return dialect == Dialect::postgres ? "jsonb_typeof(a.value) = 'number'" : "a.type IN ('integer', 'real')";
}

// An answer's number (NULL for text), as the `answers` view's number.
inline std::string answer_number(Dialect dialect) {
  if (dialect == Dialect::postgres)
    return "(CASE WHEN jsonb_typeof(a.value) = 'number' THEN (a.value #>> '{}')::double precision END)";
  return "(CASE WHEN a.type IN ('integer', 'real') THEN CAST(a.atom AS REAL) END)";
}

// The position of `needle` in `text` (1-based, 0 when absent).
inline std::string position_in(Dialect dialect, std::string_view text, std::string_view needle) {
  return std::string(dialect == Dialect::postgres ? "strpos(" : "instr(") + std::string(text) + ", " +
         std::string(needle) + ")";
}

// What to bind for answers_of_question: SQLite's JSON path $."id", PostgreSQL's key. Question
// ids are [a-z0-9_-] (definition_loader.cpp, is_id_char), so the quotes need no escaping.
inline std::string question_json_key(Dialect dialect, std::string_view question_id) {
  if (dialect == Dialect::postgres) return std::string(question_id);
  return "$.\"" + std::string(question_id) + "\"";
}

}  // namespace peiling
