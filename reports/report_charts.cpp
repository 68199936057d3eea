// The report's charts: which kind of chart each question type gets (the one switch over the
// types for charts), and the Chart wrapper over the chart kinds; see report_charts.h.
#include "reports/report_charts.h"

#include "reports/question_charts.h"

namespace peiling {

QuestionCharts::QuestionCharts(const ChartContext& context_, const Question& question_)
    : context(context_), question(question_), text(context_.text) {
  for (const GroupAnalysis* group : context.disclosure.shown_groups())
    if (summary_for(*group, question)) groups.push_back(group);
}

std::vector<std::string> QuestionCharts::names(const std::vector<const GroupAnalysis*>& of) const {
  std::vector<std::string> labels;
  for (const GroupAnalysis* group : of) labels.push_back(text.group_name(group->group));
  return labels;
}

std::string QuestionCharts::response_footnote(const GroupAnalysis& group) const {
  return text.group_name(group.group) + ": " + text.response_line(group.responded, group.invited);
}

void QuestionCharts::add_left_out(std::vector<std::string>& footnotes) const {
  std::vector<std::string> too_few, for_units;  // for_units: a unit's small group behind it (disclosure.h)
  for (const GroupAnalysis& group : context.analysis.groups)
    if (!context.disclosure.shows(group) && question.asked_to(group.group->id))
      (context.disclosure.withheld_for_units(group) ? for_units : too_few).push_back(group.group->label);
  if (!too_few.empty()) footnotes.push_back(text.left_out_of_chart(too_few, context.disclosure.min_group()));
  if (!for_units.empty()) footnotes.push_back(text.left_out_of_chart_for_units(for_units));
}

void QuestionCharts::add(const GroupAnalysis* group, Chart chart) {
  charts.push_back({&question, group, chart_file_stem(question, group ? group->group : nullptr), std::move(chart)});
}

std::vector<ReportChart> question_charts(const ChartContext& context, const Question& question) {
  QuestionCharts charts(context, question);
  if (charts.groups.empty()) return {};
  switch (question.type) {
    case QuestionType::rank: add_rank_charts(charts); break;
    case QuestionType::choice:
    case QuestionType::multi: add_share_charts(charts); break;
    case QuestionType::number: add_number_charts(charts); break;
    case QuestionType::likert: add_likert_chart(charts); break;
    case QuestionType::matrix: add_matrix_charts(charts); break;
    case QuestionType::text: break;
  }
  return std::move(charts.charts);
}

std::string chart_file_stem(const Question& question, const RespondentGroup* group) {
  return "grafiek-" + question.id + "-" + (group ? group->id : std::string("alle-groepen"));
}

const std::string& chart_title(const Chart& chart) {
  return std::visit([](const auto& kind) -> const std::string& { return kind.title; }, chart);
}

const std::vector<std::string>& chart_footnotes(const Chart& chart) {
  return std::visit([](const auto& kind) -> const std::vector<std::string>& { return kind.footnotes; }, chart);
}

std::string render_svg(const Chart& chart, const ChartStyle& style) {
  return std::visit([&](const auto& kind) { return render_svg(kind, style); }, chart);
}

void write_png(const Chart& chart, const std::filesystem::path& png_path, int width_px) {
  std::visit([&](const auto& kind) { write_png(kind, png_path, width_px); }, chart);
}

ChartScene lay_out_chart(const Chart& chart, const ChartStyle& style) {
  return std::visit([&](const auto& kind) { return lay_out_chart(kind, style); }, chart);
}

std::vector<Chart> split_for_slides(const Chart& chart) {
  return std::visit(
      [](const auto& kind) {
        std::vector<Chart> parts;
        for (auto& part : split_for_slides(kind)) parts.emplace_back(std::move(part));
        return parts;
      },
      chart);
}

}  // namespace peiling
