// Text folded for matching words the way a reader does: case and accents ignored, so
// "Coördinator" and "coordinator" are the same word. Used by the keyword suggestion of the
// coding session and the signal-word counts of the report.
#pragma once

#include <string>
#include <string_view>
#include <array>
#include <vector>

namespace peiling {

// Lower case (Unicode case folding) without diacritical marks. Text that is not valid
// UTF-8 is lower-cased byte by byte (ASCII only), so nothing is refused.
std::string fold_text(std::string_view text);
// The same into `out` (reusing its memory: a report folds every open answer).
void fold_text_into(std::string_view text, std::string& out);

// Whether `folded_word` (already folded) occurs in `folded_text` at the start of a word:
// "coach" occurs in "de ib'er als coach" and in "coachen", not in "autocoach".
bool contains_word(std::string_view folded_text, std::string_view folded_word);

// contains_word for many words at once, in one walk over the text: at each start of a word
// only the words that begin with its first byte are compared (a report checks every open
// answer for every signal word of the frame).
class WordStarts {
 public:
  explicit WordStarts(std::vector<std::string> folded_words);
  // found[w] is set when word w occurs in `folded_text` at the start of a word; the others
  // are left as they are.
  void find_in(std::string_view folded_text, std::vector<bool>& found) const;

 private:
  std::vector<std::string> words_;
  std::array<std::vector<std::size_t>, 256> by_first_byte_;
};

}  // namespace peiling
