// Form fields to ResponseDraft and problems to fields. No checking happens here: every
// check is validate_response's.
#include "web/form_fields.h"

namespace peiling::web {

std::string answer_field(const Question& question) { return "a:" + question.id; }
std::string item_field(const Question& question, const Item& item) { return "r:" + question.id + ":" + item.id; }
std::string multi_field(const Question& question) { return "m:" + question.id; }

std::string field_value(const FormFields& fields, const std::string& name) {
  const auto found = fields.find(name);
  return found == fields.end() ? std::string() : found->second;
}

bool field_has_value(const FormFields& fields, const std::string& name, const std::string& value) {
  const auto [first, last] = fields.equal_range(name);
  for (auto it = first; it != last; ++it)
    if (it->second == value) return true;
  return false;
}

ResponseDraft draft_from_fields(const Questionnaire& questionnaire, const std::string& group,
                                const FormFields& fields) {
  ResponseDraft draft;
  draft.group = group;
  for (const auto& question : questionnaire.questions) {
    switch (question.kind().layout) {
      case AnswerLayout::per_item:
        // Every item, blank or not, so a missing number is reported at its item.
        for (const auto& item : question.items)
          draft.answers.push_back({question.id, item.id, field_value(fields, item_field(question, item))});
        break;
      case AnswerLayout::ticked_options: {
        const auto [first, last] = fields.equal_range(multi_field(question));
        for (auto it = first; it != last; ++it) draft.answers.push_back({question.id, it->second, "1"});
        break;
      }
      case AnswerLayout::single: {
        const auto [first, last] = fields.equal_range(answer_field(question));
        for (auto it = first; it != last; ++it) draft.answers.push_back({question.id, "", it->second});
        break;
      }
    }
  }
  if (questionnaire.linking_code) draft.linking_code = field_value(fields, kLinkingCodeField);
  return draft;
}

std::map<std::string, std::vector<std::string>> problems_by_question(const std::vector<ResponseProblem>& problems) {
  std::map<std::string, std::vector<std::string>> sorted;
  for (const ResponseProblem& problem : problems) sorted[problem.question].push_back(problem.message);
  return sorted;
}

}  // namespace peiling::web
