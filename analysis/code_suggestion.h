// The code the coding session proposes for an open answer: the frame's code whose
// keywords occur most often in the answer, matched without regard to case or accents.
#pragma once

#include <string>

#include "engine/questionnaire.h"

namespace peiling {

// The suggested code, or null when no keyword of any code occurs in `answer`. More
// distinct keywords found wins; on a tie, the longer keywords found (the more specific
// match), then the earlier code in the frame.
const Code* suggest_code(const CodingFrame& frame, const std::string& answer);

}  // namespace peiling
