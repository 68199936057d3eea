// Loads a questionnaire definition (JSON, read with Boost.PropertyTree) into the model and
// checks it completely, so nothing downstream meets an invalid questionnaire.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "base/messages.h"
#include "engine/questionnaire.h"

namespace peiling {

// One thing wrong with a definition: where it is (the file; the line and column where
// known, else 0; the path of the offending node, e.g. "questions[2].items") and what.
struct DefinitionProblem {
  std::string file;
  int line = 0;
  int column = 0;
  std::string node_path;  // "" for problems in the text itself (syntax, encoding)
  std::string problem;
};

// The problems sorted by line and column (a stable sort: problems at one place keep their order).
std::vector<DefinitionProblem> in_file_order(std::vector<DefinitionProblem> problems);

// "greven.json:14:7: questions[2].items: a rank question needs at least 2 items"; the
// line and column are left out when unknown, the path when there is none.
std::string to_string(const DefinitionProblem& problem);

// A definition that cannot be used, with every problem found, in file order. what() is
// one line per problem (to_string); the accessors give the first one.
class DefinitionError : public std::runtime_error {
 public:
  explicit DefinitionError(std::vector<DefinitionProblem> problems);
  DefinitionError(std::string file, int line, std::string node_path, std::string problem, int column = 0);

  const std::vector<DefinitionProblem>& problems() const { return problems_; }
  const std::string& file() const { return problems_.front().file; }
  int line() const { return problems_.front().line; }  // 0 when unknown
  int column() const { return problems_.front().column; }  // 0 when unknown
  const std::string& node_path() const { return problems_.front().node_path; }
  const std::string& problem() const { return problems_.front().problem; }

 private:
  std::vector<DefinitionProblem> problems_;
};

// Parses and validates definition text; `source_name` is used in error messages, which are
// in `language` (the user's, unless the caller carries its own, as the workbench does).
Questionnaire parse_definition(const std::string& text, const std::string& source_name,
                               Language language = user_language());

// Reads a definition file; throws DefinitionError (also when the file cannot be read).
Questionnaire load_definition_file(const std::string& path, Language language = user_language());

// Reads a whole file as text; throws DefinitionError naming the file when it cannot.
std::string read_definition_text(const std::string& path, Language language = user_language());

// The keys one kind of object in a definition accepts: "questionnaire", "group",
// "coding_frame", "code", "item", "question" (the keys every question has) and, per
// question type by its name ("rank", ...), the keys that type adds.
struct DefinitionKeyTable {
  std::string object;
  std::vector<std::string_view> keys;
};
std::vector<DefinitionKeyTable> accepted_definition_keys();

// One-line summary for `peiling validate`, e.g.
//   greven-fasen 1: 5 vragen (1 number, 1 rank, 3 text), 3 groepen, 1 codeerschema
// (types in the order they first appear; the type names are the format's own)
std::string summarize(const Questionnaire& questionnaire, Language language = user_language());

// "3 vragen" or "1 vraag", "2 groups" or "1 group": the counts summarize says, for a page.
std::string questions_counted(const Questionnaire& questionnaire, Language language = user_language());
std::string groups_counted(const Questionnaire& questionnaire, Language language = user_language());

}  // namespace peiling
