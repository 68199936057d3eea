// The change between two waves of a survey (a nulmeting and a nameting), per respondent
// group and per comparable question (wave_comparability.h), computed from each wave's
// one-pass analysis (survey_analysis.h): no query per question. Per question kind:
//   rank:   each item's mean score in both waves, the change, the places before and after;
//   choice, multi: each option's share (percent of who answered) and the change in points;
//   likert: the share of each scale position, and the mean position (tested);
//   matrix: each statement's mean scale position;
//   number: mean (tested) and median.
// The waves are independent samples (not necessarily the same people), so a tested figure
// gets the percentile bootstrap 95% interval of its change (each wave resampled on its
// own) and a two-sided permutation p of the rank-sum statistic (group_comparison.h's
// two-group Kruskal-Wallis: exact by enumeration where the count allows, else Monte
// Carlo or chi-square within the budget), with n per wave. A group is compared only when
// disclosure.h shows it in BOTH waves (at least min_group respondents, and in a survey with
// units no small group of a unit to be worked out from it), so a withheld group's answers
// are never summarised in the comparison either.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/bootstrap.h"
#include "analysis/group_comparison.h"
#include "analysis/paired_tests.h"
#include "analysis/survey_analysis.h"
#include "analysis/wave_comparability.h"

namespace peiling {

enum class FigureKind {
  mean,   // a mean score or scale position, or a number question's mean
  share,  // a percentage of who answered
  median  // a number question's median (shown, not tested)
};

struct ChangeTest {
  double change = 0;  // after - before; for shares in percentage points
  Interval interval;  // bootstrap 95% of the change (in points for shares)
  PValue p;           // permutation p; PMethod::none when there is no variation
};

// The same figure for the respondents linked by their anonymous code (linked_pairs.h):
// the signed-rank test of their scores, or McNemar's test of an option chosen or not.
struct PairedTest {
  int pairs = 0;  // linked respondents who answered in both waves
  std::optional<SignedRank> signed_rank;
  std::optional<McNemar> mcnemar;
};

// One line of a group's comparison of a question.
struct ChangeRow {
  const Item* item = nullptr;  // the later wave's rank item, option or statement; null otherwise
  int scale_position = 0;      // likert shares: the position 1..k; 0 otherwise
  FigureKind kind = FigureKind::mean;
  double before = 0, after = 0;  // shares in percent (0..100)
  int n_before = 0, n_after = 0;  // who answered, per wave
  int place_before = 0, place_after = 0;  // rank items: the place in each wave (1 = most important)
  bool shared_before = false, shared_after = false;  // ... shared with another item
  std::optional<ChangeTest> test;
  std::optional<PairedTest> paired;  // tested rows of groups with at least min_group linked pairs
  double change() const { return after - before; }
};

struct QuestionChange {
  const ComparableQuestion* question = nullptr;
  std::vector<ChangeRow> rows;  // in the later definition's order
};

struct GroupChange {
  const RespondentGroup* group = nullptr;  // the later wave's group
  int responded_before = 0, responded_after = 0;
  bool shown = false;  // shown by the min-group rule (disclosure.h) in both waves; else no figures at all
  bool withheld_for_units = false;  // not shown, with min_group respondents in both: the units' rule
  std::vector<QuestionChange> questions;  // shown groups only: the comparable questions asked in both waves
  int linked_pairs = 0;  // respondents linked by their code (linked_pairs.h); 0 when not linked
  bool pairs_shown = false;  // linked_pairs >= min_group: the rows carry their paired tests
};

struct WaveComparison {
  const SurveyAnalysis* before = nullptr;
  const SurveyAnalysis* after = nullptr;
  WaveComparability comparability;
  int min_group = 3;
  bool linked = false;  // both definitions ask for the linking code and add_linked_pairs ran
  std::vector<GroupChange> groups;  // the later wave's groups that the earlier one has too, in its order
};

struct WaveComparisonSettings {
  int min_group = 3;
  int bootstrap_resamples = 2000;
  TestBudget budget;
};

// The comparison of two analysed waves; both must outlive it (it points into them).
WaveComparison compare_waves(const SurveyAnalysis& before, const SurveyAnalysis& after,
                             const WaveComparisonSettings& settings);

// The test of one change between two independent samples: the change of the means (for
// 0/1 tallies: of the shares, times `scale`, e.g. 100 for percentage points), its
// bootstrap interval and the permutation p. `test_name` seeds the test's own stream.
ChangeTest test_change(const ValueTally& before, const ValueTally& after, double scale,
                       const WaveComparisonSettings& settings, const std::string& test_name);

}  // namespace peiling
