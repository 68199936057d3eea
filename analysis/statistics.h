// The statistics of one survey for the report, per question: how much each group agrees
// on a rank order (Kendall's W), and per item whether the groups differ (Kruskal-Wallis,
// Mann-Whitney U, the difference in means with its bootstrap interval), with each group's
// mean and its bootstrap interval. Only the groups disclosure.h shows take part (at least
// min_group respondents; with units, none a unit's small group could be worked out from):
// the answers of a withheld group are not read, so no statistic can reveal them.
// Every test draws its Monte Carlo arrangements from a stream of its own (the settings'
// seed and the test's question, item and groups), so the report repeats exactly and two
// tests of the same group sizes do not err alike.
// Reads one SQL query per rank question (the rankings, for W); everything else comes
// from the tallies the analysis already has.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/bootstrap.h"
#include "analysis/group_comparison.h"
#include "analysis/rank_concordance.h"
#include "analysis/survey_analysis.h"

namespace peiling {

struct StatisticsSettings {
  int min_group = 3;
  int bootstrap_resamples = 2000;
  TestBudget budget;  // its seed also seeds the bootstrap, and each test's own stream
};

struct GroupMean {
  const GroupAnalysis* group = nullptr;
  int respondents = 0;
  double mean = 0;
  Interval interval;  // bootstrap 95%
};

struct PairComparison {
  GroupMean first, second;
  double difference = 0;  // first.mean - second.mean
  Interval difference_interval;
  MannWhitney mann_whitney;  // as R's wilcox.test
  KruskalWallis permutation;  // the two-group permutation test: its p is the p to report
};

// One rank item, or a whole Likert or number question (item == nullptr).
struct ItemComparison {
  const Item* item = nullptr;
  std::vector<GroupMean> groups;       // the taking-part groups that answered
  std::optional<KruskalWallis> across;  // over all those groups, when there are three or more
  std::vector<PairComparison> pairs;    // every pair of them, in group order
};

struct GroupConcordance {
  const GroupAnalysis* group = nullptr;
  Concordance concordance;
};

struct QuestionStatistics {
  const Question* question = nullptr;
  std::vector<GroupConcordance> concordance;  // rank questions only
  std::vector<ItemComparison> items;
};

struct SurveyStatistics {
  StatisticsSettings settings;
  std::vector<QuestionStatistics> questions;  // rank, Likert and number questions

  const QuestionStatistics* for_question(const Question& question) const;
};

// Statistics of `analysis`, which must stay alive and in place while they are used.
SurveyStatistics compute_statistics(Store& store, const SurveyAnalysis& analysis, const StatisticsSettings& settings);

}  // namespace peiling
