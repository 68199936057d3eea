// A cheap pass over JSON text before Boost.PropertyTree parses it. The parser recurses once
// per level of nesting, so about 87,000 levels (a 175 KB file) overflow the stack; and it
// passes overlong forms and surrogates through as if they were UTF-8. The pass refuses both,
// with the byte where the problem starts, so the message can name line and column.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/messages.h"

namespace peiling {

// Deeper than this, a definition or mapping file is refused (the bundled ones use 4).
constexpr int kMaxJsonNesting = 64;

struct JsonTextProblem {
  std::size_t offset;   // byte offset into the text
  std::string problem;  // e.g. "nested deeper than 64 levels", in the language asked for
};

// The first problem found: text that is not UTF-8, or an array or object opened deeper
// than kMaxJsonNesting (brackets inside strings do not count). nullopt when neither.
std::optional<JsonTextProblem> prescan_json(std::string_view text, Language language = user_language());

}  // namespace peiling
