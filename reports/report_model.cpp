// Deciding what the report shows and gathering charts and open answers; see report_model.h.
#include "reports/report_model.h"


namespace peiling {

std::string ReportModel::title() const {
  const std::string& label = analysis->survey.label;
  return label.empty() ? analysis->questionnaire.title : analysis->questionnaire.title + " — " + label;
}

bool ReportModel::shows_answers(const GroupAnalysis& group) const { return disclosure().shows(group); }

std::vector<const GroupAnalysis*> ReportModel::shown_groups() const { return disclosure().shown_groups(); }

std::vector<std::string> ReportModel::withheld_group_labels(const Question& question) const {
  return disclosure().withheld_labels(question);
}

bool ReportModel::adds_all_groups(const Question& question) const { return disclosure().adds_all_groups(question); }

const ReportChart* ReportModel::chart_for(const Question& question, const GroupAnalysis* group) const {
  for (const ReportChart& chart : charts)
    if (chart.question == &question && chart.group == group) return &chart;
  return nullptr;
}

std::vector<const ReportChart*> ReportModel::charts_of(const Question& question) const {
  std::vector<const ReportChart*> found;
  for (const ReportChart& chart : charts)
    if (chart.question == &question) found.push_back(&chart);
  return found;
}

std::vector<const ReportChart*> ReportModel::combined_charts() const {
  std::vector<const ReportChart*> combined;
  for (const ReportChart& chart : charts)
    if (!chart.group && chart.question->type == QuestionType::rank) combined.push_back(&chart);
  return combined;
}

ReportModel build_report_model(const SurveyAnalysis& analysis, std::vector<Shoebox> shoeboxes,
                               const ReportOptions& options) {
  ReportModel model;
  model.analysis = &analysis;
  model.options = options;
  model.text = ReportText(options.language);
  const ChartContext charts{analysis, model.disclosure(), model.text, model.options};
  for (const Question& question : analysis.questionnaire.questions)
    for (ReportChart& chart : question_charts(charts, question)) model.charts.push_back(std::move(chart));
  model.shoeboxes = std::move(shoeboxes);
  return model;
}

}  // namespace peiling
