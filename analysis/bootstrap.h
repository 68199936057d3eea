// Percentile bootstrap 95% intervals: of a group's mean score, and of the difference
// between two groups' means. A resample of a tally is drawn value by value from the
// multinomial distribution (a chain of binomial draws), which is exactly a resample of
// the respondents but costs one draw per distinct value, not per respondent. Every call
// starts from the given seed, so an interval in the report can be reproduced on its own.
// From kNormalIntervalSize respondents on (in each group) the bootstrap and the normal
// interval mean +- 1.96 standard errors agree closely, and the normal one costs nothing.
#pragma once

#include <cstdint>

#include "analysis/statistics_types.h"

namespace peiling {

constexpr int kNormalIntervalSize = 1000;

struct Interval {
  double low = 0;
  double high = 0;
};

// The interval of tally_mean(sample); {mean, mean} for fewer than two values.
Interval bootstrap_mean_interval(const ValueTally& sample, int resamples, std::uint64_t seed);

// The interval of tally_mean(first) - tally_mean(second), each group resampled on its own.
Interval bootstrap_difference_interval(const ValueTally& first, const ValueTally& second, int resamples,
                                       std::uint64_t seed);

}  // namespace peiling
