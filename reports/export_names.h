// Variable names for the labelled exports (SPSS .sav, Stata .dta, R), derived from the
// definition's ids: `fasen_f1` for a rank item, `taak_code` for the code of an open answer.
// One set of names serves every format, so a syntax file written for the .sav also reads
// the .dta: ASCII letters, digits and '_', a letter first, at most kMaxNameBytes, no word
// SPSS or Stata reserves, and unique regardless of case (SPSS ignores case).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace peiling {

// Stata's limit (32); SPSS allows 64, so a name valid here is valid in both.
inline constexpr std::size_t kMaxNameBytes = 32;

class VariableNames {
 public:
  // A valid, not yet given name made from `wish` (any text; ids hold a-z 0-9 _ -): other
  // characters become '_', a non-letter start gets a 'v' before it, a reserved word a '_'
  // after it, and a name already given (in any case) a suffix _2, _3, ... within the limit.
  std::string unique(std::string_view wish);
  // `name` (given before) made 7 bytes or longer with '_', so it is no segment's name.
  std::string clear_of_segments(const std::string& name);

 private:
  std::unordered_set<std::string> given_;  // lower case
};

// SPSS keeps a string longer than 255 bytes as several segments, and ReadStat names the
// extra segments after the variable's short name (its first 8 bytes, upper case): the
// first 5 bytes and one more character, 0-9 or A-Z ("UITLE1" ... "UITLEZ" for `uitleg`).
// A variable whose short name equals one of those (`uitleg` itself: "UITLEG") makes a
// file that ReadStat's reader (so R's haven) refuses. Whether `name` is such a name for
// the long string `long_string`:
bool clashes_with_spss_segments(std::string_view name, std::string_view long_string);

// Whether `name` follows the rules above (tests and the writers' own check).
bool valid_variable_name(std::string_view name);

}  // namespace peiling
