// `peiling validate FILE`: checks a questionnaire definition and prints a one-line summary,
// or every problem it has (one line each, in file order, printed by run_cli) and exits 1.
#include <ostream>

#include "base/messages.h"
#include "app/questionnaire_files.h"
#include "app/verbs.h"
#include "base/escape.h"
#include "engine/definition_loader.h"

namespace peiling {

int run_validate(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::validate_usage), text(Msg::validate_purpose));
  options.add()("file", po::value<std::string>()->required(), text(Msg::option_definition_file).c_str());
  options.positional("file", 1);
  if (!options.parse(args, io)) return 0;
  const auto& path = options.get<std::string>("file");
  const Questionnaire questionnaire = load_definition_file(resolve_questionnaire_path(path));  // throws before anything is printed
  io.out << escape_terminal(text(Msg::validate_ok, path, summarize(questionnaire))) << "\n";
  return 0;
}

}  // namespace peiling
