// Builds the coders-by-answers table of coder_comparison.h from the store.
#include "analysis/coder_comparison.h"

#include <algorithm>
#include <map>
#include <set>

#include "analysis/survey_analysis.h"

namespace peiling {

bool ComparedAnswer::disagreement() const {
  std::string first;
  for (const auto& value : unit.values) {
    if (value.empty()) continue;
    if (first.empty()) first = value;
    else if (value != first) return true;
  }
  return false;
}

std::vector<const ComparedAnswer*> CoderComparison::disagreements() const {
  std::vector<const ComparedAnswer*> found;
  for (const auto& question : questions)
    for (const auto& answer : question.answers)
      if (answer.disagreement()) found.push_back(&answer);
  return found;
}

std::string joined_codes(std::vector<std::string> codes) {
  std::sort(codes.begin(), codes.end());
  std::string joined;
  for (const auto& code : codes) joined += (joined.empty() ? "" : "+") + code;
  return joined;
}

std::vector<std::string> split_joined_codes(const std::string& value) {
  std::vector<std::string> codes;
  if (value.empty()) return codes;
  std::size_t start = 0;
  for (auto plus = value.find('+'); plus != std::string::npos; plus = value.find('+', start)) {
    codes.push_back(value.substr(start, plus - start));
    start = plus + 1;
  }
  codes.push_back(value.substr(start));
  return codes;
}

std::vector<std::string> coders_of(Store& store, std::int64_t survey_id) {
  return store.coders_of(survey_id);
}

namespace {

using AnswerKey = std::pair<std::string, std::int64_t>;  // question, response

// Fills in the group and verbatim text of each compared answer.
void add_answer_texts(Store& store, std::int64_t survey_id, std::map<AnswerKey, ComparedAnswer>& answers) {
  store.for_each_open_answer_text(survey_id, "", "", [&](const OpenAnswerText& answer) {
    const auto found = answers.find({answer.question, answer.response_id});
    if (found == answers.end()) return;
    found->second.group = answer.group;
    found->second.text = answer.text;
  });
}

}  // namespace

CoderComparison compare_coders(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire,
                               const std::vector<std::string>& coders) {
  CoderComparison comparison;
  comparison.coders = coders;
  std::map<AnswerKey, std::map<std::string, std::vector<std::string>>> codes;  // answer -> coder -> codes
  for (const CodingRecord& coding : store.codings_of(survey_id))
    if (std::find(coders.begin(), coders.end(), coding.coder) != coders.end())
      codes[{coding.question, coding.response_id}][coding.coder].push_back(coding.code);

  std::map<AnswerKey, ComparedAnswer> answers;
  for (const auto& [key, by_coder] : codes) {
    ComparedAnswer answer;
    answer.response_id = key.second;
    answer.question = questionnaire.find_question(key.first);
    if (!answer.question) continue;  // not in this definition: nothing to compare against
    for (const auto& coder : coders) {
      const auto found = by_coder.find(coder);
      answer.unit.values.push_back(found == by_coder.end() ? "" : joined_codes(found->second));
    }
    answers.emplace(key, std::move(answer));
  }
  for (const CodingRecord& agreed : store.agreed_codings_of(survey_id)) {
    const auto found = answers.find({agreed.question, agreed.response_id});
    if (found != answers.end()) found->second.agreed.push_back(agreed.code);
  }
  add_answer_texts(store, survey_id, answers);

  std::vector<CodedUnit> pooled;
  for (const Question& question : questionnaire.questions) {
    if (!question.kind().open || question.coding_frame.empty()) continue;
    QuestionAgreement agreement;
    agreement.question = &question;
    std::vector<CodedUnit> units;
    for (auto& [key, answer] : answers)
      if (key.first == question.id) {
        units.push_back(answer.unit);
        agreement.answers.push_back(std::move(answer));
      }
    agreement.stats = measure_agreement(units, coders.size());
    pooled.insert(pooled.end(), units.begin(), units.end());
    comparison.questions.push_back(std::move(agreement));
  }
  comparison.overall = measure_agreement(pooled, coders.size());
  return comparison;
}

void add_coders(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire,
                const std::vector<CoderTally>& coders, CodingMethod& method) {
  const bool any_coded_question = std::any_of(questionnaire.questions.begin(), questionnaire.questions.end(),
                                              [&](const Question& question) {
                                                return question.kind().open && questionnaire.find_frame(question.coding_frame);
                                              });
  if (!any_coded_question) return;
  for (const CoderTally& coder : coders) method.coders.push_back({coder.coder, coder.answers});
  if (method.coders.size() < 2) return;
  std::vector<std::string> names;
  for (const auto& coder : method.coders) names.push_back(coder.coder);
  const CoderComparison comparison = compare_coders(store, survey_id, questionnaire, names);
  method.compared = true;
  method.agreement = comparison.overall;
  method.disagreements = static_cast<int>(comparison.disagreements().size());
}

}  // namespace peiling
