// Synthetic responses for any questionnaire: valid random answers to every question a
// group is asked, from a fixed seed, so a test or a benchmark can fill a bundled
// questionnaire without writing its data by hand. Open answers vary from a few words to
// long paragraphs (some with a line break) and about half of them are coded, so reports
// get long schoenendoos lists; questions that are not required are sometimes left empty.
#pragma once

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "engine/questionnaire.h"
#include "engine/response.h"
#include "engine/store.h"

namespace peiling {

// How many responses each group hands in; a group not named gets `per_group`.
struct SyntheticPlan {
  int per_group = 12;
  std::map<std::string, int> group_counts;  // group id -> responses, e.g. {"leerkrachten", 47}
  std::uint32_t seed = 20261123;

  int responses_of(const std::string& group_id) const;
};

// One valid draft (validate_response accepts it) for a respondent of `group_id`.
ResponseDraft synthetic_response(const Questionnaire& questionnaire, const std::string& group_id,
                                 std::mt19937& random);

// The drafts of every group in the plan's numbers, group by group in definition order.
std::vector<ResponseDraft> synthetic_responses(const Questionnaire& questionnaire, const SyntheticPlan& plan);

// Stores the definition at `definition_path`, creates a survey labelled `label` (each
// group invited a few more than respond), adds the plan's responses through
// Store::add_responses and codes about half of the open answers that have a coding frame
// into a random code of it (coder "synthetisch"). Returns the survey id.
std::int64_t build_synthetic_survey(Store& store, const std::string& definition_path, const std::string& label,
                                    const SyntheticPlan& plan);

}  // namespace peiling
