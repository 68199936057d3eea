// Hypergeometric draws; see hypergeometric.h. The method and its constants follow
// Stadlober (1989, 1990), "Ratio of uniforms as a convenient method for sampling from
// classical discrete distributions", with Ivan Frohne's correction, as in numpy's
// random_hypergeometric_hrua; below 10 draws numpy's direct simulation is faster.
#include "analysis/hypergeometric.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace peiling {

namespace {

constexpr std::size_t kTableSize = 126;

const std::array<double, kTableSize>& log_factorial_table() {
  static const std::array<double, kTableSize> table = [] {
    std::array<double, kTableSize> values{};
    for (std::size_t k = 0; k < kTableSize; ++k) values[k] = std::lgamma(static_cast<double>(k) + 1);
    return values;
  }();
  return table;
}

double uniform(std::mt19937_64& random) { return std::uniform_real_distribution<double>(0, 1)(random); }

// Draws one by one: for a sample (or its complement) of fewer than 10.
std::int64_t direct_draw(std::int64_t good, std::int64_t bad, std::int64_t sample, std::mt19937_64& random) {
  const std::int64_t total = good + bad;
  const bool complement = sample > total / 2;
  std::int64_t to_draw = complement ? total - sample : sample;
  std::int64_t left = total, good_left = good;
  while (to_draw > 0 && good_left > 0 && left > good_left) {
    if (std::uniform_int_distribution<std::int64_t>(0, left - 1)(random) < good_left) --good_left;
    --left;
    --to_draw;
  }
  if (left == good_left) good_left -= to_draw;  // only good ones were left
  return complement ? good_left : good - good_left;
}

// HRUA*: ratio of uniforms around the mode, with squeezes that skip most log evaluations.
std::int64_t ratio_of_uniforms(std::int64_t good, std::int64_t bad, std::int64_t sample, std::mt19937_64& random) {
  constexpr double d1 = 1.7155277699214135, d2 = 0.8989161620588988;
  const std::int64_t total = good + bad;
  const std::int64_t drawn = std::min(sample, total - sample);
  const std::int64_t fewer = std::min(good, bad), more = std::max(good, bad);
  const double p = static_cast<double>(fewer) / static_cast<double>(total), q = 1 - p;
  const double a = static_cast<double>(drawn) * p + 0.5;
  const double variance = static_cast<double>(total - drawn) * static_cast<double>(drawn) * p * q /
                          static_cast<double>(total - 1);
  const double c = std::sqrt(variance + 0.5);
  const double h = d1 * c + d2;
  const auto mode = static_cast<std::int64_t>(std::floor(static_cast<double>(drawn + 1) *
                                                         static_cast<double>(fewer + 1) /
                                                         static_cast<double>(total + 2)));
  const auto log_weight = [&](std::int64_t k) {
    return log_factorial(k) + log_factorial(fewer - k) + log_factorial(drawn - k) + log_factorial(more - drawn + k);
  };
  const double g = log_weight(mode);
  const double bound = std::min(static_cast<double>(std::min(drawn, fewer) + 1), std::floor(a + 16 * c));
  std::int64_t k = 0;
  while (true) {
    const double u = uniform(random), v = uniform(random);
    const double x = a + h * (v - 0.5) / u;
    if (x < 0 || x >= bound) continue;
    k = static_cast<std::int64_t>(std::floor(x));
    const double t = g - log_weight(k);
    if (u * (4 - u) - 3 <= t) break;  // quick accept
    if (u * (u - t) >= 1) continue;   // quick reject
    if (2 * std::log(u) <= t) break;
  }
  if (good > bad) k = drawn - k;
  if (drawn < sample) k = good - k;
  return k;
}

}  // namespace

double log_factorial(std::int64_t k) {
  if (k < static_cast<std::int64_t>(kTableSize)) return log_factorial_table()[static_cast<std::size_t>(k)];
  const double x = static_cast<double>(k);
  return (x + 0.5) * std::log(x) - x + 0.9189385332046728 + (1 / x) * (1 / 12.0 - 1 / (360.0 * x * x));
}

std::int64_t draw_hypergeometric(std::int64_t good, std::int64_t bad, std::int64_t sample, std::mt19937_64& random) {
  if (good == 0 || sample == 0) return 0;
  if (bad == 0) return sample;
  if (sample >= 10 && sample <= good + bad - 10) return ratio_of_uniforms(good, bad, sample, random);
  return direct_draw(good, bad, sample, random);
}

}  // namespace peiling
