// `peiling export --format sav|dta|r`: a survey's responses with every label a statistics
// program needs (export_variables.h), read in one pass over the responses, and a codebook
// (codebook.html) beside every export:
//   sav  SPSS: value labels, variable labels, measurement levels, user-missing codes
//   dta  Stata 14+ (format 118, UTF-8): the same, missing values as .a .b .c
//   r    a CSV and an R script that reads it into factors with their labels (and into
//        haven's labelled vectors, missing codes kept apart, where haven is installed)
// Groups with fewer respondents than min_group (analysis/disclosure.h) are left out
// unless all_groups is set, which the result then warns about; in a survey with units
// (issue 18) the rule holds per unit and group, since every row names its unit.
// Text variables are as wide as their longest answer (row_spill.h). Strings longer than a
// format holds (SPSS 32,767 bytes, Stata 2,045 bytes) are cut at a character boundary,
// with a warning naming the response and the variable; the whole text stays in
// `export --format csv`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/language.h"
#include "engine/store.h"

namespace peiling {

enum class LabelledFormat { sav, dta, r };
std::optional<LabelledFormat> labelled_format(std::string_view name);

struct LabelledExportOptions {
  LabelledFormat format = LabelledFormat::sav;
  Language language = Language::nl;  // of the labels peiling adds (missing codes, groep) and the codebook
  int min_group = 3;
  bool all_groups = false;  // also the groups min_group withholds
};

struct LabelledExport {
  std::vector<std::filesystem::path> files;  // written: the data, (r) the script, the codebook
  std::vector<std::string> warnings;         // for stderr: withheld groups, shortened texts
  int rows = 0;
};

// Throws StoreError for an unknown survey and std::runtime_error naming a file that
// cannot be written; nothing is left half-written.
LabelledExport write_labelled_export(Store& store, std::int64_t survey_id, const std::filesystem::path& out,
                                     const LabelledExportOptions& options);

// The codebook's place: codebook.html in the folder of `out`.
std::filesystem::path codebook_path(const std::filesystem::path& out);

}  // namespace peiling
