// Reading CSV as Excel and online-form tools write it: RFC 4180 quoting, quoted line
// breaks, a UTF-8 byte-order mark, and ',' or ';' as the separator (Dutch Excel writes ';').
// The one place CSV is parsed by hand; every importer reads through it.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace peiling {

// A file that is not valid CSV; the message names the file and the line.
class CsvError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CsvRow {
  int line = 0;  // 1-based line where the row starts, for error messages
  std::vector<std::string> fields;
};

struct CsvTable {
  std::vector<std::string> header;  // the first row, fields trimmed
  std::vector<CsvRow> rows;         // the other rows; blank lines are skipped

  // Position of a header column, or -1.
  int column(const std::string& name) const;
};

// Parses CSV text; `source_name` names the file in errors. The separator is the first of
// ';' or ',' that occurs outside quotes in the header line.
CsvTable parse_csv(const std::string& text, const std::string& source_name);

// Reads and parses a CSV file; throws CsvError naming the file when it cannot be read.
CsvTable read_csv_file(const std::string& path);

}  // namespace peiling
