// Rounding and formatting as a person does it by hand; see hand_arithmetic.h.
#include "analysis/hand_arithmetic.h"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace peiling {

namespace {

std::int64_t power_of_ten(int exponent) {
  std::int64_t result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

}  // namespace

// Writes units of 10^-decimals as "123,4" / "123.4" (or "-0,5").
std::string format_units(std::int64_t units, int decimals, Language language) {
  const bool negative = units < 0;
  const std::int64_t magnitude = negative ? -units : units;
  const std::int64_t scale = power_of_ten(decimals);
  std::string text = std::to_string(magnitude / scale);
  if (decimals > 0) {
    std::string fraction = std::to_string(magnitude % scale);
    fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
    text += (language == Language::nl ? ',' : '.') + fraction;
  }
  return negative ? "-" + text : text;
}

std::int64_t rounded_fraction(std::int64_t numerator, std::int64_t denominator, int decimals) {
  if (denominator == 0) throw std::invalid_argument("rounded_fraction: denominator is 0");
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const bool negative = numerator < 0;
  const std::int64_t scaled = std::llabs(numerator) * power_of_ten(decimals);
  // floor(scaled / denominator + 1/2) on the magnitude: half away from zero, exactly.
  const std::int64_t rounded = (2 * scaled + denominator) / (2 * denominator);
  return negative ? -rounded : rounded;
}

std::string format_fraction(std::int64_t numerator, std::int64_t denominator, int decimals, Language language) {
  return format_units(rounded_fraction(numerator, denominator, decimals), decimals, language);
}

int whole_percent(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return 0;
  return static_cast<int>(rounded_fraction(part * 100, whole, 0));
}

std::int64_t rounded_decimal(double value, int decimals) {
  // Values here come from sums of typed numbers; nudge by a relative epsilon so that a
  // decimal tie stored as 2.4999999 rounds the way the typed digits say.
  const double scaled = value * static_cast<double>(power_of_ten(decimals));
  const double nudged = scaled + std::copysign(std::abs(scaled) * 1e-12, scaled);
  return static_cast<std::int64_t>(std::copysign(std::floor(std::abs(nudged) + 0.5), nudged));
}

std::string format_decimal(double value, int decimals, Language language) {
  return format_units(rounded_decimal(value, decimals), decimals, language);
}

}  // namespace peiling
