// Entries kept in question order (a response's stored answers, its effective codes) have
// each question's entries together: the run of one question is found by walking to it,
// no search structure needed for the handful a response holds.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace peiling {

// The entries of `question` in `entries` (each with a `question` member), which stand
// together; empty when there are none.
template <typename Entry>
std::span<const Entry> run_of_question(const std::vector<Entry>& entries, std::string_view question) {
  std::size_t first = 0;
  while (first < entries.size() && entries[first].question != question) ++first;
  std::size_t end = first;
  while (end < entries.size() && entries[end].question == question) ++end;
  return std::span(entries).subspan(first, end - first);
}

}  // namespace peiling
