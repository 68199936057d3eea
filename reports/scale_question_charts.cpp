// The stacked bar charts of Likert and matrix questions: a 100% bar per group (or per
// statement) in scale order with the median; see question_charts.h.
#include "reports/question_charts.h"

#include "base/messages.h"

namespace peiling {

namespace {

StackedBarRow scale_row(const std::string& label, const LikertSummary& likert, const Question& question,
                        const ReportText& text) {
  StackedBarRow row;
  row.label = label + " (" + text.n_is(likert.answered) + ")";
  row.counts = likert.distribution;
  for (int count : likert.distribution)
    row.percent_labels.push_back(likert.answered > 0 && count > 0 ? text.percent(count, likert.answered) : "");
  if (likert.answered > 0) {
    row.median = likert.median - 1;  // a scale position counted from 0
    row.note = text.median_is(text.median_on_scale(likert.median, question.scale));
  }
  return row;
}

StackedBarChart scale_chart_frame(const Question& question, const std::string& title, const ReportText& text) {
  StackedBarChart chart;
  chart.title = title;
  chart.points = question.scale;
  chart.median_legend = text_in(text.language(), Msg::report_median_legend);
  chart.no_answers = text.no_answers_short();
  return chart;
}

}  // namespace

// The shown groups (and all groups together, where that adds something) as rows of one
// chart: where each group leans on the scale.
void add_likert_chart(QuestionCharts& charts) {
  const Question& question = charts.question;
  const ReportText& text = charts.text;
  StackedBarChart chart = scale_chart_frame(question, shortened(question.text), text);
  std::vector<std::string> rows;
  for (const GroupAnalysis* group : charts.groups) {
    const auto& likert = std::get<LikertSummary>(summary_for(*group, question)->result);
    chart.rows.push_back(scale_row(text.group_name(group->group), likert, question, text));
    chart.footnotes.push_back(charts.response_footnote(*group));
    rows.push_back(text.group_name(group->group));
  }
  if (charts.context.disclosure.adds_all_groups(question)) {
    const auto& all = std::get<LikertSummary>(summary_for(charts.context.analysis.all_groups, question)->result);
    chart.rows.push_back(scale_row(std::string(text.all_groups()), all, question, text));
    chart.rows.back().emphasised = true;
    rows.push_back(std::string(text.all_groups()));
  }
  charts.add_left_out(chart.footnotes);
  chart.description = text.chart_of_scale(question.text, rows);
  charts.add(nullptr, std::move(chart));
}

// Per group a bar per statement; then, with several groups, the statements with each
// group's bar under them.
void add_matrix_charts(QuestionCharts& charts) {
  const Question& question = charts.question;
  const ReportText& text = charts.text;
  const auto statements_of = [&](const GroupAnalysis& group) -> const std::vector<StatementSummary>& {
    return std::get<MatrixSummary>(summary_for(group, question)->result).statements;
  };
  std::vector<std::string> labels;
  for (const Item& statement : question.items) labels.push_back(statement.label);
  for (const GroupAnalysis* group : charts.groups) {
    const std::string name = text.group_name(group->group);
    StackedBarChart chart = scale_chart_frame(question, name + " — " + shortened(question.text), text);
    for (const StatementSummary& statement : statements_of(*group))
      chart.rows.push_back(scale_row(statement.statement->label, statement.likert, question, text));
    chart.footnotes.push_back(charts.response_footnote(*group));
    chart.description = text.chart_of_scale(question.text + " — " + name, labels);
    charts.add(group, std::move(chart));
  }
  if (charts.groups.size() < 2) return;
  StackedBarChart combined =
      scale_chart_frame(question, std::string(text.side_by_side()) + " — " + shortened(question.text), text);
  for (std::size_t s = 0; s < question.items.size(); ++s)
    for (std::size_t g = 0; g < charts.groups.size(); ++g) {
      const GroupAnalysis& group = *charts.groups[g];
      combined.rows.push_back(scale_row(text.group_name(group.group), statements_of(group)[s].likert, question, text));
      if (g == 0) combined.rows.back().heading = question.items[s].label;
    }
  for (const GroupAnalysis* group : charts.groups) combined.footnotes.push_back(charts.response_footnote(*group));
  charts.add_left_out(combined.footnotes);
  combined.description = text.chart_of_scale(question.text, labels);
  charts.add(nullptr, std::move(combined));
}

}  // namespace peiling
