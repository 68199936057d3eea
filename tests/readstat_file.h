// For the labelled-export tests: an SPSS or Stata file read back with ReadStat's own parser
// into plain values, each cell as text so a test compares whole rows:
//   "3", "7.5"    a number          "s:tekst"   a string
//   "m:-2"        an SPSS value the dictionary marks user-missing
//   "m:.b"        a Stata extended missing value      "sysmis"  a system-missing value
#pragma once

#include <readstat.h>

#include <charconv>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace peiling::testing {

struct ReadVariable {
  std::string name;
  std::string label;
  readstat_measure_t measure = READSTAT_MEASURE_UNKNOWN;
  bool text = false;
  std::size_t width = 0;            // strings: the bytes a value may hold
  std::string format;               // the display format, e.g. "DATETIME20", "%tc"
  std::string label_set;            // "" when it has none
  std::vector<std::string> missing;  // SPSS's user-missing values, as cells print them
};

struct ReadStatFile {
  std::string file_label;
  long declared_rows = 0;
  std::vector<ReadVariable> variables;
  std::map<std::string, std::map<std::string, std::string>> value_labels;  // set -> value -> label
  std::vector<std::vector<std::string>> rows;

  const ReadVariable& variable(const std::string& name) const {
    for (const auto& variable : variables)
      if (variable.name == name) return variable;
    throw std::runtime_error("no variable " + name);
  }
  std::size_t column(const std::string& name) const { return static_cast<std::size_t>(&variable(name) - variables.data()); }
  const std::string& cell(std::size_t row, const std::string& name) const { return rows.at(row).at(column(name)); }
  // The value labels of a variable, value -> label ("" values when it has no set).
  std::map<std::string, std::string> labels_of(const std::string& name) const {
    const auto found = value_labels.find(variable(name).label_set);
    return found == value_labels.end() ? std::map<std::string, std::string>{} : found->second;
  }
};

inline std::string number_cell(double number) {
  char buffer[32];
  return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, number).ptr);
}

inline std::string value_key(readstat_value_t value) {
  if (readstat_value_is_tagged_missing(value)) return std::string(".") + readstat_value_tag(value);
  if (readstat_value_type(value) == READSTAT_TYPE_STRING) return readstat_string_value(value);
  return number_cell(readstat_double_value(value));
}

inline ReadStatFile read_statistics_file(const std::string& path) {
  ReadStatFile file;
  readstat_parser_t* parser = readstat_parser_init();
  readstat_set_metadata_handler(parser, [](readstat_metadata_t* metadata, void* context) {
    auto& read = *static_cast<ReadStatFile*>(context);
    read.declared_rows = readstat_get_row_count(metadata);
    if (const char* label = readstat_get_file_label(metadata)) read.file_label = label;
    return static_cast<int>(READSTAT_HANDLER_OK);
  });
  readstat_set_variable_handler(parser, [](int, readstat_variable_t* variable, const char* label_set, void* context) {
    auto& read = *static_cast<ReadStatFile*>(context);
    ReadVariable found;
    found.name = readstat_variable_get_name(variable);
    if (const char* label = readstat_variable_get_label(variable)) found.label = label;
    found.measure = readstat_variable_get_measure(variable);
    found.text = readstat_variable_get_type(variable) == READSTAT_TYPE_STRING;
    found.width = readstat_variable_get_storage_width(variable);
    if (const char* format = readstat_variable_get_format(variable)) found.format = format;
    if (label_set) found.label_set = label_set;
    for (int i = 0; i < readstat_variable_get_missing_ranges_count(variable); ++i)
      found.missing.push_back(value_key(readstat_variable_get_missing_range_lo(variable, i)));
    read.variables.push_back(found);
    return static_cast<int>(READSTAT_HANDLER_OK);
  });
  readstat_set_value_label_handler(parser, [](const char* set, readstat_value_t value, const char* label, void* context) {
    static_cast<ReadStatFile*>(context)->value_labels[set][value_key(value)] = label;
    return static_cast<int>(READSTAT_HANDLER_OK);
  });
  readstat_set_value_handler(parser, [](int row, readstat_variable_t* variable, readstat_value_t value, void* context) {
    auto& read = *static_cast<ReadStatFile*>(context);
    if (static_cast<std::size_t>(row) >= read.rows.size()) read.rows.resize(static_cast<std::size_t>(row) + 1);
    std::string cell;
    if (readstat_value_type(value) == READSTAT_TYPE_STRING) cell = std::string("s:") + (readstat_string_value(value) ? readstat_string_value(value) : "");
    else if (readstat_value_is_tagged_missing(value)) cell = "m:" + value_key(value);
    else if (readstat_value_is_system_missing(value)) cell = "sysmis";
    else if (readstat_value_is_defined_missing(value, variable)) cell = "m:" + value_key(value);
    else cell = value_key(value);
    read.rows.back().push_back(cell);
    return static_cast<int>(READSTAT_HANDLER_OK);
  });
  const bool sav = path.size() > 4 && path.substr(path.size() - 4) == ".sav";
  const readstat_error_t error = sav ? readstat_parse_sav(parser, path.c_str(), &file) : readstat_parse_dta(parser, path.c_str(), &file);
  readstat_parser_free(parser);
  if (error != READSTAT_OK) throw std::runtime_error(path + ": " + readstat_error_message(error));
  return file;
}

}  // namespace peiling::testing
