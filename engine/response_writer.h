// Writing validated responses: one row in `responses` per response, its answers packed
// as JSON (see answer_json.h; numbers normalised, blanks left out), with the statement
// prepared once per batch, and counted per unit and group (response_counts.h). Used by
// Store::add_responses and by the bulk import; the caller holds the transaction. The bulk
// import appends through COPY where the database has it (PostgreSQL); on SQLite it appends
// in batches of rows, one INSERT per batch.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/answer_json.h"
#include "engine/questionnaire.h"
#include "engine/connection.h"
#include "engine/response.h"
#include "engine/response_counts.h"

namespace peiling {

// An import's record in imported_files (its file's base name and its time), which every
// response it stores names (responses.import_id).
struct ImportRecord {
  std::int64_t id = 0;
  std::string file;
  std::string imported_at;  // ISO 8601, UTC
};

class ResponseWriter {
 public:
  // `import`: the record of the import writing the responses; none for the other sources.
  // Its rows name it; where the database lets a row leave out its source, time and file
  // (PostgreSQL, schema version 16) they do, as the record holds them once for all.
  ResponseWriter(Database& db, std::int64_t survey_id, const Questionnaire& questionnaire, ResponseSource source,
                 std::optional<ImportRecord> import = std::nullopt);

  // Stores a draft that passed validate_response; returns the new response id.
  std::int64_t write(const ResponseDraft& draft);
  // The same for a bulk load, which needs no id: through COPY where the database has it,
  // else in batches of rows (held back until a batch is full or flush() is called). Returns
  // the answer_data it stores, valid until the next append.
  std::string_view append(const ResponseDraft& draft);
  // Writes the appended rows still held back and the counts of every row written since the
  // last flush; call before the transaction commits.
  void flush();

  // The answer_data JSON `write` would store for the draft (for comparing with stored rows).
  const std::string& packed(const ResponseDraft& draft);

 private:
  // An entry with its question's place in id order, the first key of the stored order.
  struct PlacedEntry {
    int place = 0;
    StoredAnswerEntry entry;
  };
  // An appended row waiting for its batch (SQLite); its strings are reused row after row.
  struct PendingRow {
    std::string group;
    std::string answer_data;
    std::optional<std::string> link_code;
    std::string unit;
  };
  std::size_t question_index(std::size_t position, std::string_view question_id);
  void sort_entries();
  void insert_one(const std::string& group, const std::string& answer_data,
                  const std::optional<std::string>& link_code, const std::string& unit);
  std::string_view hold_back(const ResponseDraft& draft);
  void insert_batch();
  void insert_held_back();

  Database& db_;
  const Questionnaire& questionnaire_;
  std::vector<int> place_in_id_order_;             // per question, as in questionnaire_.questions
  std::vector<std::size_t> question_at_position_;  // the last draft's question per answer position
  Statement insert_response_;
  ResponseCounter counter_;
  // Reused from response to response:
  std::vector<PlacedEntry> entries_;
  std::vector<StoredAnswerEntry> sorted_;
  std::string answer_data_;
  std::vector<std::optional<std::string>> copy_fields_;  // one row for COPY; empty on SQLite
  std::vector<PendingRow> pending_;                      // kBatchRows of them, the first held_back_ in use
  std::size_t held_back_ = 0;
  std::optional<Statement> insert_batch_;                // prepared when the first batch is full
  std::int64_t survey_id_;
  // The fields every row shares: survey_id, source, submitted_at, import_file, import_id
  // (NULL where left out), in the order of the columns in kSharedColumns.
  std::vector<std::optional<std::string>> shared_;
};

}  // namespace peiling
