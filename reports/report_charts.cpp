// Building the report's bar charts from rank summaries; see report_charts.h.
#include "reports/report_charts.h"

#include "analysis/hand_arithmetic.h"

namespace peiling {

namespace {

// The bar is as high as the printed mean, so a reader never sees a bar disagree with
// its label.
std::optional<double> printed_mean(const RankItemScore& score) {
  if (score.answered <= 0) return std::nullopt;
  return static_cast<double>(rounded_fraction(score.sum, score.answered, 1)) / 10.0;
}

BarSeries rank_series(const std::string& name, const RankSummary& summary, const ReportText& text) {
  BarSeries series;
  series.name = name;
  for (const RankItemScore& score : summary.items) {
    series.values.push_back(printed_mean(score));
    series.value_labels.push_back(score.answered > 0 ? text.mean_of(score.sum, score.answered) : "");
  }
  return series;
}

// The frame shared by both kinds of chart: items as categories, the scale 1..n.
BarChart rank_chart_frame(const Question& question, const std::string& title, const ReportText& text) {
  BarChart chart;
  chart.title = title;
  for (const Item& item : question.items) chart.categories.push_back(item.label);
  chart.axis_min = 1;
  chart.axis_max = static_cast<double>(question.items.size());
  chart.axis_step = 1;
  chart.axis_label = text.axis_label(question);
  return chart;
}

std::string response_footnote(const GroupAnalysis& group, const ReportText& text) {
  return text.group_name(group.group) + ": " + text.response_line(group.responded, group.invited);
}

}  // namespace

BarChart group_rank_chart(const Question& question, const GroupAnalysis& group, const RankSummary& summary,
                          const ReportText& text) {
  const std::string name = text.group_name(group.group);
  BarChart chart = rank_chart_frame(question, name + " — " + shortened(question.text), text);
  chart.series.push_back(rank_series(name, summary, text));
  chart.footnotes.push_back(response_footnote(group, text));
  return chart;
}

BarChart combined_rank_chart(const Question& question, const std::vector<GroupRankScores>& shown,
                             const std::vector<std::string>& left_out, int min_group, const ReportText& text) {
  BarChart chart =
      rank_chart_frame(question, std::string(text.side_by_side()) + " — " + shortened(question.text), text);
  for (const GroupRankScores& scores : shown) {
    chart.series.push_back(rank_series(text.group_name(scores.group->group), *scores.summary, text));
    chart.footnotes.push_back(response_footnote(*scores.group, text));
  }
  if (!left_out.empty()) chart.footnotes.push_back(text.left_out_of_chart(left_out, min_group));
  return chart;
}

std::string chart_file_stem(const Question& question, const RespondentGroup* group) {
  return "grafiek-" + question.id + "-" + (group ? group->id : std::string("alle-groepen"));
}

std::string inline_chart_svg(const BarChart& chart) {
  BarChart on_page = chart;
  on_page.title.clear();
  on_page.footnotes.clear();
  return render_svg(on_page, false);
}

}  // namespace peiling
