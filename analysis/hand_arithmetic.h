// Numbers the way a person computing by hand writes them: means rounded half away from
// zero from the exact fraction sum/n (1,25 -> 1,3, never the binary-float 1,2), whole
// percentages (8 of 15 = 53%), and a decimal comma in Dutch.
#pragma once

#include <cstdint>
#include <string>

#include "base/language.h"

namespace peiling {

// numerator/denominator rounded half away from zero to `decimals` places, as an integer
// count of 10^-decimals units: rounded_fraction(5, 4, 1) == 13 (1,25 -> 1,3).
std::int64_t rounded_fraction(std::int64_t numerator, std::int64_t denominator, int decimals);

// numerator/denominator with `decimals` places, e.g. format_fraction(10, 3, 1, nl) == "3,3".
std::string format_fraction(std::int64_t numerator, std::int64_t denominator, int decimals, Language language);

// A whole percentage: percent(8, 15) == 53, percent(3, 4) == 75. 0 when whole is 0.
int whole_percent(std::int64_t part, std::int64_t whole);

// A floating value (number-question means, medians) with `decimals` places, rounded half
// away from zero, with the language's decimal separator.
std::string format_decimal(double value, int decimals, Language language);

// The same rounding as a count of 10^-decimals units: rounded_decimal(2.25, 1) == 23.
std::int64_t rounded_decimal(double value, int decimals);

// Units of 10^-decimals written out: format_units(167, 1, nl) == "16,7".
std::string format_units(std::int64_t units, int decimals, Language language);

}  // namespace peiling
