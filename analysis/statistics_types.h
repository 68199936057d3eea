// The building blocks the statistical tests share: a sample as a tally of values (rank
// numbers, scale positions and numbers repeat, so a tally stays small however many
// respondents there are), a p-value that says how it was computed, the work limits and
// accuracy rules that decide between exact enumeration, Monte Carlo and the asymptotic
// distribution, and the Monte Carlo loop that draws until its p is as precise as the
// report says it is.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <random>
#include <string_view>

namespace peiling {

// value -> how many respondents gave it.
using ValueTally = std::map<double, int>;

int tally_size(const ValueTally& tally);
double tally_mean(const ValueTally& tally);  // 0 for an empty tally

// A p below this is "rarely chance" in the report.
constexpr double kRareBelow = 0.05;

// The standard error a Monte Carlo p has at most after its full draws (10,000 at p = 0.5):
// the report promises an estimate within two of these (0.01) of the exact p, and prints
// the standard error beside any estimate where it is larger or where kRareBelow lies
// within two of them.
constexpr double kMonteCarloStandardError = 0.005;

enum class PMethod {
  exact,        // every equally likely arrangement counted
  monte_carlo,  // random arrangements with a fixed seed; has a standard error
  asymptotic,   // the chi-square or normal approximation, for large groups
  none          // no test possible (fewer than two respondents, or no variation)
};

struct PValue {
  double value = 1;
  PMethod method = PMethod::none;
  double standard_error = 0;  // Monte Carlo only
  long samples = 0;           // Monte Carlo: random arrangements; exact: arrangements counted
  std::uint64_t seed = 0;     // Monte Carlo only: the seed of this test's own stream
};

// Bounds on the work one test may do, so the report stays fast for any survey size, and
// when the chi-square p is as close to the exact p as a Monte Carlo p is promised to be:
// groups large enough, and a permutation distribution fine enough that its steps (ties,
// few items) stay under chi_square_step (see group_comparison.cpp, rank_concordance.cpp).
// Measured against exact and 300,000-draw p-values on 2- to 40-point answers in groups
// of 20 to 10,000: within 0.0025 wherever these rules pick the chi-square p; where they
// do not, it was off by up to 0.18 (2-point answers, 20 against 20).
struct TestBudget {
  double exact_limit = 2'000'000;         // most arrangements enumerated exactly
  long monte_carlo_samples = 10'000;      // draws per Monte Carlo test: a standard error of at most 0.005
  long monte_carlo_max_samples = 100'000;  // ... and up to this while kRareBelow is within two standard errors
  long monte_carlo_work = 6'000'000;      // values drawn per test, at most (about 30 ms): beyond, fewer draws ...
  long monte_carlo_min_samples = 1'000;   // ... but never fewer than this
  int chi_square_group_size = 20;         // group differences: the chi-square p when every group has this many
  double chi_square_step = 0.005;         // ... and ties move the permutation p by at most this (see group_comparison.cpp)
  int chi_square_rankers = 30;            // Kendall's W: when this many ranked (and the steps are small)
  std::uint64_t seed = 20240601;

  // This budget with a seed of the test's own, from `seed` and the test's name (question,
  // item, groups), so that tests of the same group sizes do not share their random draws.
  TestBudget for_test(std::string_view test) const;
};

// The Monte Carlo p-value (hits + 1) / (samples + 1), which never claims p = 0, with its
// binomial standard error.
PValue monte_carlo_p(long hits, long samples, std::uint64_t seed);

// Draws random arrangements with `budget.seed` until the p is as precise as the budget
// asks: monte_carlo_samples draws (fewer when a draw costs more than the work allows),
// then more while kRareBelow lies within two standard errors. `at_least_as_extreme`
// makes one draw of `values_per_draw` values and says whether it is at least as extreme
// as the observed data.
PValue sequential_monte_carlo(long values_per_draw, const TestBudget& budget,
                              const std::function<bool(std::mt19937_64&)>& at_least_as_extreme);

}  // namespace peiling
