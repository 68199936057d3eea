// The --lang option's codes, read and written.
#include "base/language.h"

namespace peiling {

std::optional<Language> language_from_string(std::string_view text) {
  if (text == "nl") return Language::nl;
  if (text == "en") return Language::en;
  return std::nullopt;
}

std::string_view language_code(Language language) { return language == Language::nl ? "nl" : "en"; }

}  // namespace peiling
