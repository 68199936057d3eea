// Writing validated responses into the answers table: the statements prepared once per
// batch, and the stored form of each answer (numbers normalised, blanks left out). Used by
// Store::add_responses and by the bulk import; the caller holds the transaction.
#pragma once

#include <cstdint>

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
  Database& db_;
  const Questionnaire& questionnaire_;
  Statement insert_response_;
  Statement insert_answer_;
};

}  // namespace peiling
