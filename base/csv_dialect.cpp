// Writing CSV rows in a spreadsheet's dialect; see csv_dialect.h.
#include "base/csv_dialect.h"

#include "base/escape.h"

namespace peiling {

void write_csv_start(std::ostream& out, const CsvDialect& dialect) {
  if (dialect.byte_order_mark) out << "\xEF\xBB\xBF";
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& cells, const CsvDialect& dialect) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) line += dialect.separator;
    append_csv_field(line, cells[i]);
  }
  out << line << "\r\n";
}

}  // namespace peiling
