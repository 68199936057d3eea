// The charts of one question being built (report_charts.h): what every chart kind needs, the
// shown groups and where the charts go. Internal to reports/: bar_question_charts.cpp makes
// the rank, choice, multi and number charts, scale_question_charts.cpp the Likert and matrix
// charts; report_charts.cpp chooses between them per question type.
#pragma once

#include <string>
#include <vector>

#include "reports/report_charts.h"

namespace peiling {

struct QuestionCharts {
  QuestionCharts(const ChartContext& context, const Question& question);

  const ChartContext& context;
  const Question& question;
  const ReportText& text;
  std::vector<const GroupAnalysis*> groups;  // the shown groups asked the question
  std::vector<ReportChart> charts;           // the charts made so far

  std::vector<std::string> names(const std::vector<const GroupAnalysis*>& of) const;
  // "Directie: ingevuld door 3 van de 4 = 75%".
  std::string response_footnote(const GroupAnalysis& group) const;
  // The groups left out under the min-group rule, named under a chart.
  void add_left_out(std::vector<std::string>& footnotes) const;
  void add(const GroupAnalysis* group, Chart chart);  // group null: the combined chart

  // A bar chart of one group, then (with several) the groups side by side, each made by
  // `series_of` (given whether the count may stand beside a share: it does where the
  // labels still stand level); `describe` says what a chart of these groups shows.
  template <typename MakeFrame, typename MakeSeries, typename Footnote, typename Describe>
  void per_group_and_combined(MakeFrame frame, MakeSeries series_of, Footnote footnote_of, Describe describe) {
    for (const GroupAnalysis* group : groups) {
      BarChart chart = frame(text.group_name(group->group) + " — " + shortened(question.text));
      chart.series.push_back(series_of(*group, true));
      if (!value_labels_stand_level(chart)) chart.series.back() = series_of(*group, false);
      chart.footnotes.push_back(footnote_of(*group));
      chart.description = describe(std::vector<const GroupAnalysis*>{group});
      add(group, std::move(chart));
    }
    if (groups.size() < 2) return;
    BarChart combined = frame(std::string(text.side_by_side()) + " — " + shortened(question.text));
    for (const GroupAnalysis* group : groups) {
      combined.series.push_back(series_of(*group, true));
      combined.footnotes.push_back(footnote_of(*group));
    }
    if (!value_labels_stand_level(combined))
      for (std::size_t s = 0; s < groups.size(); ++s) combined.series[s] = series_of(*groups[s], false);
    add_left_out(combined.footnotes);
    combined.description = describe(groups);
    add(nullptr, std::move(combined));
  }
};

// bar_question_charts.cpp
void add_rank_charts(QuestionCharts& charts);
void add_share_charts(QuestionCharts& charts);  // choice and multi
void add_number_charts(QuestionCharts& charts);
// scale_question_charts.cpp
void add_likert_chart(QuestionCharts& charts);
void add_matrix_charts(QuestionCharts& charts);

}  // namespace peiling
