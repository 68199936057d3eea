// Writing validated responses: one row in `responses` per response, its answers packed
// as JSON (see answer_json.h; numbers normalised, blanks left out), with the statement
// prepared once per batch. Used by Store::add_responses and by the bulk import; the
// caller holds the transaction. The bulk import appends through COPY where the database
// has it (PostgreSQL); on SQLite the prepared INSERT is the fast path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/answer_json.h"
#include "engine/questionnaire.h"
#include "engine/response.h"
#include "engine/connection.h"

namespace peiling {

class ResponseWriter {
 public:
  // `import_file`: the base name of the file an import reads, stored with each response
  // (responses.import_file); empty for the other sources.
  ResponseWriter(Database& db, std::int64_t survey_id, const Questionnaire& questionnaire, ResponseSource source,
                 const std::string& import_file = "");

  // Stores a draft that passed validate_response; returns the new response id.
  std::int64_t write(const ResponseDraft& draft);
  // The same for a bulk load, which needs no id: through COPY where the database has it.
  void append(const ResponseDraft& draft);

  // The answer_data JSON `write` would store for the draft (for comparing with stored rows).
  const std::string& packed(const ResponseDraft& draft);

 private:
  // An entry with its question's place in id order, the first key of the stored order.
  struct PlacedEntry {
    int place = 0;
    StoredAnswerEntry entry;
  };
  std::size_t question_index(std::size_t position, std::string_view question_id);
  void sort_entries();

  Database& db_;
  const Questionnaire& questionnaire_;
  std::vector<int> place_in_id_order_;             // per question, as in questionnaire_.questions
  std::vector<std::size_t> question_at_position_;  // the last draft's question per answer position
  Statement insert_response_;
  // Reused from response to response:
  std::vector<PlacedEntry> entries_;
  std::vector<StoredAnswerEntry> sorted_;
  std::string answer_data_;
  std::vector<std::optional<std::string>> copy_fields_;  // one row for COPY; empty on SQLite
};

}  // namespace peiling
