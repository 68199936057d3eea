// The presenter's page for the beamer: a big QR code and the link, live counts per group
// against the invited numbers, the button that closes the survey, and the report once closed.
#pragma once

#include <string>
#include <string_view>

#include "engine/questionnaire.h"
#include "engine/store.h"

namespace peiling::web {

struct PresenterView {
  SurveyRecord survey;       // counts per group and the open/closed state
  Questionnaire questionnaire;  // for its title and the group labels
  std::string respondent_url;
  std::string csrf;          // for the close button
  std::string report_note;   // once closed: "" when the report is ready, else why it is not
};

std::string presenter_page(const PresenterView& view);

// "Weet u het zeker?": the step between the close button and closing, a form of its own so
// it works without JavaScript. It posts confirm=ja with the same CSRF field; "Nee" goes back.
std::string presenter_close_confirmation(const PresenterView& view);

// The live counts for the page's script: {"open":true,"responded":[3,1],"total":4}, the
// responses per group in the questionnaire's order (numbers only: nothing to escape).
std::string presenter_counts_json(const SurveyRecord& survey);

// The page's script (presenter_script.cpp), served as /static/presenter.js.
extern const std::string_view kPresenterScript;

}  // namespace peiling::web
