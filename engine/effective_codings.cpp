// The effective codes in response order; see effective_codings.h.
//
// Two cursors in response order walk beside the pass over the responses: the codings and
// the agreed codes, each read in the order of its own index, so SQLite neither sorts nor
// looks anything up per row; which coder coded an answer last is decided here. (A single
// query deciding it with correlated subqueries took 0.9 s of CPU for 500,000 codings.) The
// cursors read only the range of response ids asked for, so other surveys' codings and
// those of the other half of a split pass are skipped.
#include "engine/effective_codings.h"

#include "engine/question_runs.h"

#include <algorithm>
#include <span>

namespace peiling {

EffectiveCodings::EffectiveCodings(Store& store, const ResponseRange& range)
    : codings_(store.codings_in_response_order(range.first, range.last)),
      agreed_(store.agreed_codes_in_response_order(range.first, range.last)) {
  codings_at_ = codings_.step() ? std::optional(codings_.column_int(0)) : std::nullopt;
  agreed_at_ = agreed_.step() ? std::optional(agreed_.column_int(0)) : std::nullopt;
}

// Moves `query` (standing on a row of response `at`) to the first row of `response_id`.
void EffectiveCodings::skip_to(Statement& query, std::optional<std::int64_t>& at, std::int64_t response_id) {
  while (at && *at < response_id) at = query.step() ? std::optional(query.column_int(0)) : std::nullopt;
}

const std::vector<EffectiveCode>& EffectiveCodings::of_response(std::int64_t response_id) {
  current_.clear();
  skip_to(agreed_, agreed_at_, response_id);
  std::vector<std::string> agreed_questions;
  while (agreed_at_ && *agreed_at_ == response_id) {
    current_.push_back({agreed_.column_text(1), agreed_.column_text(2), "", agreed_.column_text(3), true});
    agreed_questions.push_back(current_.back().question);
    agreed_at_ = agreed_.step() ? std::optional(agreed_.column_int(0)) : std::nullopt;
  }
  skip_to(codings_, codings_at_, response_id);
  while (codings_at_ && *codings_at_ == response_id) add_last_coders_codes(response_id, agreed_questions);
  std::stable_sort(current_.begin(), current_.end(), [](const EffectiveCode& a, const EffectiveCode& b) {
    return std::tie(a.question, a.code) < std::tie(b.question, b.code);
  });
  return current_;
}

// Reads the codings of one answer (the cursor stands on its first): the codes of the coder
// whose coding is the latest count, unless the answer has agreed codes.
void EffectiveCodings::add_last_coders_codes(std::int64_t response_id, const std::vector<std::string>& agreed_questions) {
  // The rows' strings keep their memory from answer to answer: 500,000 codings made
  // millions of small allocations.
  std::vector<CodingRow>& rows = rows_;
  std::size_t count = 0;
  question_.assign(codings_.column_view(1));
  while (codings_at_ && *codings_at_ == response_id && codings_.column_view(1) == question_) {
    if (count == rows.size()) rows.emplace_back();
    CodingRow& row = rows[count++];
    row.id = codings_.column_int(2);
    row.coder.assign(codings_.column_view(3));
    row.code.assign(codings_.column_view(4));
    row.memo.assign(codings_.column_view(5));
    codings_at_ = codings_.step() ? std::optional(codings_.column_int(0)) : std::nullopt;
  }
  const std::span<const CodingRow> answer(rows.data(), count);
  count_coders(answer);
  if (std::find(agreed_questions.begin(), agreed_questions.end(), question_) != agreed_questions.end()) return;
  const auto latest =
      std::max_element(answer.begin(), answer.end(), [](const CodingRow& a, const CodingRow& b) { return a.id < b.id; });
  for (const CodingRow& row : answer)
    if (row.coder == latest->coder) current_.push_back({question_, row.code, row.coder, row.memo, false});
}

// One answer's codings: each coder in them coded one more answer.
void EffectiveCodings::count_coders(std::span<const CodingRow> rows) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const bool seen_in_answer = std::any_of(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(i),
                                            [&](const CodingRow& row) { return row.coder == rows[i].coder; });
    if (seen_in_answer) continue;
    auto tally = std::find_if(coders_.begin(), coders_.end(), [&](const CoderTally& t) { return t.coder == rows[i].coder; });
    if (tally == coders_.end()) tally = coders_.insert(coders_.end(), {rows[i].coder, 0, rows[i].id});
    ++tally->answers;
    for (const CodingRow& row : rows)
      if (row.coder == tally->coder) tally->first_coding = std::min(tally->first_coding, row.id);
  }
}

std::vector<CoderTally> EffectiveCodings::merged(std::vector<CoderTally> first, const std::vector<CoderTally>& second) {
  for (const CoderTally& later : second) {
    auto same = std::find_if(first.begin(), first.end(), [&](const CoderTally& t) { return t.coder == later.coder; });
    if (same == first.end()) {
      first.push_back(later);
      continue;
    }
    same->answers += later.answers;
    same->first_coding = std::min(same->first_coding, later.first_coding);
  }
  std::sort(first.begin(), first.end(),
            [](const CoderTally& a, const CoderTally& b) { return a.first_coding < b.first_coding; });
  return first;
}

std::vector<CoderTally> EffectiveCodings::coders() const {
  std::vector<CoderTally> ordered = coders_;
  std::sort(ordered.begin(), ordered.end(),
            [](const CoderTally& a, const CoderTally& b) { return a.first_coding < b.first_coding; });
  return ordered;
}

std::span<const EffectiveCode> codes_of(const std::vector<EffectiveCode>& codes, std::string_view question) {
  return run_of_question(codes, question);
}

}  // namespace peiling
