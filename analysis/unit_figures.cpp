// The figures of a survey that spans units; see unit_figures.h.
#include "analysis/unit_figures.h"

namespace peiling {

const UnitTally* UnitFigures::focus_tally() const {
  for (const UnitTally& unit : units)
    if (unit.unit == focus) return &unit;
  return nullptr;
}

std::vector<const Question*> scored_questions(const Questionnaire& questionnaire) {
  std::vector<const Question*> scored;
  for (const Question& question : questionnaire.questions)
    if (question.type == QuestionType::rank) scored.push_back(&question);
  return scored;
}

}  // namespace peiling
