// scores.csv: the tidy score rows (score_rows.h) as data for R, SPSS, Python or a
// spreadsheet: ids, not labels, for the keys (labels beside them), and figures with a
// decimal point whatever the report language, so every tool reads them as numbers. Means
// and percentages are rounded exactly as the report prints them, so the two never differ.
#include "analysis/hand_arithmetic.h"
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

std::string csv_row(const ScoreRow& row) {
  const std::vector<std::string> cells{
      score_group_id(row), row.question->id, std::string(to_string(row.question->type)),
      row.item ? row.item->id : "", row.item ? row.item->label : "", row.value, row.value_label,
      std::to_string(row.n), row.count ? std::to_string(*row.count) : "", tenths(row.percent_tenths),
      figure(row.sum), tenths(row.mean_tenths), tenths(row.median_tenths)};
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + escape_csv(cells[i]);
  return line + "\n";
}

}  // namespace

std::string render_scores_csv(const ReportModel& model) {
  std::string csv = kHeader;
  for (const ScoreRow& row : score_rows(*model.analysis, model.disclosure())) csv += csv_row(row);
  return csv;
}

}  // namespace peiling
