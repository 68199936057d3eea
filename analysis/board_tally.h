// The board's tallies (issue 18): what a school's report shows beside its own figures, counted
// over every response of the survey, of a known group or not. A school's report's pass counts
// them (survey_pass.h), reports keep them between them as text (kept_board_tallies.h), and a
// board's import counts the responses it stores into them (import_board_tallies.h): one class,
// so that all three count, add up and save alike.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/question_runs.h"
#include "analysis/question_tally.h"
#include "engine/questionnaire.h"

namespace peiling {

class BoardTally {
 public:
  // Counts responses only: the board report's pass, whose own tallies are the board's.
  BoardTally() = default;
  // Counts responses and tallies their answers to every question of `questionnaire`.
  explicit BoardTally(const Questionnaire& questionnaire);

  // One more response of the survey: `id` is its id where known (an import's are not: 0).
  void count(std::int64_t id = 0) {
    ++responses_;
    last_response_ = std::max(last_response_, id);
  }
  // The answers of a counted response of the questionnaire's group `group`, their questions
  // found by `runs` (QuestionRuns::find of the same answers).
  void add(std::size_t group, const QuestionRuns& runs, const std::vector<StoredAnswerView>& answers);
  // What a tally of other responses counted, as if this one had counted them too.
  void merge(const BoardTally& other);

  // The tallies as the store keeps them (Store::KeptTallies::tallies), and back: add_saved
  // adds the tallies `text` holds, or changes nothing and returns false when they do not fit.
  std::string saved(const Questionnaire& questionnaire) const;
  bool add_saved(const Questionnaire& questionnaire, std::string_view text);

  bool tallies_answers() const { return !tallies_.empty(); }
  const std::vector<QuestionTally>& tallies() const { return tallies_; }  // per question, in definition order
  std::int64_t responses() const { return responses_; }
  std::int64_t last_response() const { return last_response_; }  // the largest id counted; 0: none known

 private:
  std::vector<QuestionTally> tallies_;  // empty: counts only
  std::int64_t responses_ = 0, last_response_ = 0;
};

// The text of kept tallies (BoardTally::saved), of any tallies of the questionnaire's questions:
// the board report keeps its own tallies so (exposed for it and for the tests).
std::string saved_board_tallies(const std::vector<QuestionTally>& tallies, const Questionnaire& questionnaire);
// Adds the tallies `text` holds to `tallies`; false, changing nothing, when it does not fit.
bool restore_board_tallies(std::vector<QuestionTally>& tallies, const Questionnaire& questionnaire,
                           std::string_view text);

}  // namespace peiling
