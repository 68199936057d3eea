// scores.csv: the rank scores as tidy data for R, SPSS, Python or a spreadsheet: one row
// per group x rank question x item, all groups together as group "alle". The mean has a
// decimal point whatever the report language, so every tool reads it as a number; it is
// rounded exactly like the report's means, so the two never differ.
#include "analysis/hand_arithmetic.h"
#include "base/escape.h"
#include "reports/report_documents.h"

namespace peiling {

namespace {

constexpr const char* kHeader = "group,question,item,item_label,n,sum,mean\n";
constexpr const char* kAllGroupsId = "alle";

// One decimal with a point: English number formatting, from the exact fraction.
std::string csv_mean(const RankItemScore& score) {
  return score.answered > 0 ? format_fraction(score.sum, score.answered, 1, Language::en) : "";
}

std::string csv_rows(const std::string& group_id, const Question& question, const RankSummary& summary) {
  std::string rows;
  for (const RankItemScore& score : summary.items) {
    if (!score.item) continue;
    rows += escape_csv(group_id) + "," + escape_csv(question.id) + "," + escape_csv(score.item->id) + "," +
            escape_csv(score.item->label) + "," + std::to_string(score.answered) + "," + std::to_string(score.sum) +
            "," + csv_mean(score) + "\n";
  }
  return rows;
}

std::string group_rows(const ReportModel& model, const GroupAnalysis& group, const std::string& group_id) {
  std::string rows;
  for (const Question& question : model.analysis->questionnaire.questions) {
    const QuestionSummary* summary = summary_for(group, question);
    if (question.type != QuestionType::rank || !summary) continue;
    if (&group == &model.analysis->all_groups && !model.shows_all_groups(question)) continue;
    rows += csv_rows(group_id, question, std::get<RankSummary>(summary->result));
  }
  return rows;
}

}  // namespace

std::string render_scores_csv(const ReportModel& model) {
  std::string csv = kHeader;
  for (const GroupAnalysis* group : model.shown_groups()) csv += group_rows(model, *group, group->group->id);
  return csv + group_rows(model, model.analysis->all_groups, kAllGroupsId);
}

}  // namespace peiling
