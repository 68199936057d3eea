// scores.csv: the tidy score rows (score_rows.h) as data for R, SPSS, Python or a
// spreadsheet: ids, not labels, for the keys (labels beside them), and figures with a
// decimal point whatever the report language, so every tool reads them as numbers. Means
// and percentages are rounded exactly as the report prints them, so the two never differ.
// A unit's report (issue 18) adds the board's rows (every unit together, as its Bestuur
// column) after the unit's, and a last column `scope` that says whose each row is: `unit`
// or `board`. The board's rows follow unit_disclosure.h, as the Bestuur column does.
#include "analysis/hand_arithmetic.h"
#include "analysis/unit_figures.h"
#include "base/escape.h"
#include "reports/report_documents.h"
#include "reports/score_rows.h"

namespace peiling {

namespace {

constexpr const char* kHeader =
    "group,question,type,item,item_label,value,value_label,n,count,percent,sum,mean,median\n";

std::string figure(const std::optional<std::int64_t>& value) { return value ? std::to_string(*value) : ""; }
std::string tenths(const std::optional<std::int64_t>& value) {
  return value ? format_units(*value, 1, Language::en) : "";
}

std::string csv_row(const ScoreRow& row, bool with_scope) {
  const std::vector<std::string> cells{
      score_group_id(row), row.question->id, std::string(to_string(row.question->type)),
      row.item ? row.item->id : "", row.item ? row.item->label : "", row.value, row.value_label,
      std::to_string(row.n), row.count ? std::to_string(*row.count) : "", tenths(row.percent_tenths),
      figure(row.sum), tenths(row.mean_tenths), tenths(row.median_tenths)};
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + escape_csv(cells[i]);
  if (with_scope) line += row.board ? ",board" : ",unit";
  return line + "\n";
}

}  // namespace

std::string render_scores_csv(const ReportModel& model) {
  const std::vector<ScoreRow> board = board_score_rows(*model.analysis, model.options.min_group);
  const bool unit_report = model.analysis->units && !model.analysis->units->focus.empty();
  std::string csv = kHeader;
  if (unit_report) csv.insert(csv.size() - 1, ",scope");
  for (const ScoreRow& row : score_rows(*model.analysis, model.disclosure())) csv += csv_row(row, unit_report);
  for (const ScoreRow& row : board) csv += csv_row(row, unit_report);
  return csv;
}

}  // namespace peiling
