// Which question each stored answer belongs to; see question_runs.h.
#include "analysis/question_runs.h"

#include <algorithm>

namespace peiling {

QuestionRuns::QuestionRuns(const Questionnaire& questionnaire) {
  for (std::size_t q = 0; q < questionnaire.questions.size(); ++q) index_[questionnaire.questions[q].id] = q;
}

void QuestionRuns::find(const std::vector<StoredAnswerView>& answers) {
  question_of_.resize(answers.size());
  for (std::size_t first = 0; first < answers.size();) {
    std::size_t end = first + 1;
    while (end < answers.size() && answers[end].question == answers[first].question) ++end;
    const auto question = index_.find(answers[first].question);
    const std::size_t index = question == index_.end() ? kUnknown : question->second;
    std::fill(question_of_.begin() + static_cast<std::ptrdiff_t>(first),
              question_of_.begin() + static_cast<std::ptrdiff_t>(end), index);
    first = end;
  }
}

}  // namespace peiling
