// Building the tidy score rows; see score_rows.h. The switch over the question types is
// the one place this stage says what each type's rows are.
#include "reports/score_rows.h"

#include <charconv>

#include "analysis/hand_arithmetic.h"
#include "analysis/unit_disclosure.h"
#include "analysis/unit_figures.h"

namespace peiling {

namespace {

std::optional<std::int64_t> percent_of(int count, int n) {
  if (n <= 0) return std::nullopt;
  return rounded_fraction(static_cast<std::int64_t>(count) * 100, n, 1);
}

std::optional<std::int64_t> tenths_of(std::int64_t numerator, std::int64_t denominator) {
  if (denominator <= 0) return std::nullopt;
  return rounded_fraction(numerator, denominator, 1);
}

std::string stored_number(double value) {
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc() ? std::string(buffer, end) : std::string();
}

struct RowWriter {
  const GroupAnalysis& group;
  const Question& question;
  std::vector<ScoreRow>& rows;

  ScoreRow& add(const Item* item, int n) {
    rows.push_back({&group, &question, item, "", "", n, {}, {}, {}, {}, {}});
    return rows.back();
  }

  void counted(const Item* item, int count, int n) {
    ScoreRow& row = add(item, n);
    row.count = count;
    row.percent_tenths = percent_of(count, n);
  }

  void rank(const RankSummary& summary) {
    for (const RankItemScore& score : summary.items) {
      ScoreRow& row = add(score.item, score.answered);
      row.sum = score.sum;
      row.mean_tenths = tenths_of(score.sum, score.answered);
    }
  }

  void choice(const ChoiceSummary& summary) {
    for (const OptionCount& option : summary.options) counted(option.option, option.count, summary.answered);
  }

  // The scale points of a Likert question or of one matrix statement, then its centre.
  void scale(const Item* item, const LikertSummary& likert) {
    std::int64_t total = 0;
    for (std::size_t point = 0; point < likert.distribution.size(); ++point) {
      ScoreRow& row = add(item, likert.answered);
      row.value = std::to_string(point + 1);
      row.value_label = question.scale[point];
      row.count = likert.distribution[point];
      row.percent_tenths = percent_of(likert.distribution[point], likert.answered);
      total += static_cast<std::int64_t>(point + 1) * likert.distribution[point];
    }
    ScoreRow& centre = add(item, likert.answered);
    centre.mean_tenths = tenths_of(total, likert.answered);
    if (likert.answered > 0) centre.median_tenths = rounded_decimal(likert.median, 1);
  }

  void number(const NumberSummary& summary) {
    for (const auto& [value, count] : summary.values) {
      ScoreRow& row = add(nullptr, summary.answered);
      row.value = stored_number(value);
      row.count = count;
      row.percent_tenths = percent_of(count, summary.answered);
    }
    ScoreRow& centre = add(nullptr, summary.answered);
    if (summary.answered > 0) {
      centre.mean_tenths = rounded_decimal(summary.mean, 1);
      centre.median_tenths = rounded_decimal(summary.median, 1);
    }
  }

  void write(const QuestionSummary& summary) {
    switch (question.type) {
      case QuestionType::rank: return rank(std::get<RankSummary>(summary.result));
      case QuestionType::choice:
      case QuestionType::multi: return choice(std::get<ChoiceSummary>(summary.result));
      case QuestionType::likert: return scale(nullptr, std::get<LikertSummary>(summary.result));
      case QuestionType::matrix:
        for (const StatementSummary& statement : std::get<MatrixSummary>(summary.result).statements)
          scale(statement.statement, statement.likert);
        return;
      case QuestionType::number: return number(std::get<NumberSummary>(summary.result));
      case QuestionType::text: {
        const auto& open = std::get<OpenSummary>(summary.result);
        add(nullptr, open.answered).count = open.coded;
        return;
      }
    }
  }
};

}  // namespace

std::vector<ScoreRow> score_rows(const SurveyAnalysis& analysis, const Disclosure& disclosure) {
  std::vector<ScoreRow> rows;
  for (const GroupAnalysis* group : disclosure.shown_groups())
    for (const Question& question : analysis.questionnaire.questions)
      if (const QuestionSummary* summary = summary_for(*group, question))
        RowWriter{*group, question, rows}.write(*summary);
  for (const Question& question : analysis.questionnaire.questions)
    if (disclosure.adds_all_groups(question))
      if (const QuestionSummary* summary = summary_for(analysis.all_groups, question))
        RowWriter{analysis.all_groups, question, rows}.write(*summary);
  return rows;
}

std::vector<ScoreRow> board_score_rows(const SurveyAnalysis& analysis, int min_group) {
  std::vector<ScoreRow> rows;
  if (!analysis.units || analysis.units->focus.empty()) return rows;
  const UnitFigures& units = *analysis.units;
  const UnitDisclosure rule(analysis.questionnaire, units.units, min_group);
  for (std::size_t g = 0; g < units.board_groups.size(); ++g)
    if (rule.shows_board_group(g))
      for (const Question& question : analysis.questionnaire.questions)
        if (const QuestionSummary* summary = summary_for(units.board_groups[g], question))
          RowWriter{units.board_groups[g], question, rows}.write(*summary);
  for (const Question& question : analysis.questionnaire.questions) {
    std::size_t answering = 0;  // as Disclosure::adds_all_groups: else all groups are one group again
    for (const GroupAnalysis& group : units.board_groups)
      answering += question.asked_to(group.group->id) && group.responded > 0 ? 1 : 0;
    if (answering > 1 && rule.shows_board(question))
      if (const QuestionSummary* summary = summary_for(units.board_all, question))
        RowWriter{units.board_all, question, rows}.write(*summary);
  }
  for (ScoreRow& row : rows) row.board = true;
  return rows;
}

std::string score_group_id(const ScoreRow& row) { return row.group->group ? row.group->group->id : "alle"; }

}  // namespace peiling
