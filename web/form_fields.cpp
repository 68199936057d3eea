// Form fields to ResponseDraft and problems to fields. No checking happens here: every
// check is validate_response's.
#include "web/form_fields.h"

namespace peiling::web {

std::string answer_field(const Question& question) { return "a:" + question.id; }
std::string rank_field(const Question& question, const Item& item) { return "r:" + question.id + ":" + item.id; }
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
    if (question.type == QuestionType::rank) {
      // Every item, blank or not, so a missing number is reported at its item.
      for (const auto& item : question.items)
        draft.answers.push_back({question.id, item.id, field_value(fields, rank_field(question, item))});
      continue;
    }
    const bool multi = question.type == QuestionType::multi;
    const auto [first, last] = fields.equal_range(multi ? multi_field(question) : answer_field(question));
    for (auto it = first; it != last; ++it) {
      if (multi) draft.answers.push_back({question.id, it->second, "1"});
      else draft.answers.push_back({question.id, "", it->second});
    }
  }
  return draft;
}

namespace {

// validate_response starts a problem with "<id>: " or "<id> ("<text>"): ".
bool strip_prefix(const std::string& problem, const std::string& prefix, std::string& rest) {
  if (problem.compare(0, prefix.size(), prefix) != 0) return false;
  rest = problem.substr(prefix.size());
  return true;
}

}  // namespace

std::map<std::string, std::vector<std::string>> problems_by_question(const Questionnaire& questionnaire,
                                                                     const std::vector<std::string>& problems) {
  std::map<std::string, std::vector<std::string>> sorted;
  for (const auto& problem : problems) {
    std::string rest;
    const Question* owner = nullptr;
    for (const auto& question : questionnaire.questions) {
      if (strip_prefix(problem, question.id + ": ", rest) ||
          strip_prefix(problem, question.id + " (\"" + question.text + "\"): ", rest)) {
        owner = &question;
        break;
      }
    }
    if (owner) sorted[owner->id].push_back(rest);
    else sorted[""].push_back(problem);
  }
  return sorted;
}

}  // namespace peiling::web
