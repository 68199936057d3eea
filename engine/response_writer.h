// Writing validated responses into the answers table: the statements prepared once per
// batch, and the stored form of each answer (numbers normalised, blanks left out). Used by
// Store::add_responses and by the bulk import; the caller holds the transaction.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "engine/questionnaire.h"
#include "engine/response.h"
#include "engine/sqlite.h"

namespace peiling {

class ResponseWriter {
 public:
  ResponseWriter(Database& db, std::int64_t survey_id, const Questionnaire& questionnaire, ResponseSource source);

  // Stores a draft that passed validate_response; returns the new response id.
  std::int64_t write(const ResponseDraft& draft);

 private:
  // INSERT of `count` answer rows at once: one statement run per response instead of one
  // per answer (a large import spends most of its time in SQLite's per-statement work).
  Statement& insert_answers(std::size_t count);

  Database& db_;
  const Questionnaire& questionnaire_;
  Statement insert_response_;
  std::vector<std::unique_ptr<Statement>> insert_answers_;  // [count - 1], prepared on first use
};

}  // namespace peiling
