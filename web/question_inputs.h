// The inputs of one question on the form, per question type, with the entered values
// filled back in.
#pragma once

#include <string>

#include "engine/questionnaire.h"
#include "web/form_fields.h"

namespace peiling::web {

struct QuestionContext {
  const Question& question;
  const FormFields& values;
  std::string error_id;  // id of the question's error message, or "" when it has none
};

std::string question_inputs(const QuestionContext& context);

}  // namespace peiling::web
