// The raw tallies of one question for every group at once, read from the store in one
// streaming pass per kind of tally. Their size is bounded by the definition (groups x
// items x values), never by the number of responses; summaries are computed from them.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "engine/questionnaire.h"
#include "engine/store.h"

namespace peiling {

struct QuestionCounts {
  // rank: "item\tnumber", choice: option id, multi: option id, likert: "position" ->
  // how many answers, per group.
  std::map<std::string, std::map<std::string, int>> keyed;
  // Respondents who gave any non-empty answer, per group.
  std::map<std::string, int> answering;
  // text: respondents whose answer has at least one coding, per group.
  std::map<std::string, int> coded;
  // number: how often each value was given, per group. For whole-number questions this is
  // bounded by the definition's min..max.
  std::map<std::string, std::map<double, int>> values;
};

QuestionCounts count_question(Store& store, std::int64_t survey_id, const Question& question);

// A per-group tally for one group, or summed over all groups when `group` is "".
int tally_for(const std::map<std::string, int>& per_group, const std::string& group);

}  // namespace peiling
