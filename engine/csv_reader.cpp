// CSV parsing; see csv_reader.h.
#include "engine/csv_reader.h"

#include <fstream>
#include <sstream>

namespace peiling {

namespace {

char detect_separator(const std::string& text) {
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == ';' || c == ',')) return c;
    if (!quoted && c == '\n') break;
  }
  return ',';
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool is_blank(const CsvRow& row) {
  for (const auto& field : row.fields)
    if (!trimmed(field).empty()) return false;
  return true;
}

// A small state machine over the characters: it knows whether it is inside quotes.
class CsvParser {
 public:
  CsvParser(const std::string& text, std::string source_name, char separator)
      : text_(text), source_(std::move(source_name)), separator_(separator) {}

  std::vector<CsvRow> rows() {
    std::vector<CsvRow> rows;
    std::size_t i = text_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (i < text_.size()) {
      CsvRow row = read_row(i);
      if (!is_blank(row)) rows.push_back(std::move(row));
    }
    return rows;
  }

 private:
  CsvRow read_row(std::size_t& i) {
    CsvRow row;
    row.line = line_;
    std::string field;
    bool field_was_quoted = false;
    while (i < text_.size()) {
      const char c = text_[i];
      if (c == '"' && trimmed(field).empty() && !field_was_quoted) {
        field = read_quoted(i);
        field_was_quoted = true;
        continue;
      }
      ++i;
      if (c == separator_) {
        row.fields.push_back(std::move(field));
        field.clear();
        field_was_quoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i < text_.size() && text_[i] == '\n') ++i;
        ++line_;
        break;
      } else if (field_was_quoted && c != ' ' && c != '\t') {
        throw CsvError(source_ + ":" + std::to_string(line_) + ": text after a closing quote; write a quote inside a quoted field as \"\"");
      } else if (!field_was_quoted) {
        field += c;
      }
    }
    row.fields.push_back(std::move(field));
    return row;
  }

  // Reads "..." starting at the opening quote; "" inside stands for one quote.
  std::string read_quoted(std::size_t& i) {
    const int start_line = line_;
    std::string value;
    ++i;
    while (i < text_.size()) {
      const char c = text_[i++];
      if (c == '"') {
        if (i < text_.size() && text_[i] == '"') {
          value += '"';
          ++i;
          continue;
        }
        return value;
      }
      if (c == '\n') ++line_;
      value += c;
    }
    throw CsvError(source_ + ":" + std::to_string(start_line) + ": a quoted field is never closed");
  }

  const std::string& text_;
  std::string source_;
  char separator_;
  int line_ = 1;
};

}  // namespace

int CsvTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

CsvTable parse_csv(const std::string& text, const std::string& source_name) {
  auto rows = CsvParser(text, source_name, detect_separator(text)).rows();
  CsvTable table;
  if (rows.empty()) throw CsvError(source_name + ": the file is empty; expected a header row");
  for (const auto& name : rows.front().fields) table.header.push_back(trimmed(name));
  table.rows.assign(std::make_move_iterator(rows.begin() + 1), std::make_move_iterator(rows.end()));
  return table;
}

CsvTable read_csv_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw CsvError(path + ": cannot open the file");
  std::ostringstream text;
  text << file.rdbuf();
  return parse_csv(text.str(), path);
}

}  // namespace peiling
