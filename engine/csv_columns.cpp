// The canonical wide CSV columns; see csv_columns.h.
#include "engine/csv_columns.h"

namespace peiling {

std::vector<CsvColumn> canonical_columns(const Questionnaire& questionnaire) {
  std::vector<CsvColumn> columns{{kGroupColumn, nullptr, nullptr}};
  for (const auto& question : questionnaire.questions) {
    if (question.kind().layout != AnswerLayout::per_item) {
      columns.push_back({question.id, &question, nullptr});
      continue;
    }
    for (const auto& item : question.items) columns.push_back({question.id + "." + item.id, &question, &item});
  }
  return columns;
}

}  // namespace peiling
