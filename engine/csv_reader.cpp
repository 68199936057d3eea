// CSV parsing; see csv_reader.h. A small state machine over a buffered character stream:
// it knows whether it is inside quotes, and counts lines for the messages.
#include "engine/csv_reader.h"
#include "base/messages.h"

#include <fstream>
#include <sstream>

#include "base/utf8.h"

namespace peiling {

namespace {

constexpr std::size_t kChunkSize = 1 << 20;

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool is_blank(const CsvRow& row) {
  for (const auto& field : row.fields)
    if (field.find_first_not_of(" \t") != std::string::npos) return false;
  return true;
}

// The first of ';', ',' or tab outside quotes on the first line of `text`, else ','.
char detect_separator(std::string_view text) {
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == ';' || c == ',' || c == '\t')) return c;
    if (!quoted && (c == '\n' || c == '\r')) break;
  }
  return ',';
}

}  // namespace

CsvReader::CsvReader(std::istream& in, std::string source_name, std::function<void(std::string_view)> on_bytes)
    : in_(in), source_(std::move(source_name)), on_bytes_(std::move(on_bytes)) {
  fill();
  if (buffer_.compare(0, 3, "\xEF\xBB\xBF") == 0) position_ = 3;
  separator_ = detect_separator(std::string_view(buffer_).substr(position_));
  CsvRow header;
  if (!next(header)) throw CsvError(text(Msg::csv_empty, source_));
  require_utf8(header, source_);
  for (const auto& name : header.fields) header_.push_back(trimmed(name));
}

bool CsvReader::fill() {
  buffer_.resize(kChunkSize);
  in_.read(buffer_.data(), static_cast<std::streamsize>(kChunkSize));
  buffer_.resize(static_cast<std::size_t>(in_.gcount()));
  position_ = 0;
  if (buffer_.empty()) return false;
  bytes_read_ += buffer_.size();
  if (on_bytes_) on_bytes_(buffer_);
  return true;
}

int CsvReader::peek() {
  if (position_ == buffer_.size() && !fill()) return -1;
  return static_cast<unsigned char>(buffer_[position_]);
}

int CsvReader::get() {
  const int c = peek();
  if (c >= 0) ++position_;
  return c;
}

bool CsvReader::next(CsvRow& row) {
  do {
    if (peek() < 0) return false;
    read_row(row);
  } while (is_blank(row));
  return true;
}

void CsvReader::read_row(CsvRow& row) {
  row.line = line_;
  row.record = ++record_;
  std::size_t count = 0;
  auto start_field = [&]() -> std::string& {
    if (row.fields.size() <= count) row.fields.emplace_back();
    std::string& field = row.fields[count++];
    field.clear();
    return field;
  };
  std::string* field = &start_field();
  bool field_was_quoted = false;
  for (int c = get(); c >= 0; c = get()) {
    if (c == '"' && !field_was_quoted && field->find_first_not_of(" \t") == std::string::npos) {
      field->clear();
      read_quoted(*field);
      field_was_quoted = true;
    } else if (c == separator_) {
      field = &start_field();
      field_was_quoted = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && peek() == '\n') get();
      ++line_;
      break;
    } else if (field_was_quoted && c != ' ' && c != '\t') {
      throw CsvError(text(Msg::csv_text_after_quote, source_, line_));
    } else if (!field_was_quoted) {
      *field += static_cast<char>(c);
    }
  }
  row.fields.resize(count);
}

// Reads "..." after the opening quote; "" inside stands for one quote.
void CsvReader::read_quoted(std::string& value) {
  const int start_line = line_;
  for (int c = get(); c >= 0; c = get()) {
    if (c == '"') {
      if (peek() != '"') return;
      get();
    } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
      ++line_;
    }
    value += static_cast<char>(c);
  }
  throw CsvError(text(Msg::csv_quote_not_closed, source_, start_line));
}

void require_utf8(const CsvRow& row, const std::string& source_name) {
  for (std::size_t i = 0; i < row.fields.size(); ++i)
    if (!is_valid_utf8(row.fields[i]))
      throw CsvError(text(Msg::csv_not_utf8_column, source_name, row.line, i + 1));
}

int CsvTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

namespace {

CsvTable read_table(std::istream& in, const std::string& source_name) {
  CsvReader reader(in, source_name);
  CsvTable table;
  table.header = reader.header();
  for (CsvRow row; reader.next(row);) {
    require_utf8(row, source_name);
    table.rows.push_back(row);
  }
  return table;
}

}  // namespace

CsvTable parse_csv(const std::string& text, const std::string& source_name) {
  std::istringstream in(text);
  return read_table(in, source_name);
}

CsvTable read_csv_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw CsvError(text(Msg::csv_cannot_open, path));
  return read_table(file, path);
}

}  // namespace peiling
