// Tests for the answers of linked respondents (the same person in two waves, paired by the
// anonymous linking code): the Wilcoxon signed-rank test for scores (rank numbers, scale
// positions, numbers) and McNemar's test for a two-option answer (an option chosen or not).
// Both as R computes them: wilcox.test(after, before, paired = TRUE, exact = TRUE) and
// mcnemar.test (with its continuity correction).
#pragma once

#include <vector>

#include "analysis/statistics_types.h"

namespace peiling {

struct SignedRank {
  double v = 0;  // R's V: the sum of the ranks of the positive differences (after - before)
  int pairs = 0;  // pairs with a difference (zero differences are left out, as R does)
  PValue p;       // two-sided; exact: every assignment of signs to the ranks counted
};

// `differences` are after - before per pair. Without ties this is R's exact p (psignrank);
// with tied differences it is the exact conditional p over the mid-ranks (R falls back to
// the normal approximation there). PMethod::none when no pair changed.
SignedRank wilcoxon_signed_rank(const std::vector<double>& differences);

struct McNemar {
  int chose_before_only = 0;  // b: chose it in the first wave, not in the second
  int chose_after_only = 0;   // c: chose it in the second wave, not in the first
  double statistic = 0;       // (|b - c| - 1)^2 / (b + c)
  PValue p;                   // chi-square with 1 degree of freedom; none when b + c = 0
};

McNemar mcnemar(int chose_before_only, int chose_after_only);

}  // namespace peiling
