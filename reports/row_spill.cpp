// Rows kept in a temporary file between the pass and the writers; see row_spill.h. A row
// is its response id, then per cell a kind byte (0 value, 2 + MissingReason) and, for a
// value, its number (8 bytes) and its text (length, 8 bytes, then the bytes; a time has both).
#include "reports/row_spill.h"

#include "base/messages.h"

#include <stdexcept>

namespace peiling {

namespace {

constexpr unsigned char kValue = 0;
constexpr unsigned char kMissing = 2;

}  // namespace

RowSpill::RowSpill(std::size_t variables) : file_(std::tmpfile()), longest_(variables, 0) {
  if (!file_) throw std::runtime_error(text(Msg::files_no_spill_file));
}

RowSpill::~RowSpill() { std::fclose(file_); }

void RowSpill::write(const void* data, std::size_t bytes) {
  if (bytes && std::fwrite(data, 1, bytes, file_) != bytes)
    throw std::runtime_error(text(Msg::files_spill_write));
}

void RowSpill::read(void* data, std::size_t bytes) {
  if (bytes && std::fread(data, 1, bytes, file_) != bytes) throw std::runtime_error(text(Msg::files_spill_read));
}

void RowSpill::add(std::int64_t response_id, const std::vector<ExportCell>& row) {
  write(&response_id, sizeof response_id);
  for (std::size_t v = 0; v < row.size(); ++v) {
    const ExportCell& cell = row[v];
    if (cell.missing) {
      const auto kind = static_cast<unsigned char>(kMissing + static_cast<unsigned char>(*cell.missing));
      write(&kind, 1);
    } else {
      const std::uint64_t length = cell.text.size();
      write(&kValue, 1);
      write(&cell.number, sizeof cell.number);
      write(&length, sizeof length);
      write(cell.text.data(), cell.text.size());
      longest_[v] = std::max(longest_[v], cell.text.size());
    }
  }
  ++rows_;
}

void RowSpill::replay(const std::function<void(std::int64_t, const std::vector<ExportCell>&)>& visit) {
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) throw std::runtime_error(text(Msg::files_spill_read));
  std::vector<ExportCell> row(longest_.size());
  for (long r = 0; r < rows_; ++r) {
    std::int64_t response_id = 0;
    read(&response_id, sizeof response_id);
    for (ExportCell& cell : row) {
      unsigned char kind = 0;
      read(&kind, 1);
      cell.missing.reset();
      cell.text.clear();
      cell.number = 0;
      if (kind >= kMissing) {
        cell.missing = static_cast<MissingReason>(kind - kMissing);
        continue;
      }
      std::uint64_t length = 0;
      read(&cell.number, sizeof cell.number);
      read(&length, sizeof length);
      cell.text.resize(length);
      read(cell.text.data(), length);
    }
    visit(response_id, row);
  }
}

}  // namespace peiling
