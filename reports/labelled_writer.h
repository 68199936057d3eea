// What the labelled exports' file writers (ReadStat's sav and dta, the R CSV) do for the
// pass of labelled_export.cpp: told the variables and the number of rows first, then each
// row in response order. Internal to reports/.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "reports/export_variables.h"
#include "reports/labelled_export.h"

namespace peiling {

class LabelledWriter {
 public:
  virtual ~LabelledWriter() = default;
  virtual void begin(const ExportVariables& variables, long rows) = 0;
  virtual void row(std::int64_t response_id, const std::vector<ExportCell>& cells) = 0;
  virtual void finish() = 0;
};

// Writers into `path` (a temporary file the caller renames); `warnings` collects what
// they shortened.
std::unique_ptr<LabelledWriter> readstat_writer(const std::filesystem::path& path, LabelledFormat format,
                                                std::vector<std::string>& warnings);
std::unique_ptr<LabelledWriter> r_csv_writer(const std::filesystem::path& path);

// The R script that reads `csv_name` (beside it) and labels its columns.
std::string r_script(const ExportVariables& variables, const std::string& csv_name);

// The codebook of an export (self-contained HTML).
struct CodebookFacts {
  std::string survey_label;
  std::string data_file;       // file name of the data
  LabelledFormat format = LabelledFormat::sav;
  int rows = 0;
  std::vector<std::string> notes;  // withheld groups and the like, already in the codebook's language
};
std::string codebook_html(const ExportVariables& variables, const CodebookFacts& facts);

// `text` cut to at most `max_bytes` without splitting a UTF-8 character.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace peiling
