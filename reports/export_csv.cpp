// The wide and long CSV exports; see export.h.
#include "engine/csv_columns.h"
#include "base/csv_dialect.h"
#include "reports/export.h"

namespace peiling {

WideLayout::WideLayout(const Questionnaire& questionnaire, bool with_unit)
    : columns_(canonical_columns(questionnaire)), with_unit_(with_unit) {
  if (with_unit_) columns_.insert(columns_.begin() + 1, CsvColumn{kUnitColumn, nullptr, nullptr});
}

bool exports_units(Store& store, std::int64_t survey_id) { return !store.unit_names(survey_id).empty(); }

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
  if (with_unit_) cells[1] = response.unit;
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
  const WideLayout layout(questionnaire, exports_units(store, survey_id));
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
  const bool with_unit = exports_units(store, survey_id);
  if (with_unit) write_row({"response", "group", "unit", "question", "item", "value"}, out);
  else write_row({"response", "group", "question", "item", "value"}, out);
  std::vector<std::string> cells;
  for_each_stored_response(store, survey_id, [&](const StoredResponse& response) {
    for (const Answer& answer : response.answers) {
      if (with_unit)
        cells = {std::to_string(response.id), response.group, response.unit, answer.question, answer.item, answer.value};
      else cells = {std::to_string(response.id), response.group, answer.question, answer.item, answer.value};
      write_row(cells, out);
    }
  });
}

}  // namespace peiling
