// The running count of one question's answers for every respondent group, fed one response
// at a time by the analysis's single pass over the survey. Its size is bounded by the
// definition (groups x items x values; for number questions the distinct values given),
// never by the number of responses. The analysis stage's one switch over the question
// types is here: how a type's answers are counted, and how its counts are summarised.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/survey_analysis.h"
#include "engine/answer_data_reader.h"

namespace peiling {

class QuestionTally {
 public:
  QuestionTally(const Question& question, std::size_t group_count);

  // The stored answers of one respondent (of group `group`) to this question.
  void add(std::size_t group, std::span<const StoredAnswerView> answers);

  // A respondent of `group` whose open answer has a code (text questions).
  void add_coded(std::size_t group) { ++coded_[group]; }

  // Adds the counts of a tally of the same question over other responses.
  void merge(const QuestionTally& other);

  // The same counts without the coded respondents: a board's tally beside a unit's report,
  // which never reads codes (the board report keeps its tallies as such: kept_board_tallies.h).
  QuestionTally without_codes() const {
    QuestionTally copy = *this;
    copy.coded_.assign(copy.coded_.size(), 0);
    return copy;
  }

  // The summary of one group, or of all groups together (nullopt).
  QuestionSummary summarise(std::optional<std::size_t> group) const;

  // The counts as text and back (question_tally_text.cpp), for tallies kept between reports
  // (kept_board_tallies.h). restore() adds the counts `text` holds to this tally's, and
  // refuses (false, changing nothing) text that does not fit this question's shape.
  std::string saved() const;
  bool restore(std::string_view text);

 private:
  int key_count() const;
  std::optional<int> key_of(const StoredAnswerView& answer) const;
  std::optional<int> item_index(std::string_view item_id) const;
  std::vector<int> counts_of(std::optional<std::size_t> group) const;
  int total(const std::vector<int>& per_group, std::optional<std::size_t> group) const;

  const Question& question_;
  std::vector<std::vector<int>> counts_;           // per group: how often each key was given
  std::vector<std::map<double, int>> values_;      // per group, number questions: value -> how often
  std::vector<int> answering_;                     // per group: respondents who answered
  std::vector<int> coded_;                         // per group, text questions: respondents coded
  std::vector<std::size_t> next_by_id_;            // per item: the item whose id comes next (wrapping)
  mutable std::size_t guess_ = 0;                  // the item the next answer most likely names
};

}  // namespace peiling
