// The wide and long CSV exports; see export.h.
#include "engine/csv_columns.h"
#include "base/csv_dialect.h"
#include "reports/export.h"

namespace peiling {

WideLayout::WideLayout(const Questionnaire& questionnaire) : columns_(canonical_columns(questionnaire)) {}

std::size_t WideLayout::column_of(const Answer& answer) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const CsvColumn& column = columns_[i];
    if (!column.question || column.question->id != answer.question) continue;
    if (!column.item || column.item->id == answer.item) return i;
  }
  return columns_.size();
}

void WideLayout::fill(const StoredResponse& response, std::vector<std::string>& cells) const {
  cells.assign(columns_.size(), "");
  cells[0] = response.group;
  for (const Answer& answer : response.answers) {
    const std::size_t column = column_of(answer);
    if (column == columns_.size()) continue;  // a question no longer in the definition
    std::string& cell = cells[column];
    if (columns_[column].question->kind().layout == AnswerLayout::ticked_options) {
      if (!cell.empty()) cell += kMultiSeparator;
      cell += answer.item;
    } else {
      cell = answer.value;
    }
  }
}

void write_wide_csv(Store& store, std::int64_t survey_id, std::ostream& out, const CsvDialect& dialect) {
  const auto write_row = [&](const std::vector<std::string>& row, std::ostream& to) { write_csv_row(to, row, dialect); };
  write_csv_start(out, dialect);
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const WideLayout layout(questionnaire);
  std::vector<std::string> cells;
  for (const auto& column : layout.columns()) cells.push_back(column.name);
  write_row(cells, out);
  for_each_stored_response(store, survey_id, [&](const StoredResponse& response) {
    layout.fill(response, cells);
    write_row(cells, out);
  });
}

void write_long_csv(Store& store, std::int64_t survey_id, std::ostream& out, const CsvDialect& dialect) {
  const auto write_row = [&](const std::vector<std::string>& row, std::ostream& to) { write_csv_row(to, row, dialect); };
  write_csv_start(out, dialect);
  store.questionnaire_of(survey_id);  // refuses an unknown survey
  write_row({"response", "group", "question", "item", "value"}, out);
  std::vector<std::string> cells(5);
  for_each_stored_response(store, survey_id, [&](const StoredResponse& response) {
    for (const Answer& answer : response.answers) {
      cells = {std::to_string(response.id), response.group, answer.question, answer.item, answer.value};
      write_row(cells, out);
    }
  });
}

}  // namespace peiling
