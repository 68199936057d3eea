// Rows kept in a temporary file between the pass and the writers; see row_spill.h. A row
// is its response id, then per cell a kind byte (0 number, 1 text, 2 + MissingReason)
// and the number (8 bytes) or the text (its length, 8 bytes, then its bytes).
#include "reports/row_spill.h"

#include <stdexcept>

namespace peiling {

namespace {

constexpr unsigned char kNumber = 0;
constexpr unsigned char kText = 1;
constexpr unsigned char kMissing = 2;

}  // namespace

RowSpill::RowSpill(std::size_t variables) : file_(std::tmpfile()), longest_(variables, 0) {
  if (!file_) throw std::runtime_error("cannot create a temporary file for the export");
}

RowSpill::~RowSpill() { std::fclose(file_); }

void RowSpill::write(const void* data, std::size_t bytes) {
  if (bytes && std::fwrite(data, 1, bytes, file_) != bytes)
    throw std::runtime_error("cannot write the export's temporary file (is the disk full?)");
}

void RowSpill::read(void* data, std::size_t bytes) {
  if (bytes && std::fread(data, 1, bytes, file_) != bytes) throw std::runtime_error("cannot read the export's temporary file");
}

void RowSpill::add(std::int64_t response_id, const std::vector<ExportCell>& row) {
  write(&response_id, sizeof response_id);
  for (std::size_t v = 0; v < row.size(); ++v) {
    const ExportCell& cell = row[v];
    if (cell.missing) {
      const auto kind = static_cast<unsigned char>(kMissing + static_cast<unsigned char>(*cell.missing));
      write(&kind, 1);
    } else if (!cell.text.empty()) {
      const std::uint64_t length = cell.text.size();
      write(&kText, 1);
      write(&length, sizeof length);
      write(cell.text.data(), cell.text.size());
      longest_[v] = std::max(longest_[v], cell.text.size());
    } else {
      write(&kNumber, 1);
      write(&cell.number, sizeof cell.number);
    }
  }
  ++rows_;
}

void RowSpill::replay(const std::function<void(std::int64_t, const std::vector<ExportCell>&)>& visit) {
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) throw std::runtime_error("cannot reread the export's temporary file");
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
      } else if (kind == kText) {
        std::uint64_t length = 0;
        read(&length, sizeof length);
        cell.text.resize(length);
        read(cell.text.data(), length);
      } else {
        read(&cell.number, sizeof cell.number);
      }
    }
    visit(response_id, row);
  }
}

}  // namespace peiling
