// The charts of a report, built from the analysis, for every closed question type (the
// reports stage's one switch over the types for charts is question_charts):
//   rank:   the mean of every item per shown group, then the groups side by side, like the
//           thesis' Grafiek 1 to 4;
//   choice: the percentage of respondents per option, per group and the groups side by side;
//   multi:  the percentage who ticked each option, likewise;
//   number: the distribution of the answers (a histogram in percentages), likewise, with
//           mean and median under the chart.
// Groups withheld by the min-group rule never appear; they are named under the chart.
#pragma once

#include <string>
#include <vector>

#include "analysis/disclosure.h"
#include "analysis/survey_analysis.h"
#include "reports/bar_chart.h"
#include "reports/report.h"
#include "reports/report_text.h"

namespace peiling {

struct ReportChart {
  const Question* question = nullptr;
  const GroupAnalysis* group = nullptr;  // null: the combined chart of all shown groups
  std::string file_stem;                 // "grafiek-fasen-directie"
  BarChart chart;                        // footnotes: response lines and left-out groups
};

// What the charts are drawn from and with.
struct ChartContext {
  const SurveyAnalysis& analysis;
  Disclosure disclosure;
  const ReportText& text;
  const ReportOptions& options;
};

// The charts of one question: per shown group, then the combined chart; none for open
// questions.
std::vector<ReportChart> question_charts(const ChartContext& context, const Question& question);

// "grafiek-<question>-<group>", or "grafiek-<question>-alle-groepen" when group is null.
// Ids are [a-z0-9_-] (the loader checks), so the name is safe on every file system.
std::string chart_file_stem(const Question& question, const RespondentGroup* group);

// The chart as placed inside an HTML page: without title and footnotes, because the page
// prints them as a heading above and as text right under it.
std::string inline_chart_svg(const BarChart& chart);

}  // namespace peiling
