// The rows of a labelled export kept in a temporary file between the one pass over the
// responses and the SPSS and Stata writers, which must declare each text variable's width
// and the number of rows before the first row. Sized to the answers given rather than to
// each question's max_length, 100,000 Greven responses (open answers up to 276 bytes) took
// 27 MB as .sav instead of 276 MB, and 46 MB as .dta instead of 622 MB. Memory holds one row.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <vector>

#include "reports/export_variables.h"

namespace peiling {

class RowSpill {
 public:
  explicit RowSpill(std::size_t variables);  // std::runtime_error when no temporary file can be made
  ~RowSpill();
  RowSpill(const RowSpill&) = delete;
  RowSpill& operator=(const RowSpill&) = delete;

  void add(std::int64_t response_id, const std::vector<ExportCell>& row);
  long rows() const { return rows_; }
  // The longest text (bytes) of each variable; 0 for numeric ones and empty texts.
  const std::vector<std::size_t>& longest_texts() const { return longest_; }
  // Each row, in the order added.
  void replay(const std::function<void(std::int64_t response_id, const std::vector<ExportCell>& row)>& visit);

 private:
  void write(const void* data, std::size_t bytes);
  void read(void* data, std::size_t bytes);

  std::FILE* file_;
  long rows_ = 0;
  std::vector<std::size_t> longest_;
};

}  // namespace peiling
