// Conditional questions: whether a question with a show_if condition is asked, given the
// other answers of the same response, and the condition in words for the paper form, the
// web form and messages ("Alleen invullen als je bij "Hoe vaak ...?" koos voor Nooit.").
// The loader guarantees the condition looks at an earlier choice or multi question that is
// asked to every group the question is asked to, so conditions never form a cycle.
#pragma once

#include <string>
#include <vector>

#include "base/language.h"
#include "engine/questionnaire.h"
#include "engine/response.h"

namespace peiling {

// Whether the question is asked: it has no condition, or the answer its condition looks at
// is one of the listed options and that question is asked itself (conditions chain).
bool is_shown(const Questionnaire& questionnaire, const Question& question, const std::vector<Answer>& answers);

// The condition as a clause: `je bij "Hoe vaak ...?" koos voor Nooit of Soms` /
// `you chose Nooit or Soms at "How often ...?"`. "" without a condition.
std::string show_if_clause(const Questionnaire& questionnaire, const Question& question, Language language);

// The note a form prints with the question: "Alleen invullen als <clause>." / "Only answer
// this if <clause>.". "" without a condition.
std::string show_if_note(const Questionnaire& questionnaire, const Question& question, Language language);

}  // namespace peiling
