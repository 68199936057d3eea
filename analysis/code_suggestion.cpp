// Keyword suggestion for the coding session; see code_suggestion.h.
#include "analysis/code_suggestion.h"

#include "analysis/text_fold.h"

namespace peiling {

const Code* suggest_code(const CodingFrame& frame, const std::string& answer) {
  const std::string text = fold_text(answer);
  const Code* best = nullptr;
  std::size_t best_hits = 0, best_length = 0;
  for (const Code& code : frame.codes) {
    std::size_t hits = 0, length = 0;
    for (const std::string& keyword : code.keywords) {
      const std::string word = fold_text(keyword);
      if (!contains_word(text, word)) continue;
      ++hits;
      length += word.size();
    }
    if (hits > best_hits || (hits > 0 && hits == best_hits && length > best_length)) {
      best = &code;
      best_hits = hits;
      best_length = length;
    }
  }
  return best;
}

}  // namespace peiling
