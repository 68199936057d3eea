// The interactive coding session (`peiling code --survey ID --coder NAME`): walks one
// coder through the open answers they have not coded yet, shows each with its group,
// question and the frame's codes with a keyword suggestion, and stores every decision at
// once, so quitting at any moment loses nothing. Reads commands line by line from any
// istream, so tests drive it directly and through a pipe.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>

#include "engine/store.h"

namespace peiling {

struct CodingSessionSummary {
  int decisions = 0;  // decisions stored in this session (undone ones not subtracted)
  int undone = 0;
  int skipped = 0;
  int remaining = 0;   // answers left uncoded by this coder when the session ended
};

// Commands, one per line: Enter = accept the suggestion, a number (or several, when the
// frame allows it: "2 4") = that code, n = niet te plaatsen, s = skip, m TEXT = memo for
// this answer, u = undo the coder's last decision, q (or end of input) = stop, ? = help.
CodingSessionSummary run_coding_session(Store& store, std::int64_t survey_id, const std::string& coder,
                                        std::istream& in, std::ostream& out);

}  // namespace peiling
