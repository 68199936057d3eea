// Deciding what the report shows and gathering charts and open answers; see report_model.h.
#include "reports/report_model.h"

#include <algorithm>
#include <cctype>


namespace peiling {

namespace {

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

// The frame's codes in frame order, then the uncoded answers. Without a frame every
// answer lands in one row, which then is not called "not yet coded".
Shoebox fill_shoebox(const ReportModel& model, const Question& question, const GroupAnalysis& group,
                     const OpenSummary& summary, const OpenAnswerStream& open_answers) {
  Shoebox shoebox{&question, &group, summary, {}};
  const CodingFrame* frame = model.analysis->questionnaire.find_frame(question.coding_frame);
  if (frame)
    for (const Code& code : frame->codes) shoebox.rows.push_back({code.label, {}, 0, true});
  // Answers a coder marked as not placeable get a row of their own (dropped when empty).
  const std::size_t unplaceable_row = shoebox.rows.size();
  if (frame) shoebox.rows.push_back({std::string(pick(model.text.language(), kUnplaceable, "could not be placed")), {}, 0, false});
  shoebox.rows.push_back(
      {std::string(frame ? model.text.not_yet_coded() : model.text.answers()), {}, 0, frame == nullptr});

  open_answers(question, group.group->id, [&](const OpenAnswer& answer) {
    if (is_blank(answer.text)) return;
    std::size_t row = shoebox.rows.size() - 1;  // a code no longer in the frame counts as uncoded
    if (frame)
      for (std::size_t i = 0; i < frame->codes.size(); ++i)
        if (frame->codes[i].id == answer.code) row = i;
    if (frame && answer.code == kUnplaceable) row = unplaceable_row;
    ++shoebox.rows[row].answer_count;
    if (shoebox.rows[row].answers.size() < kShownAnswersPerRow) shoebox.rows[row].answers.push_back(answer.text);
  });
  if (frame && shoebox.rows[unplaceable_row].answer_count == 0)
    shoebox.rows.erase(shoebox.rows.begin() + static_cast<std::ptrdiff_t>(unplaceable_row));
  return shoebox;
}

void add_shoeboxes(ReportModel& model, const Question& question, const OpenAnswerStream& open_answers) {
  for (const GroupAnalysis* group : model.shown_groups()) {
    const QuestionSummary* summary = summary_for(*group, question);
    if (!summary) continue;
    model.shoeboxes.push_back(
        fill_shoebox(model, question, *group, std::get<OpenSummary>(summary->result), open_answers));
  }
}

}  // namespace

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

ReportModel build_report_model(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                               const ReportOptions& options) {
  ReportModel model;
  model.analysis = &analysis;
  model.options = options;
  model.text = ReportText(options.language);
  const ChartContext charts{analysis, model.disclosure(), model.text, model.options};
  for (const Question& question : analysis.questionnaire.questions) {
    for (ReportChart& chart : question_charts(charts, question)) model.charts.push_back(std::move(chart));
    if (question.kind().open) add_shoeboxes(model, question, open_answers);
  }
  return model;
}

}  // namespace peiling
