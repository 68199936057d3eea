// Deciding what the report shows and gathering charts and open answers; see report_model.h.
#include "reports/report_model.h"

#include <algorithm>
#include <cctype>

#include "analysis/statistics.h"
#include "reports/report_charts.h"

namespace peiling {

namespace {

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

// The 95% interval of each group's mean per item as whiskers: series s of `chart` shows
// series_groups[s]. Charts stay as they are without statistics or without --error-bars.
void add_error_bars(const ReportModel& model, BarChart& chart, const Question& question,
                    const std::vector<const GroupAnalysis*>& series_groups) {
  if (!model.options.error_bars) return;  // then the statistics may still be on their way
  const SurveyStatistics* statistics = model.analysis->statistics.get();
  const QuestionStatistics* found = statistics ? statistics->for_question(question) : nullptr;
  if (!found) return;
  for (std::size_t s = 0; s < chart.series.size() && s < series_groups.size(); ++s)
    for (const ItemComparison& item : found->items) {
      std::optional<std::pair<double, double>> interval;
      for (const GroupMean& mean : item.groups)
        if (mean.group == series_groups[s]) interval = std::pair{mean.interval.low, mean.interval.high};
      chart.series[s].error_bars.push_back(interval);
    }
  chart.footnotes.push_back(std::string(model.text.error_bars_note()));
}

void add_rank_charts(ReportModel& model, const Question& question) {
  std::vector<GroupRankScores> shown;
  for (const GroupAnalysis* group : model.shown_groups()) {
    const QuestionSummary* summary = summary_for(*group, question);
    if (!summary) continue;
    const auto& rank = std::get<RankSummary>(summary->result);
    model.charts.push_back({&question, group, chart_file_stem(question, group->group),
                            group_rank_chart(question, *group, rank, model.text)});
    add_error_bars(model, model.charts.back().chart, question, {group});
    shown.push_back({group, &rank});
  }
  if (shown.empty()) return;
  model.charts.push_back({&question, nullptr, chart_file_stem(question, nullptr),
                          combined_rank_chart(question, shown, model.withheld_group_labels(question),
                                              model.options.min_group, model.text)});
  std::vector<const GroupAnalysis*> series_groups;
  for (const GroupRankScores& scores : shown) series_groups.push_back(scores.group);
  add_error_bars(model, model.charts.back().chart, question, series_groups);
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

const QuestionSummary* summary_for(const GroupAnalysis& group, const Question& question) {
  for (const QuestionSummary& summary : group.questions)
    if (summary.question == &question || (summary.question && summary.question->id == question.id)) return &summary;
  return nullptr;
}

std::string ReportModel::title() const {
  const std::string& label = analysis->survey.label;
  return label.empty() ? analysis->questionnaire.title : analysis->questionnaire.title + " — " + label;
}

bool ReportModel::shows_answers(const GroupAnalysis& group) const { return group.responded >= options.min_group; }

std::vector<const GroupAnalysis*> ReportModel::shown_groups() const {
  std::vector<const GroupAnalysis*> shown;
  for (const GroupAnalysis& group : analysis->groups)
    if (shows_answers(group)) shown.push_back(&group);
  return shown;
}

std::vector<std::string> ReportModel::withheld_group_labels(const Question& question) const {
  std::vector<std::string> labels;
  for (const GroupAnalysis& group : analysis->groups)
    if (!shows_answers(group) && question.asked_to(group.group->id))
      labels.push_back(group.group->label);
  return labels;
}

bool ReportModel::shows_all_groups(const Question& question) const {
  if (!shows_answers(analysis->all_groups)) return false;
  int withheld_respondents = 0;
  for (const GroupAnalysis& group : analysis->groups)
    if (!shows_answers(group) && question.asked_to(group.group->id)) withheld_respondents += group.responded;
  // Total minus the shown groups would give the withheld ones; safe only if they are none
  // or together as many as a group must have.
  return withheld_respondents == 0 || withheld_respondents >= options.min_group;
}

const ReportChart* ReportModel::chart_for(const Question& question, const GroupAnalysis* group) const {
  for (const ReportChart& chart : charts)
    if (chart.question == &question && chart.group == group) return &chart;
  return nullptr;
}

std::vector<const ReportChart*> ReportModel::combined_charts() const {
  std::vector<const ReportChart*> combined;
  for (const ReportChart& chart : charts)
    if (!chart.group) combined.push_back(&chart);
  return combined;
}

ReportModel build_report_model(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                               const ReportOptions& options) {
  ReportModel model;
  model.analysis = &analysis;
  model.options = options;
  model.text = ReportText(options.language);
  for (const Question& question : analysis.questionnaire.questions) {
    if (question.type == QuestionType::rank) add_rank_charts(model, question);
    if (question.type == QuestionType::text) add_shoeboxes(model, question, open_answers);
  }
  return model;
}

}  // namespace peiling
