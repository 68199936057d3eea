// The one rule that keeps a respondent's answer from running as a spreadsheet formula,
// and undoes it on import, so export -> import gives every answer back unchanged.
//
//   guard:   a value starting with = + - @ tab or CR, or with ' followed by one of those or
//            by another ', gets one leading ' (spreadsheets show it as text).
//   unguard: a value starting with ' followed by = + - @ tab CR or ' loses that one '.
//
// unguard(guard(x)) == x for every x, and a hand-typed "'s avonds" is left alone. CSV
// writers (escape_csv) guard; the CSV import unguards. xlsx cells are written as strings,
// never as formulas, so they need no guard.
#pragma once

#include <string>
#include <string_view>

namespace peiling {

inline bool starts_formula(char c) { return std::string_view("=+-@\t\r").find(c) != std::string_view::npos; }

inline bool needs_formula_guard(std::string_view value) {
  if (value.empty()) return false;
  if (starts_formula(value[0])) return true;
  return value[0] == '\'' && value.size() > 1 && (starts_formula(value[1]) || value[1] == '\'');
}

inline std::string guard_formula(std::string_view value) {
  return needs_formula_guard(value) ? "'" + std::string(value) : std::string(value);
}

// True when `value` carries a guard; the value without it is value.substr(1).
inline bool has_formula_guard(std::string_view value) {
  return value.size() > 1 && value[0] == '\'' && (starts_formula(value[1]) || value[1] == '\'');
}

}  // namespace peiling
