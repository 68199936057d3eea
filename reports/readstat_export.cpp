// The SPSS (.sav) and Stata (.dta) files of the labelled export, written with ReadStat
// (Debian libreadstat-dev). Both take the same variables, labels and
// value labels; they differ in what a format can hold:
//   sav  every number a double; user-missing codes are values (-1, -2, -3) that the
//        dictionary marks missing; rows compressed (SPSS's own bytecode compression);
//        strings up to 32,767 bytes, variable labels 256, value labels 120
//        the time a date-time (DATETIME20)
//   dta  format 118 (Stata 14 and later, UTF-8); whole numbers as long, others double,
//        the time a %tc date-time;
//        missing values as Stata's own .a (not answered) .b (not asked) .c (not coded),
//        labelled; strings up to 2,045 bytes, variable labels 320
// Texts are cut at a character boundary to those limits; an answer cut short gets a
// warning naming its response and variable. A NUL character, which neither format's C
// strings can carry, ends the text there.
#include <readstat.h>

#include <fstream>
#include <memory>
#include <stdexcept>

#include "base/messages.h"
#include "reports/labelled_writer.h"

namespace peiling {

namespace {

struct FormatLimits {
  std::size_t string_bytes;
  std::size_t variable_label_bytes;
  std::size_t value_label_bytes;
};

constexpr FormatLimits kSav{32'767, 256, 120};
constexpr FormatLimits kDta{2'045, 320, 320};

readstat_measure_t measure_of(MeasureLevel level) {
  switch (level) {
    case MeasureLevel::nominal: return READSTAT_MEASURE_NOMINAL;
    case MeasureLevel::ordinal: return READSTAT_MEASURE_ORDINAL;
    case MeasureLevel::scale: return READSTAT_MEASURE_SCALE;
  }
  return READSTAT_MEASURE_UNKNOWN;
}

char stata_tag(MissingReason reason) { return static_cast<char>('a' + static_cast<int>(reason)); }

ssize_t write_to_stream(const void* data, size_t length, void* context) {
  auto& out = *static_cast<std::ofstream*>(context);
  out.write(static_cast<const char*>(data), static_cast<std::streamsize>(length));
  return out ? static_cast<ssize_t>(length) : -1;
}

class ReadStatWriter final : public LabelledWriter {
 public:
  ReadStatWriter(const std::filesystem::path& path, LabelledFormat format, std::vector<std::string>& warnings)
      : path_(path), sav_(format == LabelledFormat::sav), limits_(sav_ ? kSav : kDta), warnings_(warnings),
        out_(path, std::ios::binary), writer_(readstat_writer_init()) {
    if (!out_) throw std::runtime_error(text(Msg::export_cannot_create, path.string()));
    check(readstat_set_data_writer(writer_.get(), write_to_stream));
    if (sav_) check(readstat_writer_set_compression(writer_.get(), READSTAT_COMPRESS_ROWS));
    else check(readstat_writer_set_file_format_version(writer_.get(), 118));
  }
  ReadStatWriter(const ReadStatWriter&) = delete;
  ReadStatWriter& operator=(const ReadStatWriter&) = delete;

  void begin(const ExportVariables& variables, long rows) override {
    model_ = &variables;
    const std::string title(utf8_prefix(variables.questionnaire().title, 64));
    check(readstat_writer_set_file_label(writer_.get(), title.c_str()));
    for (const ExportVariable& variable : variables.variables()) add_variable(variable);
    check(sav_ ? readstat_begin_writing_sav(writer_.get(), &out_, rows) : readstat_begin_writing_dta(writer_.get(), &out_, rows));
    check(readstat_validate_metadata(writer_.get()));
    for (const readstat_variable_t* variable : columns_) check(readstat_validate_variable(writer_.get(), variable));
  }

  void row(std::int64_t response_id, const std::vector<ExportCell>& cells) override {
    check(readstat_begin_row(writer_.get()));
    const auto& variables = model_->variables();
    for (std::size_t v = 0; v < cells.size(); ++v) insert(response_id, variables[v], columns_[v], cells[v]);
    check(readstat_end_row(writer_.get()));
  }

  void finish() override {
    check(readstat_end_writing(writer_.get()));
    out_.close();
    if (!out_) throw std::runtime_error(text(Msg::export_cannot_write, path_.string()));
  }

 private:
  void check(readstat_error_t error) const {
    if (error != READSTAT_OK)
      throw std::runtime_error(
          text(Msg::export_readstat_failed, path_.string(), sav_ ? "SPSS" : "Stata", readstat_error_message(error)));
  }

  readstat_type_t type_of(const ExportVariable& variable) const {
    if (variable.text) return READSTAT_TYPE_STRING;
    if (sav_ || !variable.whole_numbers || variable.content == VariableContent::response_id ||
        variable.content == VariableContent::time)
      return READSTAT_TYPE_DOUBLE;
    return READSTAT_TYPE_INT32;
  }

  std::size_t string_width(const ExportVariable& variable) const {
    return std::clamp<std::size_t>(variable.text_bytes, 1, limits_.string_bytes);
  }

  void add_variable(const ExportVariable& variable) {
    readstat_variable_t* column =
        readstat_add_variable(writer_.get(), variable.name.c_str(), type_of(variable), variable.text ? string_width(variable) : 0);
    const std::string label(utf8_prefix(variable.label, limits_.variable_label_bytes));
    readstat_variable_set_label(column, label.c_str());
    readstat_variable_set_measure(column, measure_of(variable.measure));
    if (variable.content == VariableContent::time) readstat_variable_set_format(column, sav_ ? "DATETIME20" : "%tc");
    else if (sav_ && !variable.text) readstat_variable_set_format(column, variable.whole_numbers ? "F8.0" : "F8.2");
    if (!variable.text) add_value_labels(variable, column);
    columns_.push_back(column);
  }

  void add_value_labels(const ExportVariable& variable, readstat_variable_t* column) {
    const bool has_missing = std::any_of(variable.missing.begin(), variable.missing.end(), [](auto& code) { return code.has_value(); });
    if (variable.values.empty() && !has_missing) return;
    readstat_label_set_t* labels = readstat_add_label_set(writer_.get(), READSTAT_TYPE_INT32, variable.name.c_str());
    for (const ValueLabel& value : variable.values) {
      const std::string text(utf8_prefix(value.label, limits_.value_label_bytes));
      readstat_label_int32_value(labels, value.value, text.c_str());
    }
    for (std::size_t r = 0; r < kMissingReasons; ++r) {
      if (!variable.missing[r]) continue;
      const auto reason = static_cast<MissingReason>(r);
      const std::string text(missing_label(reason, model_->language()));
      if (sav_) {
        readstat_label_int32_value(labels, *variable.missing[r], text.c_str());
        check(readstat_variable_add_missing_double_value(column, *variable.missing[r]));
      } else {
        readstat_label_tagged_value(labels, stata_tag(reason), text.c_str());
      }
    }
    readstat_variable_set_label_set(column, labels);
  }

  void insert(std::int64_t response_id, const ExportVariable& variable, const readstat_variable_t* column,
              const ExportCell& cell) {
    if (variable.text) return insert_text(response_id, variable, column, cell.text);
    if (cell.missing && !variable.missing[static_cast<std::size_t>(*cell.missing)])
      return check(readstat_insert_missing_value(writer_.get(), column));  // no code for it (a time not understood)
    if (cell.missing) {
      if (sav_) check(readstat_insert_double_value(writer_.get(), column, *variable.missing[static_cast<std::size_t>(*cell.missing)]));
      else check(readstat_insert_tagged_missing_value(writer_.get(), column, stata_tag(*cell.missing)));
      return;
    }
    if (variable.content == VariableContent::time) return check(readstat_insert_double_value(writer_.get(), column, date_time(cell.number)));
    if (type_of(variable) == READSTAT_TYPE_INT32) check(readstat_insert_int32_value(writer_.get(), column, static_cast<int32_t>(cell.number)));
    else check(readstat_insert_double_value(writer_.get(), column, cell.number));
  }

  // Seconds since 1970 as the format counts time: SPSS in seconds since 14 October 1582,
  // Stata in milliseconds since 1 January 1960.
  double date_time(double unix_seconds) const {
    return sav_ ? unix_seconds + 12'219'379'200.0 : (unix_seconds + 315'619'200.0) * 1000.0;
  }

  void insert_text(std::int64_t response_id, const ExportVariable& variable, const readstat_variable_t* column,
                   const std::string& text) {
    const std::size_t width = string_width(variable);
    text_.assign(utf8_prefix(text, width));
    if (text_.size() < text.size()) warn_cut(response_id, variable, text.size(), width);
    check(readstat_insert_string_value(writer_.get(), column, text_.c_str()));
  }

  void warn_cut(std::int64_t response_id, const ExportVariable& variable, std::size_t bytes, std::size_t width) {
    warnings_.push_back(text_in(model_->language(), Msg::export_text_cut, response_id, variable.name, bytes, width,
                                sav_ ? "SPSS" : "Stata"));
  }

  std::filesystem::path path_;
  bool sav_;
  FormatLimits limits_;
  std::vector<std::string>& warnings_;
  std::ofstream out_;
  // Owned so that a constructor that throws (a file that cannot be made) still frees it.
  struct FreeWriter {
    void operator()(readstat_writer_t* writer) const { readstat_writer_free(writer); }
  };
  std::unique_ptr<readstat_writer_t, FreeWriter> writer_;
  const ExportVariables* model_ = nullptr;
  std::vector<readstat_variable_t*> columns_;
  std::string text_;  // reused: a million rows allocate nothing each
};

}  // namespace

std::unique_ptr<LabelledWriter> readstat_writer(const std::filesystem::path& path, LabelledFormat format,
                                                std::vector<std::string>& warnings) {
  return std::make_unique<ReadStatWriter>(path, format, warnings);
}

}  // namespace peiling
