// Tallies, test seeds and Monte Carlo p-values; see statistics_types.h.
#include "analysis/statistics_types.h"

#include <algorithm>
#include <cmath>

namespace peiling {

int tally_size(const ValueTally& tally) {
  int size = 0;
  for (const auto& [value, count] : tally) size += count;
  return size;
}

double tally_mean(const ValueTally& tally) {
  double sum = 0;
  for (const auto& [value, count] : tally) sum += value * count;
  const int size = tally_size(tally);
  return size == 0 ? 0 : sum / size;
}

TestBudget TestBudget::for_test(std::string_view test) const {
  // FNV-1a over the name, then SplitMix64's finaliser over it mixed with the seed: seeds
  // of similar names (f1, f2) end up far apart, and the same name always gives the same seed.
  std::uint64_t hash = 14695981039346656037ull;
  for (char c : test) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  std::uint64_t mixed = seed ^ hash;
  mixed = (mixed ^ (mixed >> 30)) * 0xbf58476d1ce4e5b9ull;
  mixed = (mixed ^ (mixed >> 27)) * 0x94d049bb133111ebull;
  TestBudget own = *this;
  own.seed = mixed ^ (mixed >> 31);
  return own;
}

PValue monte_carlo_p(long hits, long samples, std::uint64_t seed) {
  PValue p;
  p.method = PMethod::monte_carlo;
  p.value = static_cast<double>(hits + 1) / static_cast<double>(samples + 1);
  p.standard_error = std::sqrt(p.value * (1 - p.value) / static_cast<double>(samples));
  p.samples = samples;
  p.seed = seed;
  return p;
}

PValue sequential_monte_carlo(long values_per_draw, const TestBudget& budget,
                              const std::function<bool(std::mt19937_64&)>& at_least_as_extreme) {
  const long affordable = budget.monte_carlo_work / std::max(1L, values_per_draw);
  const long first = std::max(budget.monte_carlo_min_samples, std::min(budget.monte_carlo_samples, affordable));
  const long most = std::max(first, std::min(budget.monte_carlo_max_samples, affordable));
  std::mt19937_64 random(budget.seed);
  long hits = 0, samples = 0;
  const auto draw_until = [&](long until) {
    for (; samples < until; ++samples) hits += at_least_as_extreme(random) ? 1 : 0;
  };
  draw_until(first);
  for (PValue p = monte_carlo_p(hits, samples, budget.seed);
       samples < most && std::abs(p.value - kRareBelow) < 2 * p.standard_error;
       p = monte_carlo_p(hits, samples, budget.seed))
    draw_until(std::min(most, samples + first));
  return monte_carlo_p(hits, samples, budget.seed);
}

}  // namespace peiling
