// The respondent's pages: the survey intro with the group choice, one group's questions
// as an HTML form (entered values kept, a Dutch message at each wrong field), and the
// thank-you page.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/questionnaire.h"
#include "web/form_fields.h"

namespace peiling::web {

struct FormState {
  FormFields values;  // as entered; empty when the form is shown for the first time
  std::map<std::string, std::vector<std::string>> problems;  // by question id; "" for the form as a whole
  std::string csrf;   // goes back with the form (double-submit check against the cookie)
  std::string nonce;  // identifies this filled-in form, so a resubmission is stored once
  std::string token;  // the one-time token in token mode, else ""
  std::string base = {};  // the path the form's links start with: "/u/klimop" for a unit's link, else ""
};

// A path segment with everything but unreserved characters percent-encoded.
std::string url_component(const std::string& text);

// `base`: "/u/klimop" on a unit's link (issue 18), else "".
std::string group_choice_page(const Questionnaire& questionnaire, const std::string& base = "");
std::string form_page(const Questionnaire& questionnaire, const RespondentGroup& group, const FormState& state);
std::string thanks_page(const Questionnaire& questionnaire);

}  // namespace peiling::web
