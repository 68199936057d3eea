// `peiling export`: a survey's responses as data files, streamed (memory holds one
// response at a time):
//   wide csv: the canonical import layout (engine/csv_columns.h), so export -> import into
//             another survey gives the same analysis; a survey with units adds `eenheid`
//             after `groep` (the import reads it back);
//   long csv: response,group[,unit],question,item,value, one row per stored answer, for R and SPSS;
//   xlsx:     a sheet "antwoorden" ("answers" in English: the wide layout) and a sheet "scores" (the report's tidy
//             score rows, score_rows.h: headers in the report's language, labels not ids,
//             withheld groups left out as the report leaves them out).
// CSV cells pass through escape_csv (formula guard, undone by the import); xlsx cells are
// written as strings or numbers, never as formulas.
#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "base/csv_dialect.h"
#include "engine/csv_columns.h"
#include "engine/response_stream.h"
#include "engine/store.h"

namespace peiling {

// Puts a stored response into the canonical columns (and, `with_unit`, its unit after the group).
class WideLayout {
 public:
  explicit WideLayout(const Questionnaire& questionnaire, bool with_unit = false);
  const std::vector<CsvColumn>& columns() const { return columns_; }
  // One cell per column ("" = not answered); multi options joined with '|'.
  void fill(const StoredResponse& response, std::vector<std::string>& cells) const;

 private:
  std::size_t column_of(const Answer& answer) const;  // columns_.size() when none
  std::vector<CsvColumn> columns_;
  bool with_unit_ = false;
};

// Whether the survey's exports carry a unit column: it has units.
bool exports_units(Store& store, std::int64_t survey_id);

// `dialect`: ';' and a BOM for Dutch Excel, ',' for English (base/csv_dialect.h).
void write_wide_csv(Store& store, std::int64_t survey_id, std::ostream& out,
                    const CsvDialect& dialect = kCsvForPrograms);
void write_long_csv(Store& store, std::int64_t survey_id, std::ostream& out,
                    const CsvDialect& dialect = kCsvForPrograms);
struct XlsxOptions {
  Language language = Language::nl;  // of the sheets' names and the scores sheet's headers
  int min_group = 3;                 // as the report's --min-group
};

// Throws std::runtime_error naming the file when it cannot be written.
void write_xlsx(Store& store, std::int64_t survey_id, const std::filesystem::path& path,
                const XlsxOptions& options = {});

}  // namespace peiling
