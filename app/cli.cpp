// Verb dispatch, the language of the run, and the mapping of errors to exit codes; see cli.h.
#include "app/cli.h"

#include <filesystem>
#include <ostream>

#include "base/messages.h"
#include "app/verbs.h"
#include "base/escape.h"
#include "engine/definition_loader.h"
#include "engine/postgres.h"
#include "engine/store.h"

namespace peiling {

namespace {

std::vector<SubVerb> top_level_verbs() {
  return {
      {"new", text(Msg::verb_new), run_new},
      {"validate", text(Msg::verb_validate), run_validate},
      {"survey", text(Msg::verb_survey), run_survey},
      {"unit", text(Msg::verb_unit), run_unit},
      {"code", text(Msg::verb_code), run_code},
      {"report", text(Msg::verb_report), run_report},
      {"demo", text(Msg::verb_demo), run_demo},
      {"print", text(Msg::verb_print), run_print},
      {"enter", text(Msg::verb_enter), run_enter},
      {"template", text(Msg::verb_template), run_template},
      {"import", text(Msg::verb_import), run_import},
      {"export", text(Msg::verb_export), run_export},
      {"serve", text(Msg::verb_serve), run_serve},
      {"tokens", text(Msg::verb_tokens), run_tokens},
      {"workbench", text(Msg::verb_workbench), run_workbench},
      {"copy", text(Msg::verb_copy), run_copy},
  };
}

void print_overview(const char* verb, const std::vector<SubVerb>& verbs, std::ostream& out) {
  out << text(Msg::usage_overview, verb);
  for (const auto& sub : verbs)
    out << "  " << sub.name << std::string(12 - std::string(sub.name).size(), ' ') << sub.purpose << "\n";
}

// The language of the messages: `--lang nl|en` anywhere on the command line (every verb
// takes it; before the verb too), else PEILING_LANG, else Dutch. Decided before anything
// is said, so that even a usage error speaks the user's language. A leading --lang is
// taken off, so the verb is the first argument.
std::vector<std::string> take_language(std::vector<std::string> args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string value;
    if (args[i] == "--lang" && i + 1 < args.size()) value = args[i + 1];
    else if (args[i].rfind("--lang=", 0) == 0) value = args[i].substr(7);
    else continue;
    if (const auto language = language_from_string(value)) set_user_language(*language);
    if (i == 0) args.erase(args.begin(), args.begin() + (args[0] == "--lang" ? 2 : 1));
    break;
  }
  return args;
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
  throw UsageError(text(Msg::unknown_command, args[0], verb));
}

Store open_existing_store(const VerbOptions& options) {
  const auto& path = options.get<std::string>("db");
  if (is_postgres_uri(path)) return Store(path);  // no file to look for: the server answers
  if (!std::filesystem::exists(path)) throw StoreError(text(Msg::no_such_database, path));
  return Store(path);
}

int run_cli(const std::vector<std::string>& given_args, std::ostream& out, std::ostream& err) {
  VerbIo io{out, err};
  try {
    const std::vector<std::string> args = take_language(given_args);
    return dispatch_sub_verb("peiling", top_level_verbs(), args, io);
  } catch (const UsageError& problem) {
    err << "peiling: " << escape_terminal(problem.what()) << "\n" << text(Msg::see_help) << "\n";
    return 2;
  } catch (const DefinitionError& error) {
    // One line per problem, as a compiler prints them, so an editor can jump to each.
    for (const DefinitionProblem& problem : error.problems()) err << escape_terminal(to_string(problem)) << "\n";
    return 1;
  } catch (const SurveyClosed& closed) {  // the store knows no languages: the message is the catalogue's
    err << "peiling: " << text(Msg::survey_closed, closed.survey_id(), closed.survey_id()) << "\n";
    return 1;
  } catch (const NoSuchSurvey& missing) {
    err << "peiling: " << text(Msg::no_such_survey, missing.survey_id()) << "\n";
    return 1;
  } catch (const std::exception& problem) {
    // Definition, store and database errors carry the file, row or field they concern, and
    // often a value from the definition or a respondent: escaped, like all such output.
    err << "peiling: " << escape_terminal(problem.what()) << "\n";
    return 1;
  }
}

}  // namespace peiling
