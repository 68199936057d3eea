// The building blocks the statistical tests share: a sample as a tally of values (rank
// numbers, scale positions and numbers repeat, so a tally stays small however many
// respondents there are), a p-value that says how it was computed, and the work limits
// that decide between exact enumeration, Monte Carlo and the asymptotic distribution.
#pragma once

#include <cstdint>
#include <map>

namespace peiling {

// value -> how many respondents gave it.
using ValueTally = std::map<double, int>;

int tally_size(const ValueTally& tally);
double tally_mean(const ValueTally& tally);  // 0 for an empty tally

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
  std::uint64_t seed = 0;     // Monte Carlo only
};

// Bounds on the work one test may do, so the report stays fast for any survey size.
struct TestBudget {
  double exact_limit = 2'000'000;     // most arrangements enumerated exactly
  long monte_carlo_samples = 10'000;  // random arrangements per Monte Carlo test, at most
  long monte_carlo_work = 1'000'000;  // values shuffled per Monte Carlo test, at most
  long monte_carlo_min_samples = 1'000;  // fewer than this within the work: asymptotic p
  std::uint64_t seed = 20240601;

  // Random arrangements for a test over `values` values; 0 when the group is so large
  // that the asymptotic p-value is both accurate and the only affordable one.
  long monte_carlo_samples_for(long values) const;
};

// The Monte Carlo p-value (hits + 1) / (samples + 1), which never claims p = 0, with its
// binomial standard error.
PValue monte_carlo_p(long hits, long samples, std::uint64_t seed);

}  // namespace peiling
