// How much the respondents of one group agree on an order: Kendall's W with the Friedman
// test. Each row is one respondent's numbers for the k items (a forced ranking, or any
// scores: ties within a row get mid-ranks and the tie correction R's friedman.test uses).
// The p-value is exact by enumerating every ordering of rows 2..n (row 1 may stay fixed:
// relabelling the items does not change the distribution) when the count allows it, else
// the chi-square approximation for groups large enough for it to be as accurate as a Monte
// Carlo p (more respondents the fewer the items), else Monte Carlo from the budget's seed.
#pragma once

#include <vector>

#include "analysis/statistics_types.h"

namespace peiling {

struct Concordance {
  int respondents = 0;  // n: complete rows
  int items = 0;        // k
  double chi_square = 0;  // Friedman statistic, tie-corrected
  int degrees_of_freedom = 0;
  double w = 0;         // Kendall's W = chi_square / (n (k - 1)), 0 = no agreement, 1 = same order
  double p_asymptotic = 1;
  PValue p;             // the best p-value the budget allows
};

// `rows` holds n rows of k values; rows of another length are an error of the caller.
Concordance rank_concordance(const std::vector<std::vector<double>>& rows, const TestBudget& budget);

// The same for forced rankings (every row a permutation of 1..k, so no ties) from the
// items' rank sums alone, with the chi-square p-value: for groups too large for exact or
// Monte Carlo p-values, which then need no rankings read at all.
Concordance rank_concordance_from_sums(const std::vector<std::int64_t>& rank_sums, int respondents);

// Whether a group of `respondents` ranking `items` gets the chi-square p-value anyway.
bool concordance_is_asymptotic(int respondents, int items, const TestBudget& budget);

}  // namespace peiling
