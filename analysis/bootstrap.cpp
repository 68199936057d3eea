// Bootstrap intervals by multinomial resampling of tallies; see bootstrap.h.
#include "analysis/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace peiling {

namespace {

// The mean of one bootstrap resample: n draws with replacement, as binomial counts per value.
double resampled_mean(const ValueTally& sample, int size, std::mt19937_64& random) {
  int left = size, remaining_weight = size;
  double sum = 0;
  for (const auto& [value, count] : sample) {
    if (left == 0) break;
    const int drawn = count == remaining_weight
                          ? left
                          : std::binomial_distribution<int>(left, static_cast<double>(count) / remaining_weight)(random);
    sum += value * drawn;
    left -= drawn;
    remaining_weight -= count;
  }
  return sum / size;
}

// The 2.5% and 97.5% points of sorted resample statistics.
Interval percentile_interval(std::vector<double> statistics) {
  std::sort(statistics.begin(), statistics.end());
  const auto at = [&](double fraction) {
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(statistics.size() - 1) + 0.5);
    return statistics[std::min(index, statistics.size() - 1)];
  };
  return {at(0.025), at(0.975)};
}

// The squared standard error of the mean: sample variance (n - 1) / n.
double squared_standard_error(const ValueTally& sample) {
  const int size = tally_size(sample);
  const double mean = tally_mean(sample);
  double squares = 0;
  for (const auto& [value, count] : sample) squares += (value - mean) * (value - mean) * count;
  return squares / (size - 1) / size;
}

Interval normal_interval(double estimate, double squared_error) {
  const double margin = 1.959963984540054 * std::sqrt(squared_error);
  return {estimate - margin, estimate + margin};
}

}  // namespace

Interval bootstrap_mean_interval(const ValueTally& sample, int resamples, std::uint64_t seed) {
  const int size = tally_size(sample);
  const double mean = tally_mean(sample);
  if (size < 2 || resamples < 1) return {mean, mean};
  if (size >= kNormalIntervalSize) return normal_interval(mean, squared_standard_error(sample));
  std::mt19937_64 random(seed);
  std::vector<double> means(static_cast<std::size_t>(resamples));
  for (double& resample : means) resample = resampled_mean(sample, size, random);
  return percentile_interval(std::move(means));
}

Interval bootstrap_difference_interval(const ValueTally& first, const ValueTally& second, int resamples,
                                       std::uint64_t seed) {
  const int first_size = tally_size(first), second_size = tally_size(second);
  const double difference = tally_mean(first) - tally_mean(second);
  if (first_size < 1 || second_size < 1 || resamples < 1) return {difference, difference};
  if (first_size >= kNormalIntervalSize && second_size >= kNormalIntervalSize)
    return normal_interval(difference, squared_standard_error(first) + squared_standard_error(second));
  std::mt19937_64 random(seed);
  std::vector<double> differences(static_cast<std::size_t>(resamples));
  for (double& resample : differences)
    resample = resampled_mean(first, first_size, random) - resampled_mean(second, second_size, random);
  return percentile_interval(std::move(differences));
}

}  // namespace peiling
