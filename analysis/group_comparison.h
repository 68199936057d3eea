// Whether groups differ on one item: Kruskal-Wallis over two or more groups (mid-ranks and
// the tie correction of R's kruskal.test), its permutation p-value (exact by enumerating
// every way the tallied values can be spread over the groups when that count allows it,
// else the chi-square approximation when every group is large enough for it to be as
// accurate as a Monte Carlo p, else Monte Carlo from the budget's seed), and for two groups
// the Mann-Whitney U as R's wilcox.test computes it.
#pragma once

#include <vector>

#include "analysis/statistics_types.h"

namespace peiling {

struct KruskalWallis {
  double h = 0;  // tie-corrected statistic
  int degrees_of_freedom = 0;
  double p_asymptotic = 1;
  PValue p;  // permutation p-value within the budget
};

// Groups with no values are left out of the test.
KruskalWallis kruskal_wallis(const std::vector<ValueTally>& groups, const TestBudget& budget);

struct MannWhitney {
  double w = 0;  // R's W: the rank sum of x minus nx (nx + 1) / 2 (the U of x)
  double p = 1;  // two-sided; exact without ties when both groups are under 50, else normal
                 // with tie and continuity correction, as wilcox.test
  bool exact = false;
};

MannWhitney mann_whitney(const ValueTally& x, const ValueTally& y);

}  // namespace peiling
