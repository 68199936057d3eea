// The pages of the workbench as HTML, built from plain values (no HTTP here): every text
// from a definition, a file or the user is escaped in these functions. Forms carry the
// CSRF token given in `csrf`; every page works without JavaScript.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/questionnaire.h"
#include "engine/store.h"

namespace peiling::web {

// One survey as the list shows it.
struct SurveyListing {
  SurveyRecord record;
  Questionnaire questionnaire;
};

struct BundledDefinition {
  std::string id;     // the file name without .json
  std::string title;
};

struct SurveysView {
  std::vector<SurveyListing> surveys;
  std::vector<BundledDefinition> bundled;
  std::string csrf;
  std::string notice;  // a line of feedback after an action (plain text), or ""
  std::string error;   // the validator's or store's message (plain text), or ""
};

std::string surveys_page(const SurveysView& view);

// Step two of creating a survey: the checked definition travels in a hidden field, the
// user gives the survey a name and the invited number per group.
struct CreateView {
  std::string definition_text;
  std::string source_name;
  Questionnaire questionnaire;
  std::string csrf;
  std::string error;
};
std::string create_page(const CreateView& view);

std::string delete_confirmation_page(const SurveyListing& survey, const std::string& csrf);

// The live counts for the list's script: for each survey, its id, the responses per group
// in the list's order and the total, as JSON of numbers only.
std::string counts_json(const std::vector<SurveyRecord>& surveys);

// Any message, in the workbench's chrome (title and text escaped here).
std::string workbench_message_page(const std::string& title, const std::string& message);

// The shell of every workbench page: navigation, heading, then `body` (already escaped).
std::string workbench_page(const std::string& title, const std::string& body);

// Small shared pieces.
std::string csrf_field(const std::string& csrf);
std::string error_box(const std::string& message);  // "" for an empty message
std::string survey_title(const SurveyListing& survey);

}  // namespace peiling::web
