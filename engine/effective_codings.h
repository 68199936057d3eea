// The codes that count for each coded open answer of a survey, read in response id order so
// a pass over the responses can walk beside them (a merge, never all codings in memory):
// the agreed codes of `code resolve` where there are any, else the codes of the coder who
// coded the answer last. An answer may have several codes (a `multiple` frame) or
// kUnplaceable.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "engine/response_stream.h"
#include "engine/store.h"

namespace peiling {

struct EffectiveCode {
  std::string question;
  std::string code;
  std::string coder;  // "" for an agreed code
  std::string memo;
  bool agreed = false;
};

// A coder and how many answers they coded, among the responses asked about.
struct CoderTally {
  std::string coder;
  int answers = 0;
  std::int64_t first_coding = 0;  // the id of their first coding: coders are listed in this order
};

class EffectiveCodings {
 public:
  // The codings of the responses in `range` (response_stream.h).
  EffectiveCodings(Store& store, const ResponseRange& range);

  // The codes of `response_id`'s answers, by question then code. Response ids must be asked
  // in increasing order (each once); a response without codings gets an empty list.
  const std::vector<EffectiveCode>& of_response(std::int64_t response_id);

  // Every coder seen so far with the answers they coded, in order of their first coding: after
  // the pass asked about every response, the survey's coders (what `code list` shows).
  std::vector<CoderTally> coders() const;
  // The coders of two passes over parts of a survey, as one pass would have seen them.
  static std::vector<CoderTally> merged(std::vector<CoderTally> first, const std::vector<CoderTally>& second);

 private:
  struct CodingRow {
    std::int64_t id;
    std::string coder, code, memo;
  };
  static void skip_to(Statement& query, std::optional<std::int64_t>& at, std::int64_t response_id);
  void add_last_coders_codes(std::int64_t response_id, const std::vector<std::string>& agreed_questions);
  void count_coders(std::span<const CodingRow> rows);

  Statement codings_;
  Statement agreed_;
  std::optional<std::int64_t> codings_at_;  // the response the cursor stands on; none at the end
  std::optional<std::int64_t> agreed_at_;
  std::vector<EffectiveCode> current_;
  std::vector<CoderTally> coders_;
  std::vector<CodingRow> rows_;  // scratch: one answer's codings
  std::string question_;        // scratch: its question
};

// The codes of one question among a response's codes (which stand together, by question).
std::span<const EffectiveCode> codes_of(const std::vector<EffectiveCode>& codes, std::string_view question);

}  // namespace peiling
