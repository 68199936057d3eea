// Which question each answer of a stored response belongs to. A response's answers are stored
// by question id, then item id (answer_json.h), so the answers of one question stand together:
// one look-up per question finds them, and everything that counts them (the analysis's pass,
// an import keeping the board's tallies) then compares no ids.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/answer_data_reader.h"
#include "engine/questionnaire.h"

namespace peiling {

class QuestionRuns {
 public:
  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);

  explicit QuestionRuns(const Questionnaire& questionnaire);

  // Finds the question of each of `answers` (a response's, in stored order).
  void find(const std::vector<StoredAnswerView>& answers);
  // The index in the questionnaire of the question of answer `answer` of the last find(), or
  // kUnknown (an answer to a question the definition no longer has).
  std::size_t question_of(std::size_t answer) const { return question_of_[answer]; }

  // Calls `run(question index, its answers)` for each known question of the last find().
  template <class Run>
  void for_each(const std::vector<StoredAnswerView>& answers, Run&& run) const {
    for (std::size_t first = 0; first < answers.size();) {
      std::size_t end = first + 1;
      while (end < answers.size() && question_of_[end] == question_of_[first]) ++end;
      if (question_of_[first] != kUnknown) run(question_of_[first], std::span(answers).subspan(first, end - first));
      first = end;
    }
  }

 private:
  std::unordered_map<std::string_view, std::size_t> index_;
  std::vector<std::size_t> question_of_;
};

}  // namespace peiling
