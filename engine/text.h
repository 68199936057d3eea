// Trimming typed text the same way everywhere in the engine: validation and storage must
// agree on what counts as a blank (unanswered) value.
#pragma once

#include <string_view>

namespace peiling {

// `text` without leading and trailing spaces, tabs and line breaks.
inline std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace peiling
