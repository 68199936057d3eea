// The checks on a questionnaire that look across nodes: ids unique, enough items, options
// and scale labels, limits consistent, and every group, coding frame and code reference
// resolved. The definition reader has already checked each node's own shape and values.
#pragma once

#include "engine/definition_reader.h"
#include "engine/questionnaire.h"

namespace peiling {

// Throws DefinitionError for the first problem, with the path of the offending node and
// its line in `tree`, the file the questionnaire was read from.
void check_definition(const Questionnaire& questionnaire, const JsonTree& tree);

}  // namespace peiling
