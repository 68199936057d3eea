// The scores of a survey as tidy rows, one per group x question x item or value, for every
// closed question type: what scores.csv and the xlsx "scores" sheet hold. Built once from
// the analysis under the min-group rule (withheld groups have no rows; all groups together,
// group "alle", only where analysis/disclosure.h allows), and written by each sink in its
// own way: ids and a decimal point in CSV, labels and real numbers in Excel.
//
//   rank:          a row per item: n, sum, mean
//   choice, multi: a row per option: n (who answered the question), count, percent
//   likert:        a row per scale point (value, value_label): n, count, percent; then a
//                  row for the question: n, mean, median
//   matrix:        the same per statement (item, item_label)
//   number:        a row per value given: n, count, percent; then n, mean, median
//   text:          a row for the question: n (answers), count (coded answers)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/disclosure.h"
#include "analysis/survey_analysis.h"

namespace peiling {

struct ScoreRow {
  const GroupAnalysis* group = nullptr;  // all groups together: group->group is null
  const Question* question = nullptr;
  const Item* item = nullptr;            // rank item, option, statement; null for the question
  std::string value;                     // a scale point or a number's value as stored ("4", "7.5")
  std::string value_label;               // the scale point's label; "" otherwise
  int n = 0;                             // respondents the row's figures are out of
  std::optional<int> count;
  std::optional<std::int64_t> percent_tenths;  // count / n, in tenths of a percent, rounded by hand
  std::optional<std::int64_t> sum;
  std::optional<std::int64_t> mean_tenths;     // as the report prints it, in tenths
  std::optional<std::int64_t> median_tenths;
  bool board = false;  // a unit's report: the board's figure (every unit together), not the unit's
};

std::vector<ScoreRow> score_rows(const SurveyAnalysis& analysis, const Disclosure& disclosure);

// A unit's report (AnalysisSettings::unit): the board's rows beside the unit's, marked
// `board`, for each group whose board figures unit_disclosure.h shows (and all groups
// together where it shows those and more than one group answered). Empty otherwise.
std::vector<ScoreRow> board_score_rows(const SurveyAnalysis& analysis, int min_group);

// "alle" for all groups together, else the group's id.
std::string score_group_id(const ScoreRow& row);

}  // namespace peiling
