// `peiling validate FILE`: checks a questionnaire definition and prints a one-line summary,
// or every problem it has (one line each, in file order, printed by run_cli) and exits 1.
#include <ostream>

#include "app/verbs.h"
#include "base/escape.h"
#include "engine/definition_loader.h"

namespace peiling {

int run_validate(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling validate FILE", "Checks a questionnaire definition file (JSON) and prints a summary, or every problem\n"
                      "it finds, one per line: FILE:LINE:COLUMN: path: problem. The format is described in\n"
                      "docs/questionnaire-format.md.");
  options.add()("file", po::value<std::string>()->required(), "the definition file");
  options.positional("file", 1);
  if (!options.parse(args, io)) return 0;
  const auto& path = options.get<std::string>("file");
  const Questionnaire questionnaire = load_definition_file(path);  // throws before anything is printed
  io.out << escape_terminal(path + ": ok: " + summarize(questionnaire)) << "\n";
  return 0;
}

}  // namespace peiling
