// Tallies and Monte Carlo p-values; see statistics_types.h.
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

long TestBudget::monte_carlo_samples_for(long values) const {
  const long affordable = std::min(monte_carlo_samples, monte_carlo_work / std::max(1L, values));
  return affordable < monte_carlo_min_samples ? 0 : affordable;
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

}  // namespace peiling
