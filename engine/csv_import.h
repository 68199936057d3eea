// `peiling import`: streams a response CSV into a survey. Every row goes through
// validate_response. By default one bad row stores nothing (one transaction over the whole
// file) and every bad row is reported; with skip_invalid the good rows are stored and the
// bad ones reported. The same file (by content hash) is not imported into a survey twice
// unless `again`. Memory does not grow with the file: rows are read, checked and written
// one at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "engine/column_mapping.h"
#include "engine/csv_reader.h"
#include "engine/csv_row_mapper.h"
#include "engine/import_tallies.h"
#include "engine/store.h"

namespace peiling {

// What to do with a row that is already stored: same group, same answers, and imported
// before from a file of the same name (a corrected file imported again after --skip-invalid).
enum class AlreadyStored {
  refuse,  // store nothing and say which rows (the default)
  skip,    // store only the rows that are not stored yet (--skip-duplicates)
  allow,   // store them again: they are other people with the same answers (--allow-duplicates)
};

struct CsvImportOptions {
  const ColumnMapping* mapping = nullptr;  // --map, or none
  bool skip_invalid = false;
  bool again = false;  // the same file (same bytes) again; implies AlreadyStored::allow
  AlreadyStored already_stored = AlreadyStored::refuse;
  Language language = Language::nl;  // of the rows' problems ("rij 7" / "row 7")
  // The unit (school) every response of the file comes from (issue 18); "" in a survey
  // without units. The import is refused, naming the survey's units, when it does not fit.
  std::string unit;
  // Check every row as an import would, then store nothing (the workbench shows the result
  // before the user confirms); the result counts the rows that would be stored.
  bool dry_run = false;
  // Each rejected row with its reasons ("rij 7, fasen: ..."), in file order.
  std::function<void(const CsvRow& row, const std::vector<std::string>& reasons)> on_rejected;
  // Hears every stored row and keeps what it counted of them with the import (a board's
  // tallies: analysis/import_board_tallies.h); nullptr: none.
  ImportTallies* tallies = nullptr;
  // Raw bytes read so far, after every row (for a progress bar).
  std::function<void(std::uint64_t bytes_read)> on_progress;
};

struct CsvImportResult {
  std::int64_t stored = 0;
  std::int64_t rejected = 0;
  std::int64_t already_stored = 0;  // rows left out (or, with allow, stored again) as already stored
  std::map<std::string, std::int64_t, std::less<>> stored_by_group;  // `stored` per group id
  std::vector<std::string> header;  // the file's header, for a file of rejected rows
};

// Imports `path` into `survey_id`. Throws CsvImportRefused (nothing stored) when the header
// does not fit, the file was imported before, a row is already stored (AlreadyStored::refuse),
// or, without skip_invalid, any row is bad;
// CsvError when the file cannot be read or its quoting is broken; StoreError when the
// survey is unknown or closed.
CsvImportResult import_responses_csv(Store& store, std::int64_t survey_id, const std::string& path,
                                     const CsvImportOptions& options);

}  // namespace peiling
