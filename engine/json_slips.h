// The usual slips in hand-written JSON, found all at once with where each is, so a message
// can say what to change rather than only the parser's "expected value": curly quotes
// from a word processor, single quotes, a comma after the last element, a missing comma
// between two elements, a key without quotes. Run only after the parser has refused the
// text (and after prescan_json, so nesting is bounded); it reads on past each slip as if it
// had been fixed, and stops at the first problem that is not one of these.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/messages.h"

namespace peiling {

struct JsonSlip {
  std::size_t offset;   // byte offset of where the fix goes
  std::string problem;  // e.g. "a comma after the last element; remove it", in the language asked for
};

struct JsonSlips {
  std::vector<JsonSlip> slips;  // in text order; empty when the text has none of them
  // Where reading stopped at a problem that is not a slip (or at a slip it could not read
  // past), for the column of the parser's own message; npos when it read to the end.
  std::size_t stop = std::string_view::npos;
};

JsonSlips find_json_slips(std::string_view text, Language language = user_language());

}  // namespace peiling
