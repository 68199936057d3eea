// Variable names valid in SPSS and Stata alike; see export_names.h.
#include "reports/export_names.h"

#include <algorithm>
#include <array>

namespace peiling {

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_char(char c) { return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_'; }

std::string lower(std::string_view text) {
  std::string folded(text);
  for (char& c : folded)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return folded;
}

// SPSS's reserved keywords and Stata's reserved names (its str# types included).
bool reserved(std::string_view name) {
  static constexpr std::array<std::string_view, 24> kWords{
      "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with",  // SPSS
      "byte", "double", "float", "if", "in", "int", "long", "using", "strl", "_all", "_n"};  // Stata
  const std::string folded = lower(name);
  if (std::find(kWords.begin(), kWords.end(), folded) != kWords.end()) return true;
  return folded.size() > 3 && folded.rfind("str", 0) == 0 &&
         std::all_of(folded.begin() + 3, folded.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string with_suffix(const std::string& base, int number) {
  const std::string suffix = "_" + std::to_string(number);
  return base.substr(0, std::min(base.size(), kMaxNameBytes - suffix.size())) + suffix;
}

}  // namespace

std::string VariableNames::unique(std::string_view wish) {
  std::string name;
  for (char c : wish) name += is_name_char(c) ? c : '_';
  if (name.empty() || !is_ascii_letter(name[0])) name = "v" + name;
  if (name.size() > kMaxNameBytes) name.resize(kMaxNameBytes);
  if (reserved(name)) name = name.substr(0, kMaxNameBytes - 1) + "_";
  std::string candidate = name;
  for (int number = 2; given_.count(lower(candidate)) || reserved(candidate); ++number)
    candidate = with_suffix(name, number);
  given_.insert(lower(candidate));
  return candidate;
}

std::string VariableNames::clear_of_segments(const std::string& name) {
  std::string longer = name;
  while (longer.size() < 7 || given_.count(lower(longer))) longer += '_';
  given_.insert(lower(longer));
  return longer;
}

bool clashes_with_spss_segments(std::string_view name, std::string_view long_string) {
  const std::string short_name = lower(name.substr(0, std::min<std::size_t>(name.size(), 8)));
  const std::string stem = lower(long_string.substr(0, std::min<std::size_t>(long_string.size(), 5)));
  const char last = short_name.empty() ? '_' : short_name.back();
  return short_name.size() == stem.size() + 1 && short_name.rfind(stem, 0) == 0 && last != '_';
}

bool valid_variable_name(std::string_view name) {
  return !name.empty() && name.size() <= kMaxNameBytes && is_ascii_letter(name[0]) &&
         std::all_of(name.begin(), name.end(), is_name_char) && !reserved(name);
}

}  // namespace peiling
