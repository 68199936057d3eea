// Findings per group from the rank places and the schoenendoos; see findings.h.
#include "reports/findings.h"

#include <algorithm>
#include <map>

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

// The code (or codes, when tied) holding most of the group's coded answers. Said only
// when it stands out: at least two answers, and not every used code tied.
void add_open_finding(const ReportModel& model, const Shoebox& shoebox, std::vector<std::string>& findings) {
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
    if (!summary || question.type != QuestionType::rank) continue;
    // With several rank questions each sentence says which one it is about.
    const std::string prefix = rank_questions > 1 ? shortened(question.text, 50) + ": " : "";
    add_rank_findings(model, std::get<RankSummary>(summary->result), prefix, findings);
  }
  for (const Shoebox& shoebox : model.shoeboxes)
    if (shoebox.group == &group) add_open_finding(model, shoebox, findings);
  return findings;
}

}  // namespace peiling
