// The bar charts of a report, built from the analysis: one per group per rank question
// (the mean score of every item) and one combined chart per rank question with the groups
// side by side, like the thesis' Grafiek 1 to 4.
#pragma once

#include <string>
#include <vector>

#include "analysis/survey_analysis.h"
#include "reports/bar_chart.h"
#include "reports/report_text.h"

namespace peiling {

// A group's scores on one rank question, for the combined chart.
struct GroupRankScores {
  const GroupAnalysis* group = nullptr;
  const RankSummary* summary = nullptr;
};

// The mean of every item for one group; the response line is the footnote.
BarChart group_rank_chart(const Question& question, const GroupAnalysis& group, const RankSummary& summary,
                          const ReportText& text);

// The groups side by side per item. `left_out` names the groups that were too small to
// show; they are noted under the chart.
BarChart combined_rank_chart(const Question& question, const std::vector<GroupRankScores>& shown,
                             const std::vector<std::string>& left_out, int min_group, const ReportText& text);

// "grafiek-<question>-<group>", or "grafiek-<question>-alle-groepen" when group is null.
// Ids are [a-z0-9_-] (the loader checks), so the name is safe on every file system.
std::string chart_file_stem(const Question& question, const RespondentGroup* group);

// The chart as placed inside an HTML page: without title and footnotes, because the page
// prints them as a heading above and as text right under it.
std::string inline_chart_svg(const BarChart& chart);

}  // namespace peiling
