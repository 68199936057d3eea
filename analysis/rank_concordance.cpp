// Kendall's W and the Friedman test; see rank_concordance.h. Ranks are doubled so mid-ranks
// are whole numbers and the statistic compares exactly between arrangements.
#include "analysis/rank_concordance.h"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <unordered_map>

namespace peiling {

namespace {

using Row = std::vector<std::int64_t>;

// Twice the mid-rank of each value within its row: 1,2,2,4 -> 2,5,5,8.
Row doubled_ranks(const std::vector<double>& values) {
  Row ranks(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::int64_t below = 0, equal = 0;
    for (double other : values) {
      below += other < values[i];
      equal += other == values[i];
    }
    ranks[i] = 2 * below + equal + 1;
  }
  return ranks;
}

// Sum over tie groups within the row of t^3 - t.
double tie_term(const Row& ranks) {
  double term = 0;
  Row sorted = ranks;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t j = i;
    while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
    const double t = static_cast<double>(j - i);
    term += t * t * t - t;
    i = j;
  }
  return term;
}

// Sum over items of (2 R_j - n (k + 1))^2: 4 times the squared deviation of the rank sums.
std::int64_t spread(const Row& column_sums, std::int64_t centre) {
  std::int64_t total = 0;
  for (std::int64_t sum : column_sums) total += (sum - centre) * (sum - centre);
  return total;
}

// The distinct orderings of a row; equally likely under "no agreement" even with ties.
std::vector<Row> orderings(Row row) {
  std::sort(row.begin(), row.end());
  std::vector<Row> all;
  do all.push_back(row);
  while (std::next_permutation(row.begin(), row.end()));
  return all;
}

// A rank-sum vector's hash (FNV-1a over its values), for the exact test's table of states.
struct RowHash {
  std::size_t operator()(const Row& row) const noexcept {
    std::uint64_t hash = 14695981039346656037ull;
    for (std::int64_t value : row) hash = (hash ^ static_cast<std::uint64_t>(value)) * 1099511628211ull;
    return static_cast<std::size_t>(hash);
  }
};

// Exact p by counting every arrangement of rows 2..n, done as a convolution over rank-sum
// vectors. The statistic depends only on the multiset of the sums, and every row's set of
// orderings is the same after relabelling the items, so sums are kept sorted: arrangements
// that differ only by relabelling share one state. 3 respondents ranking 5 items pass
// through a few hundred states instead of visiting 14,400 arrangements one by one. States
// live in a hash table (a tree of vectors spent its time comparing keys); the counts are
// whole numbers far below 2^53, so the order they are added in cannot change a result.
PValue exact_p(const std::vector<Row>& rows, std::int64_t centre, std::int64_t observed) {
  Row first = rows.front();
  std::sort(first.begin(), first.end());
  std::unordered_map<Row, double, RowHash> states{{first, 1.0}};  // sorted sums -> arrangements reaching them
  Row added(first.size());
  for (std::size_t i = 1; i < rows.size(); ++i) {
    std::unordered_map<Row, double, RowHash> next;
    next.reserve(states.size() * 4);
    const std::vector<Row> row_orderings = orderings(rows[i]);
    for (const auto& [sums, count] : states)
      for (const Row& ordering : row_orderings) {
        for (std::size_t j = 0; j < added.size(); ++j) added[j] = sums[j] + ordering[j];
        std::sort(added.begin(), added.end());
        next.try_emplace(added, 0.0).first->second += count;
      }
    states = std::move(next);
  }
  double hits = 0, cases = 0;
  for (const auto& [sums, count] : states) {
    cases += count;
    if (spread(sums, centre) >= observed) hits += count;
  }
  PValue p;
  p.method = PMethod::exact;
  p.value = hits / cases;
  p.samples = static_cast<long>(cases);
  return p;
}

PValue monte_carlo(std::vector<Row> rows, std::int64_t centre, std::int64_t observed, const TestBudget& budget) {
  Row sums(rows.front().size());
  const long values_per_draw = static_cast<long>((rows.size() - 1) * sums.size());
  return sequential_monte_carlo(values_per_draw, budget, [&](std::mt19937_64& random) {
    sums = rows.front();
    for (std::size_t i = 1; i < rows.size(); ++i) {
      std::shuffle(rows[i].begin(), rows[i].end(), random);
      for (std::size_t j = 0; j < sums.size(); ++j) sums[j] += rows[i][j];
    }
    return spread(sums, centre) >= observed;
  });
}

// How many distinct arrangements of rows 2..n an exact test would count.
double arrangement_count(const std::vector<Row>& rows) {
  double count = 1;
  for (std::size_t i = 1; i < rows.size() && count <= 1e18; ++i) {
    Row sorted = rows[i];
    std::sort(sorted.begin(), sorted.end());
    double distinct = std::tgamma(static_cast<double>(sorted.size()) + 1);
    for (std::size_t a = 0; a < sorted.size();) {
      std::size_t b = a;
      while (b < sorted.size() && sorted[b] == sorted[a]) ++b;
      distinct /= std::tgamma(static_cast<double>(b - a) + 1);
      a = b;
    }
    count *= distinct;
  }
  return count;
}

// The statistic and its asymptotic p from 4 x the squared deviation of the rank sums;
// false when there is nothing to test (every respondent gave every item the same value).
bool set_statistic(Concordance& result, std::int64_t spread_of_sums, double ties) {
  const double n = result.respondents, k = result.items;
  result.degrees_of_freedom = result.items - 1;
  const double denominator = n * k * (k + 1) - ties / (k - 1);
  if (denominator <= 0) return false;
  result.chi_square = 12.0 * (static_cast<double>(spread_of_sums) / 4.0) / denominator;
  result.w = result.chi_square / (n * (k - 1));
  boost::math::chi_squared distribution(k - 1);
  result.p_asymptotic = boost::math::cdf(boost::math::complement(distribution, result.chi_square));
  return true;
}

// Whether the chi-square p is as close to the permutation p as a Monte Carlo one would be.
// The Friedman statistic moves in steps of 12 / (n k (k + 1)) (a rank sum one up, another
// one down), and the chi-square p misses up to about 1.3 such steps (measured against
// 200,000 draws for 3 to 7 items); with 2 items the test is a sign test, whose steps hold
// about 0.4 / sqrt(n) each. So 3 items need 260 respondents, 5 items 104, 2 items 6,400.
bool chi_square_is_accurate(int respondents, int items, const TestBudget& budget) {
  if (respondents < budget.chi_square_rankers) return false;
  const double n = respondents, k = items;
  const double step = items == 2 ? 0.4 / std::sqrt(n) : 1.3 * 12 / (n * k * (k + 1));
  return step <= budget.chi_square_step;
}

}  // namespace

