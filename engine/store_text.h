// Small text helpers shared by the store's files (store.cpp, store_codings.cpp): the time
// stamps the store writes and the lists in its messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace peiling {

// Now, as UTC ISO 8601: 2024-03-01T09:30:00Z.
std::string utc_now();

// The parts with `separator` between them: join({"a", "b"}, ", ") is "a, b".
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace peiling
