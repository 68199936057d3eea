// The checks on a questionnaire that look across nodes: ids unique, enough items, options
// and scale labels, limits consistent, and every group, coding frame and code reference
// resolved. The definition reader has already checked each node's own shape and values.
#pragma once

#include <vector>

#include "engine/definition_reader.h"
#include "engine/questionnaire.h"

namespace peiling {

// What the reader read without a problem. The checks across nodes skip the rest, so a
// problem is reported once, where it is, and not again as, say, a group that is unknown
// because the groups list could not be read.
struct ReadCompleteness {
  bool groups = true;             // every group
  bool coding_frames = true;      // every coding frame and code
  bool question_list = true;      // `questions` is a list
  std::vector<bool> questions;    // per question
};

// Reports every problem to `tree`'s problem list (JsonTree::report), with the path of the
// offending node and where it is in the file the questionnaire was read from.
void check_definition(const Questionnaire& questionnaire, const JsonTree& tree, const ReadCompleteness& complete);

}  // namespace peiling
