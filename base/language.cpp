// Parsing of the --lang option.
#include "base/language.h"

namespace peiling {

std::optional<Language> language_from_string(std::string_view text) {
  if (text == "nl") return Language::nl;
  if (text == "en") return Language::en;
  return std::nullopt;
}

}  // namespace peiling
