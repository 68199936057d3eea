// How peiling writes a CSV file that people open in a spreadsheet. Excel guesses a CSV's
// separator from the Windows list separator (';' in a Dutch Windows, ',' in an English one)
// and reads it as UTF-8 only when it starts with a byte-order mark; so Dutch files get
// ';' and a BOM, as Dutch Excel itself writes "CSV UTF-8", and English ones ','. peiling's
// own import reads both (engine/csv_reader.h). Files for programs (scores.csv for R) stay
// plain comma-separated UTF-8.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace peiling {

struct CsvDialect {
  char separator = ',';
  bool byte_order_mark = false;
};

inline constexpr CsvDialect kCsvForPrograms{',', false};
inline constexpr CsvDialect kCsvForDutchExcel{';', true};
inline constexpr CsvDialect kCsvForEnglishExcel{',', true};

// The byte-order mark, when the dialect has one: write it once, before the first row.
void write_csv_start(std::ostream& out, const CsvDialect& dialect);

// One row: every cell through escape_csv, joined by the separator, ended with CRLF (RFC 4180).
void write_csv_row(std::ostream& out, const std::vector<std::string>& cells, const CsvDialect& dialect);

}  // namespace peiling
