// Conditional questions; see show_if.h.
#include "engine/show_if.h"
#include "base/messages.h"

#include <algorithm>

#include "engine/text.h"

namespace peiling {

namespace {

bool listed(const ShowIf& condition, std::string_view option) {
  return std::find(condition.is.begin(), condition.is.end(), option) != condition.is.end();
}

// Whether the answers pick one of the condition's options: a choice's value, or a ticked
// option of a multi (its item, with a value).
bool picks_listed_option(const Question& source, const ShowIf& condition, const std::vector<Answer>& answers) {
  return std::any_of(answers.begin(), answers.end(), [&](const Answer& answer) {
    if (answer.question != source.id || trim(answer.value).empty()) return false;
    return source.kind().layout == AnswerLayout::ticked_options ? listed(condition, answer.item)
                                                                : listed(condition, trim(answer.value));
  });
}

std::string option_labels(const Question& source, const ShowIf& condition, Language language) {
  std::string words;
  for (std::size_t i = 0; i < condition.is.size(); ++i) {
    const Item* option = source.find_item(condition.is[i]);
    const std::string label = option ? option->label : condition.is[i];
    if (i == 0) words = label;
    else if (i + 1 < condition.is.size()) words += ", " + label;
    else words = text_in(language, Msg::show_if_or, words, label);
  }
  return words;
}

}  // namespace

bool is_shown(const Questionnaire& questionnaire, const Question& question, const std::vector<Answer>& answers) {
  const Question* current = &question;
  while (current->show_if) {  // each step goes to an earlier question, so this ends
    const Question* source = questionnaire.find_question(current->show_if->question);
    if (source == nullptr || !picks_listed_option(*source, *current->show_if, answers)) return false;
    current = source;
  }
  return true;
}

std::string show_if_clause(const Questionnaire& questionnaire, const Question& question, Language language) {
  if (!question.show_if) return "";
  const Question* source = questionnaire.find_question(question.show_if->question);
  if (source == nullptr) return "";
  const std::string options = option_labels(*source, *question.show_if, language);
  return text_in(language, Msg::show_if_clause, "\"" + source->text + "\"", options);
}

std::string show_if_note(const Questionnaire& questionnaire, const Question& question, Language language) {
  const std::string clause = show_if_clause(questionnaire, question, language);
  if (clause.empty()) return "";
  return text_in(language, Msg::show_if_note, clause);
}

}  // namespace peiling
