// Findings per group from the summaries and the schoenendoos; see findings.h. The reports
// stage's sentences per question type are chosen in group_findings' one switch.
#include "reports/findings.h"

#include <algorithm>
#include <map>

#include "analysis/hand_arithmetic.h"

namespace peiling {

namespace {

// Items by place, best first; items nobody ranked (place 0) are left out.
std::map<int, std::vector<const RankItemScore*>> items_by_place(const RankSummary& summary) {
  std::map<int, std::vector<const RankItemScore*>> by_place;
  for (const RankItemScore& score : summary.items)
    if (score.place > 0 && score.item) by_place[score.place].push_back(&score);
  return by_place;
}

// The top place, every shared place in between, and the last place.
void add_rank_findings(const ReportModel& model, const RankSummary& summary,
                       const std::string& prefix, std::vector<std::string>& findings) {
  const auto by_place = items_by_place(summary);
  if (by_place.empty()) return;
  const int first = by_place.begin()->first;
  const int last = by_place.rbegin()->first;
  for (const auto& [place, scores] : by_place) {
    const bool is_end = place == first || place == last;
    if (!is_end && scores.size() < 2) continue;
    std::vector<std::string> labels;
    for (const RankItemScore* score : scores) labels.push_back(score->item->label);
    const std::string mean = model.text.mean_of(scores.front()->sum, scores.front()->answered);
    findings.push_back(prefix + model.text.holds_place(labels, place, place == last && place != first, mean));
  }
}

// The options counted most often (all of them when tied); empty when nobody answered.
std::vector<std::string> most_counted(const ChoiceSummary& summary, int& count) {
  count = 0;
  for (const OptionCount& option : summary.options) count = std::max(count, option.count);
  std::vector<std::string> labels;
  if (count == 0) return labels;
  for (const OptionCount& option : summary.options)
    if (option.count == count && option.option) labels.push_back(option.option->label);
  return labels;
}

void add_choice_finding(const ReportModel& model, const Question& question, const GroupAnalysis& group,
                        const ChoiceSummary& summary, std::vector<std::string>& findings) {
  int count = 0;
  const auto options = most_counted(summary, count);
  if (options.empty()) return;
  findings.push_back(model.text.most_chosen(shortened(question.text, 70), group.group->label, options, count,
                                            summary.answered));
}

void add_multi_finding(const ReportModel& model, const Question& question, const ChoiceSummary& summary,
                       std::vector<std::string>& findings) {
  int count = 0;
  const auto options = most_counted(summary, count);
  if (options.empty()) return;
  findings.push_back(model.text.most_ticked(shortened(question.text, 70), options, count, summary.answered));
}

void add_likert_finding(const ReportModel& model, const Question& question, const LikertSummary& summary,
                        std::vector<std::string>& findings) {
  if (summary.answered == 0) return;
  findings.push_back(model.text.scale_median(shortened(question.text, 70),
                                             model.text.median_on_scale(summary.median, question.scale),
                                             summary.answered));
}

// The statements with the highest and the lowest median; nothing when all medians are equal.
void add_matrix_finding(const ReportModel& model, const Question& question, const MatrixSummary& summary,
                        std::vector<std::string>& findings) {
  std::vector<const StatementSummary*> answered;
  for (const StatementSummary& statement : summary.statements)
    if (statement.likert.answered > 0) answered.push_back(&statement);
  if (answered.empty()) return;
  const auto by_median = [](const StatementSummary* a, const StatementSummary* b) {
    return a->likert.median < b->likert.median;
  };
  const double high = (*std::max_element(answered.begin(), answered.end(), by_median))->likert.median;
  const double low = (*std::min_element(answered.begin(), answered.end(), by_median))->likert.median;
  std::vector<std::string> highest, lowest;
  for (const StatementSummary* statement : answered) {
    if (statement->likert.median == high) highest.push_back(statement->statement->label);
    if (statement->likert.median == low && low != high) lowest.push_back(statement->statement->label);
  }
  findings.push_back(model.text.matrix_extremes(shortened(question.text, 70), highest,
                                                model.text.median_on_scale(high, question.scale), lowest,
                                                model.text.median_on_scale(low, question.scale)));
}

void add_number_finding(const ReportModel& model, const Question& question, const NumberSummary& summary,
                        std::vector<std::string>& findings) {
  if (summary.answered == 0) return;
  findings.push_back(model.text.number_centre(shortened(question.text, 70), model.text.decimal(summary.mean),
                                              model.text.decimal(summary.median), question.unit, summary.answered));
}

// The code (or codes, when tied) holding most of the group's coded answers. Said only
// for answers placed in a coding frame, and when it stands out: at least two answers, and
// not every used code tied.
void add_open_finding(const ReportModel& model, const Shoebox& shoebox, std::vector<std::string>& findings) {
  if (!model.analysis->questionnaire.find_frame(shoebox.question->coding_frame)) return;
  std::size_t most = 0;
  int coded = 0;
  std::size_t used_codes = 0;
  for (const ShoeboxRow& row : shoebox.rows) {
    if (!row.coded) continue;
    most = std::max(most, row.answer_count);
    coded += static_cast<int>(row.answer_count);
    used_codes += row.answer_count == 0 ? 0 : 1;
  }
  std::vector<std::string> codes;
  for (const ShoeboxRow& row : shoebox.rows)
    if (row.coded && row.answer_count == most) codes.push_back(row.label);
  if (most < 2 || (codes.size() == used_codes && used_codes > 1)) return;
  findings.push_back(
      model.text.most_open_answers(shortened(shoebox.question->text, 70), codes, static_cast<int>(most), coded));
}

}  // namespace

std::vector<std::string> group_findings(const ReportModel& model, const GroupAnalysis& group) {
  std::vector<std::string> findings;
  if (!model.shows_answers(group)) return findings;
  const auto& questions = model.analysis->questionnaire.questions;
  const auto rank_questions =
      std::count_if(questions.begin(), questions.end(), [](const Question& q) { return q.type == QuestionType::rank; });
  for (const Question& question : questions) {
    const QuestionSummary* summary = summary_for(group, question);
    if (!summary) continue;
    switch (question.type) {
      case QuestionType::rank: {
        // With several rank questions each sentence says which one it is about.
        const std::string prefix = rank_questions > 1 ? shortened(question.text, 50) + ": " : "";
        add_rank_findings(model, std::get<RankSummary>(summary->result), prefix, findings);
        break;
      }
      case QuestionType::choice:
        add_choice_finding(model, question, group, std::get<ChoiceSummary>(summary->result), findings);
        break;
      case QuestionType::multi: add_multi_finding(model, question, std::get<ChoiceSummary>(summary->result), findings); break;
      case QuestionType::likert: add_likert_finding(model, question, std::get<LikertSummary>(summary->result), findings); break;
      case QuestionType::matrix: add_matrix_finding(model, question, std::get<MatrixSummary>(summary->result), findings); break;
      case QuestionType::number: add_number_finding(model, question, std::get<NumberSummary>(summary->result), findings); break;
      case QuestionType::text:
        for (const Shoebox& shoebox : model.shoeboxes)
          if (shoebox.group == &group && shoebox.question == &question) add_open_finding(model, shoebox, findings);
        break;
    }
  }
  return findings;
}

}  // namespace peiling
