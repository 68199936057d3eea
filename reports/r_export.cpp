// `export --format r`: the rows as CSV (one column per variable, numbers as numbers,
// missing values as their user-missing codes so the reasons stay apart) and an R script
// that reads the CSV and gives every column its label: factors with their levels (ordered
// for ordinal variables, missing codes as NA), or, where the haven package is installed,
// haven's labelled_spss vectors that keep the missing codes apart as SPSS does.
// Text cells carry the CSV formula guard (base/formula_guard.h), as every CSV of peiling
// does, so the file is safe to open in a spreadsheet too; the script takes it off again.
// R's CSV reader turns a line break CR LF inside a text into LF; nothing else changes.
#include <charconv>
#include <fstream>
#include <stdexcept>

#include "base/escape.h"
#include "base/messages.h"
#include "reports/labelled_writer.h"

namespace peiling {

namespace {

std::string number_text(double number) {
  char buffer[32];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
  return std::string(buffer, written.ptr);
}

class RCsvWriter final : public LabelledWriter {
 public:
  explicit RCsvWriter(const std::filesystem::path& path) : path_(path), out_(path, std::ios::binary) {
    if (!out_) throw std::runtime_error(text(Msg::export_cannot_create, path.string()));
  }

  void begin(const ExportVariables& variables, long /*rows*/) override {
    model_ = &variables;
    line_.clear();
    for (const ExportVariable& variable : variables.variables()) {
      if (!line_.empty()) line_ += ',';
      line_ += variable.name;  // names are plain: nothing to escape
    }
    end_line();
  }

  void row(std::int64_t /*response_id*/, const std::vector<ExportCell>& cells) override {
    line_.clear();
    const auto& variables = model_->variables();
    for (std::size_t v = 0; v < cells.size(); ++v) {
      if (v) line_ += ',';
      const ExportCell& cell = cells[v];
      if (variables[v].text || variables[v].content == VariableContent::time) append_csv_field(line_, cell.text);
      else if (cell.missing && variables[v].missing[static_cast<std::size_t>(*cell.missing)])
        line_ += std::to_string(*variables[v].missing[static_cast<std::size_t>(*cell.missing)]);
      else if (cell.missing) continue;  // no code for it: an empty cell, NA in R
      else line_ += number_text(cell.number);
    }
    end_line();
  }

  void finish() override {
    out_.close();
    if (!out_) throw std::runtime_error(text(Msg::export_cannot_write, path_.string()));
  }

 private:
  void end_line() {
    line_ += "\r\n";
    out_ << line_;
  }

  std::filesystem::path path_;
  std::ofstream out_;
  const ExportVariables* model_ = nullptr;
  std::string line_;
};

// The values of a numeric vector in R: c(1, 2, 3), or NULL.
std::string r_numbers(const std::vector<int>& values) {
  if (values.empty()) return "NULL";
  std::string text = "c(";
  for (std::size_t i = 0; i < values.size(); ++i) text += (i ? ", " : "") + std::to_string(values[i]);
  return text + ")";
}

std::string r_strings(const std::vector<std::string>& texts) {
  if (texts.empty()) return "NULL";
  std::string text = "c(";
  for (std::size_t i = 0; i < texts.size(); ++i) text += (i ? ", " : "") + escape_r_string(texts[i]);
  return text + ")";
}

// The formula guard's undoing, as R's regular expression (PCRE): a leading ' before
// another ', or before what starts a formula after optional spaces. The characters are
// those of base/formula_guard.cpp (a test checks every code point against it), written as
// R's \u escapes so the pattern is UTF-8 and R matches characters, not bytes.
constexpr const char* kUnguardFunction = R"R(peiling_unguard <- function(x) {
  spaces <- "[ \u00a0\u2000-\u200a\u202f\u205f\u3000]*"
  starts <- "[=+\\-@\t\r\n\u207a\u207c\u208a\u208c\ufb29\ufe62\ufe63\ufe66\ufe6b\uff0b\uff0d\uff1d\uff20]"
  sub(paste0("^'(?='|", spaces, starts, ")"), "", x, perl = TRUE)
}
)R";

constexpr const char* kHelpers = R"R(peiling_has_haven <- !(exists("peiling_use_haven") && isFALSE(peiling_use_haven)) &&
  requireNamespace("haven", quietly = TRUE)

# A numeric column: with haven a labelled_spss vector (missing codes kept, as in SPSS);
# without it a factor of the labelled values (ordered for ordinal ones), missing codes NA.
peiling_number <- function(x, label, values = NULL, labels = NULL, missing = NULL, missing_labels = NULL,
                           ordered = FALSE) {
  x <- as.numeric(x)
  if (peiling_has_haven) {
    all_values <- as.numeric(c(values, missing))
    names(all_values) <- c(labels, missing_labels)
    if (length(all_values) == 0) all_values <- NULL
    return(haven::labelled_spss(x, labels = all_values, na_values = if (length(missing)) as.numeric(missing), label = label))
  }
  x[x %in% missing] <- NA
  if (length(values)) x <- factor(x, levels = values, labels = labels, ordered = ordered)
  attr(x, "label") <- label
  x
}

peiling_text <- function(x, label) {
  x <- peiling_unguard(x)
  attr(x, "label") <- label
  x
}

)R";

}  // namespace

std::unique_ptr<LabelledWriter> r_csv_writer(const std::filesystem::path& path) { return std::make_unique<RCsvWriter>(path); }

std::string r_script(const ExportVariables& variables, const std::string& csv_name) {
  std::string script = text_in(variables.language(), Msg::export_r_script_head, csv_name);
  script += kUnguardFunction;
  script += "\n";
  script += kHelpers;
  script += "peiling_folder <- tryCatch(dirname(sys.frame(1)$ofile), error = function(e) \".\")\n";
  script += "peiling <- utils::read.csv(file.path(peiling_folder, " + escape_r_string(csv_name) +
            "), encoding = \"UTF-8\", fileEncoding = \"UTF-8\",\n"
            "                           colClasses = \"character\", na.strings = character(0), check.names = FALSE)\n";
  for (const ExportVariable& variable : variables.variables()) {
    const std::string column = "peiling$" + variable.name;
    if (variable.text) {
      script += column + " <- peiling_text(" + column + ", " + escape_r_string(variable.label) + ")\n";
      continue;
    }
    if (variable.content == VariableContent::time) {
      script += column + " <- as.POSIXct(" + column + ", format = \"%Y-%m-%dT%H:%M:%SZ\", tz = \"UTC\")\n" +
                "attr(" + column + ", \"label\") <- " + escape_r_string(variable.label) + "\n";
      continue;
    }
    std::vector<int> values, missing;
    std::vector<std::string> labels, missing_labels;
    for (const ValueLabel& value : variable.values) {
      values.push_back(value.value);
      labels.push_back(value.label);
    }
    for (std::size_t r = 0; r < kMissingReasons; ++r)
      if (variable.missing[r]) {
        missing.push_back(*variable.missing[r]);
        missing_labels.emplace_back(missing_label(static_cast<MissingReason>(r), variables.language()));
      }
    script += column + " <- peiling_number(" + column + ", " + escape_r_string(variable.label) + ",\n  values = " +
              r_numbers(values) + ", labels = " + r_strings(labels) + ",\n  missing = " + r_numbers(missing) +
              ", missing_labels = " + r_strings(missing_labels) +
              (variable.measure == MeasureLevel::ordinal ? ", ordered = TRUE" : "") + ")\n";
  }
  return script;
}

}  // namespace peiling
