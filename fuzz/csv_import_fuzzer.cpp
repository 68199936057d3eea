// libFuzzer harness for the CSV import up to the store: CsvReader (dialects, quotes, BOM,
// separators), CsvRowMapper (header matching, --map, groups and options by label, the
// formula guard undone, the UTF-8 check) and validate_response on every row, for a rank
// survey and one of choice, multi and Likert questions. Then two properties of the CSV
// sink: a guarded field never starts a formula and unguards to itself, and a row written
// with escape_csv reads back as the same fields.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "base/formula_guard.h"
#include "engine/column_mapping.h"
#include "engine/csv_reader.h"
#include "engine/csv_row_mapper.h"
#include "engine/definition_loader.h"
#include "engine/response.h"

namespace {

using namespace peiling;

struct Fixtures {
  Questionnaire greven = load_definition_file(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  Questionnaire taken = load_definition_file(PEILING_SOURCE_DIR "/questionnaires/ib-taken-bespreking.json");
  ColumnMapping google = load_column_mapping(PEILING_SOURCE_DIR "/examples/google-forms-greven.map.json");
};

const Fixtures& fixtures() {
  static const Fixtures loaded;
  return loaded;
}

void require(bool holds) {
  if (!holds) std::abort();
}

bool blank(const std::vector<std::string>& fields) {
  for (const auto& field : fields)
    if (field.find_first_not_of(" \t") != std::string::npos) return false;
  return true;
}

// Every field: the guard never leaves a formula start and unguards to itself. Every row
// that is not blank: written with escape_csv and read back by CsvReader, the same fields
// (after the guard). One reader for all rows: a reader allocates its 1 MiB buffer.
void check_csv_round_trip(const std::vector<std::vector<std::string>>& rows) {
  std::string text = "kolom\r\n";
  std::vector<const std::vector<std::string>*> written;
  for (const auto& fields : rows) {
    for (const auto& field : fields) {
      const std::string guarded = guard_formula(field);
      require(!starts_formula(guarded));
      require((has_formula_guard(guarded) ? guarded.substr(1) : guarded) == field);
    }
    if (fields.empty() || blank(fields)) continue;
    for (std::size_t i = 0; i < fields.size(); ++i) text += (i ? "," : "") + escape_csv(fields[i]);
    text += "\r\n";
    written.push_back(&fields);
  }
  std::istringstream in(text);
  CsvReader reader(in, "terug.csv");
  CsvRow row;
  for (const auto* fields : written) {
    require(reader.next(row));
    require(row.fields.size() == fields->size());
    for (std::size_t i = 0; i < fields->size(); ++i) {
      const std::string& read = row.fields[i];
      require((has_formula_guard(read) ? read.substr(1) : read) == (*fields)[i]);
    }
  }
  require(!reader.next(row));
}

void import_rows(const std::string& text, const Questionnaire& questionnaire, const ColumnMapping* mapping) {
  std::istringstream in(text);
  std::vector<std::vector<std::string>> rows;
  try {
    CsvReader reader(in, "fuzz.csv");
    std::optional<CsvRowMapper> mapper;
    try {
      mapper.emplace(questionnaire, reader.header(), "fuzz.csv", mapping);
    } catch (const CsvImportRefused&) {  // a header that does not match: the rows are still read
    }
    ResponseValidator validator(questionnaire);
    CsvRow row;
    ResponseDraft draft;
    std::vector<std::string> problems;
    while (reader.next(row)) {
      if (mapper) {
        problems.clear();
        mapper->to_draft(row, draft, problems);
        if (problems.empty())
          for (const auto& problem : validator.check(draft)) (void)mapper->located(row.line, problem);
      }
      rows.push_back(row.fields);
    }
  } catch (const CsvError&) {
  }
  check_csv_round_trip(rows);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the questionnaire and whether the Google Forms mapping is used.
  const std::uint8_t choice = data[0];
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const Fixtures& loaded = fixtures();
  import_rows(text, choice & 1 ? loaded.taken : loaded.greven, choice & 2 ? &loaded.google : nullptr);
  return 0;
}
