// `code resolve` as a dialogue: walks through the answers the coders disagree on that have
// no agreed code yet, shows each coder's code, and records the code(s) agreed on. Reads
// commands line by line from any istream, so tests drive it directly.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "engine/store.h"

namespace peiling {

struct ResolveSummary {
  int resolved = 0;
  int skipped = 0;
  int open = 0;  // disagreements still without an agreed code at the end
};

// Commands, one per line: a letter a, b, c... = take that coder's code(s), a number (or
// several for a `multiple` frame) = that code of the frame, n = niet te plaatsen,
// m TEXT = memo, s = skip, q (or end of input) = stop, ? = help.
ResolveSummary run_resolve_session(Store& store, std::int64_t survey_id, const std::vector<std::string>& coders,
                                   std::istream& in, std::ostream& out);

}  // namespace peiling
