// Loads a questionnaire definition (JSON, read with Boost.PropertyTree) into the model and
// checks it completely, so nothing downstream meets an invalid questionnaire.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/questionnaire.h"

namespace peiling {

// A definition that cannot be used. The message names the file, the line where the parser
// knows it, and the path of the offending node, e.g.
//   greven.json:14: questions[2].items: a rank question needs at least 2 items
// or, for problems in the text itself, its line and column:
//   greven.json:3:17: nested deeper than 64 levels
class DefinitionError : public std::runtime_error {
 public:
  DefinitionError(std::string file, int line, std::string node_path, std::string problem, int column = 0);

  const std::string& file() const { return file_; }
  int line() const { return line_; }  // 0 when unknown
  int column() const { return column_; }  // 0 when unknown
  const std::string& node_path() const { return node_path_; }
  const std::string& problem() const { return problem_; }

 private:
  std::string file_;
  int line_;
  int column_;
  std::string node_path_;
  std::string problem_;
};

// Parses and validates definition text; `source_name` is used in error messages.
Questionnaire parse_definition(const std::string& text, const std::string& source_name);

// Reads a definition file; throws DefinitionError (also when the file cannot be read).
Questionnaire load_definition_file(const std::string& path);

// Reads a whole file as text; throws DefinitionError naming the file when it cannot.
std::string read_definition_text(const std::string& path);

// The keys one kind of object in a definition accepts: "questionnaire", "group",
// "coding_frame", "code", "item", "question" (the keys every question has) and, per
// question type by its name ("rank", ...), the keys that type adds.
struct DefinitionKeyTable {
  std::string object;
  std::vector<std::string_view> keys;
};
std::vector<DefinitionKeyTable> accepted_definition_keys();

// One-line summary for `peiling validate`, e.g.
//   greven-fasen 1: 5 questions (1 number, 1 rank, 3 text), 3 groups, 1 coding frame
// (types in the order they first appear)
std::string summarize(const Questionnaire& questionnaire);

}  // namespace peiling
