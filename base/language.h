// The languages peiling speaks to people in. Dutch is the default everywhere.
#pragma once

#include <optional>
#include <string_view>

namespace peiling {

enum class Language { nl, en };

std::optional<Language> language_from_string(std::string_view text);

// The language's code as --lang and HTML's lang attribute write it: "nl" or "en".
std::string_view language_code(Language language);

}  // namespace peiling
