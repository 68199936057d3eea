// The charts of a report, built from the analysis, for every closed question type (the
// reports stage's one switch over the types for charts is question_charts):
//   rank:   the mean of every item per shown group, then the groups side by side, like the
//           thesis' Grafiek 1 to 4;
//   choice: the percentage of respondents per option, per group and the groups side by side;
//   multi:  the percentage who ticked each option, likewise;
//   number: the distribution of the answers (a histogram in percentages), likewise, with
//           mean and median under the chart;
//   likert: a 100% stacked bar per group (and all groups) in scale order, with the median;
//   matrix: per group a stacked bar per statement, then every statement with the groups'
//           bars under it.
// Groups withheld by the min-group rule never appear; they are named under the chart.
// Every chart carries a sentence that says what it shows, its text alternative.
#pragma once

#include <string>
#include <vector>

#include "analysis/disclosure.h"
#include "analysis/survey_analysis.h"
#include <filesystem>
#include <variant>

#include "reports/bar_chart.h"
#include "reports/chart_scene.h"
#include "reports/chart_style.h"
#include "reports/report.h"
#include "reports/report_text.h"
#include "reports/stacked_bar_chart.h"

namespace peiling {

// A chart of the report: bars (means, shares, a histogram) or stacked bars on a scale.
using Chart = std::variant<BarChart, StackedBarChart>;

const std::string& chart_title(const Chart& chart);
const std::vector<std::string>& chart_footnotes(const Chart& chart);
std::string render_svg(const Chart& chart, const ChartStyle& style);
void write_png(const Chart& chart, const std::filesystem::path& png_path, int width_px);
ChartScene lay_out_chart(const Chart& chart, const ChartStyle& style);
// The chart as one or more charts that each fit a slide (bar_chart.h, stacked_bar_chart.h).
std::vector<Chart> split_for_slides(const Chart& chart);

struct ReportChart {
  const Question* question = nullptr;
  const GroupAnalysis* group = nullptr;  // null: the combined chart of all shown groups
  std::string file_stem;                 // "grafiek-fasen-directie"
  Chart chart;                           // footnotes: response lines and left-out groups
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

}  // namespace peiling
