// Shared option handling for the verbs; see cli_support.h.
#include "app/cli_support.h"

#include <ostream>

#include "base/messages.h"

namespace peiling {

VerbOptions::VerbOptions(std::string usage, std::string purpose)
    : usage_(std::move(usage)), purpose_(std::move(purpose)), options_(text(Msg::options_heading)) {
  options_.add_options()("help,h", text(Msg::option_help).c_str());
}

void VerbOptions::add_db_option() {
  options_.add_options()("db", po::value<std::string>()->default_value("peiling.sqlite"),
                         text(Msg::option_db).c_str());
}

void VerbOptions::add_survey_option() {
  options_.add_options()("survey", po::value<std::int64_t>()->required(), text(Msg::option_survey).c_str());
}

void VerbOptions::add_lang_option(const std::string& language_of) { lang_description_ = text(Msg::option_lang_of, language_of); }

Language VerbOptions::language() const {
  const std::string& typed = get<std::string>("lang");
  const auto language = language_from_string(typed);
  if (!language) throw UsageError(text(Msg::lang_choose, typed));
  return *language;
}

// Every verb takes --lang (the language of its messages; of its output too where the verb
// says so). Its default is the run's language, which run_cli took from --lang or PEILING_LANG.
void VerbOptions::add_common_lang_option() {
  const std::string described = lang_description_.empty() ? text(Msg::option_lang) : lang_description_;
  options_.add_options()("lang", po::value<std::string>()->default_value(user_language() == Language::nl ? "nl" : "en"),
                         described.c_str());
}

void VerbOptions::add_csv_comma_option() { options_.add_options()("csv-comma", text(Msg::option_csv_comma).c_str()); }

CsvDialect VerbOptions::csv_dialect() const {
  if (has("csv-comma") || language() == Language::en) return kCsvForEnglishExcel;
  return kCsvForDutchExcel;
}

void VerbOptions::positional(const char* name, int max_count) { positionals_.add(name, max_count); }

namespace {

// A command-line mistake in the user's language; Boost.Program_options words its own in
// English only, so the usual ones are said from the catalogue.
std::string said_in_user_language(const po::error& problem) {
  const auto* named = dynamic_cast<const po::error_with_option_name*>(&problem);
  const std::string option = named ? named->get_option_name() : "";
  if (dynamic_cast<const po::required_option*>(&problem)) return text(Msg::usage_option_missing, option);
  if (dynamic_cast<const po::unknown_option*>(&problem))
    return option == "--read-db" ? text(Msg::read_db_verb_writes) : text(Msg::usage_option_unknown, option);
  if (dynamic_cast<const po::multiple_occurrences*>(&problem)) return text(Msg::usage_option_twice, option);
  if (dynamic_cast<const po::invalid_option_value*>(&problem)) return text(Msg::usage_option_bad_value, option);
  if (const auto* syntax = dynamic_cast<const po::invalid_syntax*>(&problem);
      syntax && syntax->kind() == po::invalid_syntax::missing_parameter)
    return text(Msg::usage_option_needs_value, option);
  if (dynamic_cast<const po::too_many_positional_options_error*>(&problem)) return text(Msg::usage_too_many_arguments);
  return problem.what();
}

}  // namespace

bool VerbOptions::parse(const std::vector<std::string>& args, VerbIo& io) {
  add_common_lang_option();
  // The word the help puts after an option that takes a value ("--db waarde"), which
  // Boost writes as "arg" unless told.
  po::arg = text(Msg::usage_value_word);
  try {
    po::store(po::command_line_parser(args).options(options_).positional(positionals_).run(), values_);
    if (values_.count("help")) {
      io.out << text(Msg::usage_word) << usage_ << "\n\n" << purpose_ << "\n\n" << options_;
      return false;
    }
    po::notify(values_);
  } catch (const po::error& problem) {
    throw UsageError(said_in_user_language(problem));
  }
  return true;
}

}  // namespace peiling
