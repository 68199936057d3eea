// Bootstrap intervals by multinomial resampling of tallies; see bootstrap.h.
#include "analysis/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace peiling {

namespace {

// Small samples are resampled by drawing n values one by one; setting up a binomial
// distribution per value costs more than that below about this size.
constexpr int kDirectDrawSize = 64;

// The sample's values, each as often as it was given: what a direct draw picks from.
std::vector<double> flattened(const ValueTally& sample) {
  std::vector<double> values;
  for (const auto& [value, count] : sample) values.insert(values.end(), static_cast<std::size_t>(count), value);
  return values;
}

// The mean of one bootstrap resample: n draws with replacement, as binomial counts per value
// (large samples) or one by one from `values` (small samples, `values` not empty).
double resampled_mean(const ValueTally& sample, int size, const std::vector<double>& values, std::mt19937_64& random) {
  if (!values.empty()) {
    std::uniform_int_distribution<std::size_t> pick(0, values.size() - 1);
    double sum = 0;
    for (int draw = 0; draw < size; ++draw) sum += values[pick(random)];
    return sum / size;
  }
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

// The 2.5% and 97.5% points of the resample statistics in sorted order, each placed by
// nth_element: the same values a full sort would give, at a fraction of its cost.
Interval percentile_interval(std::vector<double> statistics) {
  const auto index_of = [&](double fraction) {
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(statistics.size() - 1) + 0.5);
    return std::min(index, statistics.size() - 1);
  };
  const std::size_t low = index_of(0.025), high = index_of(0.975);
  std::nth_element(statistics.begin(), statistics.begin() + static_cast<std::ptrdiff_t>(low), statistics.end());
  const double low_value = statistics[low];
  if (high > low)  // everything after `low` is >= it, so the high point is among those
    std::nth_element(statistics.begin() + static_cast<std::ptrdiff_t>(low) + 1,
                     statistics.begin() + static_cast<std::ptrdiff_t>(high), statistics.end());
  return {low_value, statistics[high]};
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
  const std::vector<double> values = size <= kDirectDrawSize ? flattened(sample) : std::vector<double>{};
  std::vector<double> means(static_cast<std::size_t>(resamples));
  for (double& resample : means) resample = resampled_mean(sample, size, values, random);
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
  const std::vector<double> first_values = first_size <= kDirectDrawSize ? flattened(first) : std::vector<double>{};
  const std::vector<double> second_values = second_size <= kDirectDrawSize ? flattened(second) : std::vector<double>{};
  std::vector<double> differences(static_cast<std::size_t>(resamples));
  for (double& resample : differences)
    resample = resampled_mean(first, first_size, first_values, random) -
               resampled_mean(second, second_size, second_values, random);
  return percentile_interval(std::move(differences));
}

}  // namespace peiling
