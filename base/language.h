// The languages peiling speaks to people in. Dutch is the default everywhere.
#pragma once

#include <optional>
#include <string_view>

namespace peiling {

enum class Language { nl, en };

std::optional<Language> language_from_string(std::string_view text);

// Picks the Dutch or the English text, so catalogues read as pairs.
inline std::string_view pick(Language language, std::string_view dutch, std::string_view english) {
  return language == Language::nl ? dutch : english;
}

}  // namespace peiling
