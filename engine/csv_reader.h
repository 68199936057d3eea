// Reading CSV as Excel and online-form tools write it: RFC 4180 quoting, quoted line
// breaks, a UTF-8 byte-order mark, Windows line ends, and ',' ';' or tab as the separator
// (Dutch Excel writes ';', "Unicode text" exports use tabs). The one place CSV is parsed by
// hand; every importer reads through it. CsvReader streams (memory does not grow with the
// file); parse_csv and read_csv_file are the small-file conveniences over it.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace peiling {

// A file that is not valid CSV; the message names the file and the line.
class CsvError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CsvRow {
  int line = 0;    // 1-based line of the file where the row starts (for messages about the file's text)
  int record = 0;  // the row's number in a spreadsheet: the header is row 1, a blank line counts,
                   // a quoted cell with line breaks does not ("rij 7" in import messages)
  std::vector<std::string> fields;
};

// Reads rows one at a time from a stream. The separator is the first of ';', ',' or tab
// that occurs outside quotes in the header line; blank lines are skipped.
class CsvReader {
 public:
  // Every chunk of raw bytes read is passed to `on_bytes` (e.g. to hash the file) before
  // it is parsed. Reads the header row; throws CsvError when there is none or when it is
  // not UTF-8.
  CsvReader(std::istream& in, std::string source_name,
            std::function<void(std::string_view chunk)> on_bytes = nullptr);

  const std::vector<std::string>& header() const { return header_; }  // fields trimmed
  char separator() const { return separator_; }
  const std::string& source_name() const { return source_; }

  // Reads the next non-blank row into `row` (reusing its storage); false at the end.
  bool next(CsvRow& row);

  std::uint64_t bytes_read() const { return bytes_read_; }  // raw bytes consumed so far

 private:
  bool fill();
  int get();
  int peek();
  void read_row(CsvRow& row);
  void read_quoted(std::string& value);

  std::istream& in_;
  std::string source_;
  std::function<void(std::string_view)> on_bytes_;
  std::string buffer_;
  std::size_t position_ = 0;
  std::uint64_t bytes_read_ = 0;
  char separator_ = ',';
  int line_ = 1;
  int record_ = 0;
  std::vector<std::string> header_;
};

// Throws CsvError naming the file, line and column of the first field of `row` that is not
// valid UTF-8 (base/utf8.h). The header and every row of a CsvTable are checked so; the
// response import checks its cells itself, to list every bad row at once.
void require_utf8(const CsvRow& row, const std::string& source_name);

struct CsvTable {
  std::vector<std::string> header;  // the first row, fields trimmed
  std::vector<CsvRow> rows;         // the other rows; blank lines are skipped

  // Position of a header column, or -1.
  int column(const std::string& name) const;
};

// Parses CSV text; `source_name` names the file in errors. Text that is not UTF-8 is refused.
CsvTable parse_csv(const std::string& text, const std::string& source_name);

// Reads and parses a CSV file; throws CsvError naming the file when it cannot be read.
CsvTable read_csv_file(const std::string& path);

}  // namespace peiling
