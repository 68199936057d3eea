// Writing validated responses: one row in `responses` per response, its answers packed
// as JSON (see answer_json.h; numbers normalised, blanks left out), with the statement
// prepared once per batch. Used by Store::add_responses and by the bulk import; the
// caller holds the transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/answer_json.h"
#include "engine/questionnaire.h"
#include "engine/response.h"
#include "engine/sqlite.h"

namespace peiling {

class ResponseWriter {
 public:
  // `import_file`: the base name of the file an import reads, stored with each response
  // (responses.import_file); empty for the other sources.
  ResponseWriter(Database& db, std::int64_t survey_id, const Questionnaire& questionnaire, ResponseSource source,
                 const std::string& import_file = "");

  // Stores a draft that passed validate_response; returns the new response id.
  std::int64_t write(const ResponseDraft& draft);

  // The answer_data JSON `write` would store for the draft (for comparing with stored rows).
  const std::string& packed(const ResponseDraft& draft);

 private:
  Database& db_;
  const Questionnaire& questionnaire_;
  Statement insert_response_;
  std::vector<StoredAnswerEntry> entries_;  // reused from response to response
  std::string answer_data_;
};

}  // namespace peiling
