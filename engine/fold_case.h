// Matching what people type against ids and labels without caring about case or stray
// spaces: "Leerkrachten ", "LEERKRACHTEN" and "leerkrachten" are one group. Unicode case
// folding (utf8proc), so "KENNISCOÖRDINATOR" matches "kenniscoördinator".
#pragma once

#include <string>
#include <string_view>

namespace peiling {

// `text` trimmed and case-folded; text that is not UTF-8 is only trimmed.
std::string fold_case(std::string_view text);

}  // namespace peiling
