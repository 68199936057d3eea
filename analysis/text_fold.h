// Text folded for matching words the way a reader does: case and accents ignored, so
// "Coördinator" and "coordinator" are the same word. Used by the keyword suggestion of the
// coding session and the signal-word counts of the report.
#pragma once

#include <string>
#include <string_view>

namespace peiling {

// Lower case (Unicode case folding) without diacritical marks. Text that is not valid
// UTF-8 is lower-cased byte by byte (ASCII only), so nothing is refused.
std::string fold_text(std::string_view text);

// Whether `folded_word` (already folded) occurs in `folded_text` at the start of a word:
// "coach" occurs in "de ib'er als coach" and in "coachen", not in "autocoach".
bool contains_word(std::string_view folded_text, std::string_view folded_word);

}  // namespace peiling
