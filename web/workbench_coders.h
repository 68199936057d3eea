// What the workbench's pages for a second coder share (internal to web/): the pair of coders
// a comparison is about (chosen on the page, by default the survey's first two), the
// codes of a decision as a person reads them, and the several values of one posted field.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <string>
#include <vector>

#include "engine/questionnaire.h"
#include "engine/store.h"

#include "web/workbench_state.h"

namespace peiling::web {

// The agreement page and the resolve page (added with the coding page's routes).
void add_workbench_agreement_routes(WorkbenchServer::State& state);
void add_workbench_resolve_routes(WorkbenchServer::State& state);

struct CoderPair {
  std::string first, second;
};

// The pair in the request (`a`, `b`), else the survey's first two coders; nothing when the
// survey has fewer than two. StoreError when a named coder did not code in the survey.
std::optional<CoderPair> chosen_coders(Store& store, std::int64_t survey_id, const httplib::Request& request);

// "?a=ben&b=codeur%202" for links between the comparison pages.
std::string coder_pair_query(const CoderPair& pair);

// The form that chooses two of `coders` (GET to `action`), the pair preselected.
std::string coder_pair_form(const std::string& action, const std::vector<std::string>& coders, const CoderPair& pair);

// A coder's value ("f3+f4", kUnplaceable, "" when not coded) as labels, escaped for HTML.
std::string codes_html(const std::string& value, const CodingFrame& frame);

// Every value of a field posted urlencoded or multipart (checkboxes sharing a name).
std::vector<std::string> posted_values(const httplib::Request& request, const std::string& name);

// "83% (5 van 6)" and a statistic with three decimals, or "niet te berekenen".
std::string share_text(int part, int whole);
std::string statistic_text(const std::optional<double>& value);

}  // namespace peiling::web
