// Kruskal-Wallis with its permutation p-value and the Mann-Whitney U; see
// group_comparison.h. The exact test walks the tables "how many of each value went to each
// group": far fewer than the arrangements of respondents, and each weighted by how many
// arrangements give it. Ranks are doubled so mid-ranks are whole numbers.
#include "analysis/group_comparison.h"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <cstdint>
#include <random>

#include "analysis/hypergeometric.h"
#include "analysis/tally_urn.h"

namespace peiling {

namespace {

// The values of all groups pooled: per distinct value its count per group and overall, and
// twice its mid-rank.
struct Pooled {
  std::vector<std::vector<int>> counts;  // [value][group]
  std::vector<int> totals;               // per value
  std::vector<std::int64_t> doubled_ranks;
  std::vector<int> sizes;                // per group
  int size = 0;
  double tie_term = 0;  // sum of t^3 - t over tied values
};

Pooled pool(const std::vector<ValueTally>& groups) {
  Pooled pooled;
  ValueTally all;
  for (const ValueTally& group : groups)
    for (const auto& [value, count] : group) all[value] += count;
  for (const ValueTally& group : groups) pooled.sizes.push_back(tally_size(group));
  std::int64_t below = 0;
  for (const auto& [value, total] : all) {
    std::vector<int> per_group;
    for (const ValueTally& group : groups) {
      const auto found = group.find(value);
      per_group.push_back(found == group.end() ? 0 : found->second);
    }
    pooled.counts.push_back(per_group);
    pooled.totals.push_back(total);
    pooled.doubled_ranks.push_back(2 * below + total + 1);
    below += total;
    const double t = total;
    pooled.tie_term += t * t * t - t;
  }
  pooled.size = static_cast<int>(below);
  return pooled;
}

// Sum over groups of (doubled rank sum)^2 / size: the part of H that varies between
// arrangements.
double between_term(const std::vector<std::int64_t>& doubled_sums, const std::vector<int>& sizes) {
  double term = 0;
  for (std::size_t g = 0; g < sizes.size(); ++g)
    term += static_cast<double>(doubled_sums[g]) * static_cast<double>(doubled_sums[g]) / sizes[g];
  return term;
}

bool at_least(double statistic, double observed) { return statistic >= observed * (1 - 1e-12); }

// The exact permutation p: every table with the observed value totals and group sizes,
// each with its probability under "the groups do not differ".
struct TableWalk {
  const Pooled& pooled;
  double observed;
  std::vector<int> capacity;
  std::vector<std::int64_t> sums;
  double log_constant = 0, hit = 0, total = 0;
  long tables = 0;

  TableWalk(const Pooled& p, double observed_term)
      : pooled(p), observed(observed_term), capacity(p.sizes), sums(p.sizes.size(), 0) {
    log_constant = -std::lgamma(pooled.size + 1.0);
    for (int size : pooled.sizes) log_constant += std::lgamma(size + 1.0);
  }

  void place(std::size_t value, std::size_t group, int count, int sign) {
    capacity[group] -= sign * count;
    sums[group] += sign * count * pooled.doubled_ranks[value];
  }

  void next_value(std::size_t value, double log_weight) {
    if (value == pooled.totals.size()) {
      const double probability = std::exp(log_weight + log_constant);
      ++tables;
      total += probability;
      if (at_least(between_term(sums, pooled.sizes), observed)) hit += probability;
      return;
    }
    split(value, 0, pooled.totals[value], log_weight + std::lgamma(pooled.totals[value] + 1.0));
  }

