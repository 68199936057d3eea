// Verb dispatch and the mapping of errors to exit codes; see cli.h.
#include "app/cli.h"

#include <filesystem>
#include <ostream>

#include "app/verbs.h"
#include "base/escape.h"
#include "engine/store.h"

namespace peiling {

namespace {

const std::vector<SubVerb>& top_level_verbs() {
  static const std::vector<SubVerb> verbs{
      {"validate", "check a questionnaire definition file", run_validate},
      {"survey", "create, list and show surveys (create, list, show)", run_survey},
      {"code", "code open answers (session, list, set, import, export, compare, resolve)", run_code},
      {"report", "write the report, slides, charts and scores of a survey", run_report},
      {"demo", "build the demo survey (the thesis figures) and write its report", run_demo},
      {"print", "write the paper form of a survey for one group (A4 HTML)", run_print},
      {"enter", "type returned paper forms into a survey", run_enter},
      {"template", "write the CSV header for importing responses into a survey", run_template},
      {"import", "import responses from a CSV file (all or nothing)", run_import},
      {"export", "export the responses of a survey as csv, long csv or xlsx", run_export},
      {"serve", "serve the web form to phones, with a presenter page and live counts", run_serve},
      {"tokens", "make one-time tokens and printable slips with a QR code each", run_tokens},
      {"workbench", "the researcher's workbench in the browser (surveys, import, report)", run_workbench},
  };
  return verbs;
}

void print_overview(const char* verb, const std::vector<SubVerb>& verbs, std::ostream& out) {
  out << "usage: " << verb << " <command> [options]   (each command has --help)\n\ncommands:\n";
  for (const auto& sub : verbs) out << "  " << sub.name << std::string(12 - std::string(sub.name).size(), ' ') << sub.purpose << "\n";
}

}  // namespace

int dispatch_sub_verb(const char* verb, const std::vector<SubVerb>& sub_verbs, const std::vector<std::string>& args,
                      VerbIo& io) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_overview(verb, sub_verbs, args.empty() ? io.err : io.out);
    return args.empty() ? 2 : 0;
  }
  for (const auto& sub : sub_verbs)
    if (args[0] == sub.name) return sub.run(std::vector<std::string>(args.begin() + 1, args.end()), io);
  throw UsageError("unknown command '" + args[0] + "' for " + verb);
}

Store open_existing_store(const VerbOptions& options) {
  const auto& path = options.get<std::string>("db");
  if (!std::filesystem::exists(path))
    throw StoreError(path + ": no such database (create a survey first with 'peiling survey create', or name the "
                            "database with --db)");
  return Store(path);
}

int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  VerbIo io{out, err};
  try {
    return dispatch_sub_verb("peiling", top_level_verbs(), args, io);
  } catch (const UsageError& problem) {
    err << "peiling: " << escape_terminal(problem.what()) << "\n(see 'peiling --help' or 'peiling <command> --help')\n";
    return 2;
  } catch (const std::exception& problem) {
    // Definition, store and database errors carry the file, row or field they concern, and
    // often a value from the definition or a respondent: escaped, like all such output.
    err << "peiling: " << escape_terminal(problem.what()) << "\n";
    return 1;
  }
}

}  // namespace peiling
