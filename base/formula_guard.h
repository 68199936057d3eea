// The one rule that keeps a respondent's answer from running as a spreadsheet formula,
// and undoes it on import, so export -> import gives every answer back unchanged.
//
//   starts like a formula: the first character is = + - @ tab CR or LF, or a compatibility
//            form of = + - @ (full-width ＝ ＋ － ＠, small ﹦ ﹢ ﹣ ﹫, which spreadsheets with an
//            East Asian input method take for the ASCII ones), possibly after spaces (also
//            no-break and full-width ones), which a spreadsheet may skip.
//   guard:   a value that starts like a formula, or that starts with ' followed by such a
//            start or by another ', gets one leading ' (spreadsheets show it as text).
//   unguard: a value starting with ' followed by such a start or by ' loses that one '.
//
// unguard(guard(x)) == x for every x, and a hand-typed "'s avonds" is left alone. CSV
// writers (escape_csv) guard; the CSV imports unguard. xlsx cells are written as strings,
// never as formulas, so they need no guard.
#pragma once

#include <string>
#include <string_view>

namespace peiling {

bool starts_formula(std::string_view value);

bool needs_formula_guard(std::string_view value);

std::string guard_formula(std::string_view value);

// True when `value` carries a guard; the value without it is value.substr(1).
bool has_formula_guard(std::string_view value);

}  // namespace peiling