  // Spreads the `left` respondents with this value over groups group..G-1.
  void split(std::size_t value, std::size_t group, int left, double log_weight) {
    const bool last = group + 1 == pooled.sizes.size();
    for (int count = last ? left : 0; count <= std::min(left, capacity[group]); ++count) {
      place(value, group, count, 1);
      const double weight = log_weight - std::lgamma(count + 1.0);
      if (last) next_value(value + 1, weight);
      else split(value, group + 1, left - count, weight);
      place(value, group, count, -1);
    }
  }
};

// An upper bound on the tables TableWalk visits: the ways to split each value's count
// over the groups, ignoring the group sizes.
double table_bound(const Pooled& pooled) {
  const double groups = static_cast<double>(pooled.sizes.size());
  double bound = 1;
  for (int total : pooled.totals)
    bound *= std::exp(std::lgamma(total + groups) - std::lgamma(total + 1.0) - std::lgamma(groups));
  return bound;
}

PValue exact_p(const Pooled& pooled, double observed) {
  TableWalk walk(pooled, observed);
  walk.next_value(0, 0);
  PValue p;
  p.method = PMethod::exact;
  p.value = std::min(1.0, walk.hit / walk.total);
  p.samples = walk.tables;
  return p;
}

// What one random split costs, in the budget's unit (a respondent dealt from the urn),
// for each way of dealing: respondent by respondent costs the respondents of all groups
// but the largest, which takes what the others leave (3 directors against 10,000 teachers
// is 3 a draw); value by value costs a hypergeometric draw per value and group, about
// this many urn draws (bench/statistics_bench.cpp measures both).
constexpr long kHypergeometricCost = 8;

long respondent_dealing_cost(const Pooled& pooled) {
  return pooled.size - *std::max_element(pooled.sizes.begin(), pooled.sizes.end());
}

long value_dealing_cost(const Pooled& pooled) {
  return static_cast<long>((pooled.totals.size() - 1) * (pooled.sizes.size() - 1)) * kHypergeometricCost;
}

// Random splits of the pooled answers over the groups, each respondent dealt from an urn
// of the value tally.
PValue monte_carlo_by_respondent(const Pooled& pooled, double observed, const TestBudget& budget) {
  const std::size_t largest = static_cast<std::size_t>(
      std::max_element(pooled.sizes.begin(), pooled.sizes.end()) - pooled.sizes.begin());
  std::int64_t all = 0;
  for (std::size_t v = 0; v < pooled.totals.size(); ++v) all += pooled.totals[v] * pooled.doubled_ranks[v];
  TallyUrn urn(pooled.totals);
  std::vector<std::int64_t> sums(pooled.sizes.size());
  return sequential_monte_carlo(respondent_dealing_cost(pooled), budget, [&](std::mt19937_64& random) {
    urn.refill();
    std::int64_t dealt = 0;
    for (std::size_t g = 0; g < pooled.sizes.size(); ++g) {
      if (g == largest) continue;
      sums[g] = 0;
      for (int i = 0; i < pooled.sizes[g]; ++i) sums[g] += pooled.doubled_ranks[urn.draw(random)];
      dealt += sums[g];
    }
    sums[largest] = all - dealt;
    return at_least(between_term(sums, pooled.sizes), observed);
  });
}

// The same splits drawn as tables: per value, how many of its respondents land in each
// group's remaining places (a multivariate hypergeometric draw, one group at a time).
PValue monte_carlo_by_value(const Pooled& pooled, double observed, const TestBudget& budget) {
  const std::size_t groups = pooled.sizes.size(), values = pooled.totals.size();
  std::vector<std::int64_t> places(groups), sums(groups);
  return sequential_monte_carlo(value_dealing_cost(pooled), budget, [&](std::mt19937_64& random) {
    std::copy(pooled.sizes.begin(), pooled.sizes.end(), places.begin());
    std::fill(sums.begin(), sums.end(), 0);
    std::int64_t room = pooled.size;
    for (std::size_t v = 0; v + 1 < values; ++v) {
      std::int64_t left = pooled.totals[v], later = room;
      for (std::size_t g = 0; g < groups && left > 0; ++g) {
        later -= places[g];
        const std::int64_t count = g + 1 == groups ? left : draw_hypergeometric(places[g], later, left, random);
        places[g] -= count;
        sums[g] += count * pooled.doubled_ranks[v];
        left -= count;
      }
      room -= pooled.totals[v];
    }
    for (std::size_t g = 0; g < groups; ++g) sums[g] += places[g] * pooled.doubled_ranks[values - 1];  // the rest
    return at_least(between_term(sums, pooled.sizes), observed);
  });
}

PValue monte_carlo(const Pooled& pooled, double observed, const TestBudget& budget) {
  return value_dealing_cost(pooled) < respondent_dealing_cost(pooled)
             ? monte_carlo_by_value(pooled, observed, budget)
             : monte_carlo_by_respondent(pooled, observed, budget);
}

// Whether the chi-square p is as close to the permutation p as a Monte Carlo one would
// be. Two things make it drift: small groups, and ties. With few distinct values the
// permutation distribution moves in steps of up to the largest tie's size (in ranks), and
// each step holds about 0.4 step / sd of its probability, where sd is the spread of the
// smallest group's rank sum; the chi-square p misses up to half a step. On 5-point answers
// of groups of 100 that is 0.02: no better than 2 yes/no answers would be at 10,000.
bool chi_square_is_accurate(const Pooled& pooled, const TestBudget& budget) {
  const int smallest = *std::min_element(pooled.sizes.begin(), pooled.sizes.end());
  if (smallest < budget.chi_square_group_size) return false;
  const double n = pooled.size, m = smallest;
  const double rank_sum_sd = std::sqrt(m * (n - m) / 12 * ((n + 1) - pooled.tie_term / (n * (n - 1))));
  const double largest_tie = *std::max_element(pooled.totals.begin(), pooled.totals.end());
  return 0.2 * largest_tie / rank_sum_sd <= budget.chi_square_step;
}

std::vector<ValueTally> non_empty(const std::vector<ValueTally>& groups) {
  std::vector<ValueTally> kept;
  for (const ValueTally& group : groups)
    if (tally_size(group) > 0) kept.push_back(group);
  return kept;
}

// Counts of U = 0..m n for groups of m and n without ties: the coefficients of the
// Gaussian binomial product over i of (1 - q^(n+i)) / (1 - q^i).
std::vector<double> u_frequencies(int m, int n) {
  std::vector<double> counts(static_cast<std::size_t>(m) * n + 1, 0);
  counts[0] = 1;
  for (int i = 1; i <= m; ++i) {
    const std::size_t up = static_cast<std::size_t>(n + i), down = static_cast<std::size_t>(i);
    for (std::size_t u = counts.size(); u-- > up;) counts[u] -= counts[u - up];
    for (std::size_t u = down; u < counts.size(); ++u) counts[u] += counts[u - down];
  }
  return counts;
}

double exact_mann_whitney_p(double w, int m, int n) {
  const std::vector<double> counts = u_frequencies(m, n);
  double all = 0, tail = 0;
  for (std::size_t u = 0; u < counts.size(); ++u) {
    all += counts[u];
    const bool upper = w > m * n / 2.0;
    if (upper ? static_cast<double>(u) >= w : static_cast<double>(u) <= w) tail += counts[u];
  }
  return std::min(1.0, 2 * tail / all);
}

}  // namespace

KruskalWallis kruskal_wallis(const std::vector<ValueTally>& all_groups, const TestBudget& budget) {
  KruskalWallis result;
  const std::vector<ValueTally> groups = non_empty(all_groups);
  if (groups.size() < 2) return result;
  const Pooled pooled = pool(groups);
  const double n = pooled.size;
  result.degrees_of_freedom = static_cast<int>(groups.size()) - 1;
  const double tie_correction = 1 - pooled.tie_term / (n * n * n - n);
  if (tie_correction <= 0) return result;  // everyone gave the same value

  std::vector<std::int64_t> sums(groups.size(), 0);
  for (std::size_t v = 0; v < pooled.totals.size(); ++v)
    for (std::size_t g = 0; g < groups.size(); ++g) sums[g] += pooled.counts[v][g] * pooled.doubled_ranks[v];
  const double observed = between_term(sums, pooled.sizes);
  result.h = (12 / (n * (n + 1)) * observed / 4 - 3 * (n + 1)) / tie_correction;
  boost::math::chi_squared distribution(result.degrees_of_freedom);
  result.p_asymptotic = boost::math::cdf(boost::math::complement(distribution, std::max(0.0, result.h)));

  if (table_bound(pooled) <= budget.exact_limit) result.p = exact_p(pooled, observed);
  else if (chi_square_is_accurate(pooled, budget)) result.p = {result.p_asymptotic, PMethod::asymptotic, 0, 0, 0};
  else result.p = monte_carlo(pooled, observed, budget);
  return result;
}

MannWhitney mann_whitney(const ValueTally& x, const ValueTally& y) {
  MannWhitney result;
  const Pooled pooled = pool({x, y});
  const int m = pooled.sizes[0], n = pooled.sizes[1];
  if (m == 0 || n == 0) return result;
  std::int64_t doubled_sum = 0;
  bool ties = false;
  for (std::size_t v = 0; v < pooled.totals.size(); ++v) {
    doubled_sum += pooled.counts[v][0] * pooled.doubled_ranks[v];
    ties = ties || pooled.totals[v] > 1;
  }
  // In doubles: m * n overflows an int from groups of about 46,000 on.
  const double dm = m, dn = n;
  result.w = static_cast<double>(doubled_sum) / 2 - dm * (dm + 1) / 2;
  result.exact = m < 50 && n < 50 && !ties;
  if (result.exact) {
    result.p = exact_mann_whitney_p(result.w, m, n);
    return result;
  }
  const double total = dm + dn;
  const double sigma = std::sqrt(dm * dn / 12 * ((total + 1) - pooled.tie_term / (total * (total - 1))));
  if (!(sigma > 0)) return result;
  double z = result.w - dm * dn / 2;
  z = (z - (z > 0 ? 0.5 : z < 0 ? -0.5 : 0)) / sigma;
  const boost::math::normal standard;
  result.p = 2 * std::min(boost::math::cdf(standard, z), boost::math::cdf(boost::math::complement(standard, z)));
  return result;
}

}  // namespace peiling
