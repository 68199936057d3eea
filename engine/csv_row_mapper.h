// From a row of a response CSV to a ResponseDraft: the header matched to the canonical
// columns (csv_columns.h) case-insensitively or through a --map file, groups and choice
// options matched by id or label, multi-choice cells split on '|' (or, as a Forms export
// writes them, on ", " or ";" between known option labels), empty cells left
// unanswered, and the formula guard of an export undone (formula_guard.h). Validation is
// not done here: every draft still goes through validate_response.
#pragma once

#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/column_mapping.h"
#include "engine/csv_reader.h"
#include "engine/response.h"

namespace peiling {

// A file the import refuses as a whole (bad header, not UTF-8, ...); nothing is stored.
// problems() lists every reason, one line each.
class CsvImportRefused : public std::runtime_error {
 public:
  explicit CsvImportRefused(std::vector<std::string> problems);
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

class CsvRowMapper {
 public:
  // Matches the header; CsvImportRefused lists unknown, repeated and missing columns.
  CsvRowMapper(const Questionnaire& questionnaire, const std::vector<std::string>& header,
               const std::string& source_name, const ColumnMapping* mapping);

  // Fills `draft` from `row` (reusing its storage). Problems found while reading the row
  // (a ragged row, text that is not UTF-8) are appended as "rij N, kolom: ..." (N: the spreadsheet row, CsvRow::record).
  void to_draft(const CsvRow& row, ResponseDraft& draft, std::vector<std::string>& problems,
                Language language = Language::nl) const;

  // Whether the file has an `eenheid` column (an export of a survey with units): to_draft
  // then puts each row's cell in draft.unit.
  bool has_unit_column() const;
  // "rij N, eenheid: " before a message about the row's unit.
  std::string located_unit(int record, const std::string& message, Language language = Language::nl) const;

  // "rij N, " before a validation message (N: the spreadsheet row); a message about the
  // group gets "groep: ".
  std::string located(int record, const ResponseProblem& problem, Language language = Language::nl) const;

 private:
  // What one column of the file holds.
  struct Binding {
    enum class Kind { ignored, group, unit, single, item, multi } kind = Kind::ignored;
    std::string column;  // canonical column name
    const Question* question = nullptr;
    std::string item;  // rank item id
    std::unordered_map<std::string, std::string> option_by_name;  // folded id or label -> value
    std::size_t most_pieces_in_a_name = 0;  // of the names above, split as ticked_options splits a cell
  };
  void bind_column(std::size_t index, const std::string& header, std::vector<std::string>& problems);
  void bind_unit_column(std::size_t index, std::vector<std::string>& problems);
  std::string_view cell_value(const Binding& binding, const std::string& cell) const;
  // The options ticked in a Forms export's cell ("a, b" or "a;b;"); the unknown pieces, if
  // any, are one line appended to `problems`.
  std::vector<std::string_view> ticked_options(const Binding& binding, std::string_view cell, int record,
                                               std::vector<std::string>& problems, Language language) const;
  std::string header_of(std::size_t index) const { return header_[index]; }

  const Questionnaire& questionnaire_;
  const ColumnMapping* mapping_;
  std::vector<std::string> header_;
  std::vector<Binding> bindings_;  // one per file column
  std::unordered_map<std::string, std::string> group_by_name_;  // folded id or label -> id
};

}  // namespace peiling
