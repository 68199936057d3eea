// The paired tests; see paired_tests.h.
#include "analysis/paired_tests.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace peiling {

namespace {

// Mid-ranks of |d|, doubled so they are whole numbers (a tie of ranks 2 and 3 is 5).
std::vector<int> doubled_mid_ranks(std::vector<double> magnitudes) {
  std::vector<std::size_t> order(magnitudes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return magnitudes[a] < magnitudes[b]; });
  std::vector<int> ranks(magnitudes.size());
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first;
    while (last + 1 < order.size() && magnitudes[order[last + 1]] == magnitudes[order[first]]) ++last;
    const int doubled = static_cast<int>(first + 1 + last + 1);  // (first+1 + last+1) / 2, doubled
    for (std::size_t i = first; i <= last; ++i) ranks[order[i]] = doubled;
    first = last + 1;
  }
  return ranks;
}

// How many of the 2^n sign assignments give each doubled rank sum: a subset-sum count.
std::vector<double> sign_assignments_by_sum(const std::vector<int>& doubled_ranks) {
  int total = 0;
  for (int rank : doubled_ranks) total += rank;
  std::vector<double> ways(static_cast<std::size_t>(total) + 1, 0);
  ways[0] = 1;
  int reached = 0;
  for (int rank : doubled_ranks) {
    for (int sum = reached; sum >= 0; --sum) ways[static_cast<std::size_t>(sum + rank)] += ways[static_cast<std::size_t>(sum)];
    reached += rank;
  }
  return ways;
}

}  // namespace

SignedRank wilcoxon_signed_rank(const std::vector<double>& differences) {
  std::vector<double> magnitudes, signs;
  for (double d : differences)
    if (d != 0) {
      magnitudes.push_back(std::abs(d));
      signs.push_back(d > 0 ? 1 : -1);
    }
  SignedRank result;
  result.pairs = static_cast<int>(magnitudes.size());
  if (magnitudes.empty()) return result;
  const std::vector<int> ranks = doubled_mid_ranks(magnitudes);
  int observed = 0;
  for (std::size_t i = 0; i < ranks.size(); ++i)
    if (signs[i] > 0) observed += ranks[i];
  result.v = observed / 2.0;
  const std::vector<double> ways = sign_assignments_by_sum(ranks);
  double all = 0, at_most = 0, at_least = 0;
  for (std::size_t sum = 0; sum < ways.size(); ++sum) {
    all += ways[sum];
    if (static_cast<int>(sum) <= observed) at_most += ways[sum];
    if (static_cast<int>(sum) >= observed) at_least += ways[sum];
  }
  result.p.value = std::min(1.0, 2 * std::min(at_most, at_least) / all);
  result.p.method = PMethod::exact;
  result.p.samples = static_cast<long>(std::min(all, 9e18));
  return result;
}

McNemar mcnemar(int chose_before_only, int chose_after_only) {
  McNemar result{chose_before_only, chose_after_only, 0, {}};
  const int discordant = chose_before_only + chose_after_only;
  if (discordant == 0) return result;
  const double excess = std::abs(chose_before_only - chose_after_only) - 1.0;
  result.statistic = excess * excess / discordant;
  result.p.value = std::erfc(std::sqrt(result.statistic / 2));  // chi-square, 1 df, upper tail
  result.p.method = PMethod::asymptotic;
  return result;
}

}  // namespace peiling