bool concordance_is_asymptotic(int respondents, int items, const TestBudget& budget) {
  const double permutations = std::tgamma(items + 1.0);
  const bool exact = (respondents - 1) * std::log(permutations) <= std::log(budget.exact_limit);
  return !exact && chi_square_is_accurate(respondents, items, budget);
}

Concordance rank_concordance_from_sums(const std::vector<std::int64_t>& rank_sums, int respondents) {
  Concordance result;
  result.respondents = respondents;
  result.items = static_cast<int>(rank_sums.size());
  if (result.respondents < 2 || result.items < 2) return result;
  Row doubled;
  for (std::int64_t sum : rank_sums) doubled.push_back(2 * sum);
  if (set_statistic(result, spread(doubled, static_cast<std::int64_t>(respondents) * (result.items + 1)), 0))
    result.p = {result.p_asymptotic, PMethod::asymptotic, 0, 0, 0};
  return result;
}

Concordance rank_concordance(const std::vector<std::vector<double>>& values, const TestBudget& budget) {
  Concordance result;
  result.respondents = static_cast<int>(values.size());
  result.items = values.empty() ? 0 : static_cast<int>(values.front().size());
  if (result.respondents < 2 || result.items < 2) return result;

  std::vector<Row> rows;
  double ties = 0;
  for (const auto& row : values) {
    rows.push_back(doubled_ranks(row));
    ties += tie_term(rows.back());
  }
  Row sums(rows.front().size(), 0);
  for (const Row& row : rows)
    for (std::size_t j = 0; j < row.size(); ++j) sums[j] += row[j];
  const std::int64_t centre = static_cast<std::int64_t>(result.respondents) * (result.items + 1);
  const std::int64_t observed = spread(sums, centre);

  if (!set_statistic(result, observed, ties)) return result;

  if (arrangement_count(rows) <= budget.exact_limit) result.p = exact_p(rows, centre, observed);
  else if (chi_square_is_accurate(result.respondents, result.items, budget))
    result.p = {result.p_asymptotic, PMethod::asymptotic, 0, 0, 0};
  else result.p = monte_carlo(std::move(rows), centre, observed, budget);
  return result;
}

}  // namespace peiling
