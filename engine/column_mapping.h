// A --map file: how the headers and answer labels of a foreign export (Google Forms,
// Microsoft Forms, LimeSurvey) translate to the canonical import columns, so such a file
// imports without hand-editing. JSON, e.g.
//   { "ignore":  ["Tijdstempel"],
//     "columns": { "Ik werk als": "groep", "Rangorde [Coach]": "fasen.f4" },
//     "values":  { "groep": { "Leerkracht": "leerkrachten" }, "fasen": { "5 (heel belangrijk)": "5" } } }
// Headers and labels are matched case-insensitively; "values" is keyed by a canonical
// column ("fasen.f4") or a question id ("fasen": every column of that question).
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>

namespace peiling {

class MappingError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ColumnMapping {
  std::map<std::string, std::string> columns;  // folded foreign header -> canonical column
  std::set<std::string> ignored;               // folded foreign headers to skip
  // folded canonical column or question id -> (folded foreign label -> canonical value)
  std::map<std::string, std::map<std::string, std::string>> values;

  // The canonical value for a cell of `column` (of `question_id`), or nullptr if unmapped.
  const std::string* value_for(const std::string& column, const std::string& question_id,
                               const std::string& folded_cell) const;
};

// Reads a mapping file; MappingError names the file, line (and column) and the offending
// node. Text that is not UTF-8 or nests deeper than 64 levels is refused (json_prescan.h).
ColumnMapping load_column_mapping(const std::string& path);

// The same from text; `source_name` names it in messages.
ColumnMapping parse_column_mapping(const std::string& text, const std::string& source_name);

}  // namespace peiling
