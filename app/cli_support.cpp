// Shared option handling for the verbs; see cli_support.h.
#include "app/cli_support.h"

#include <ostream>

namespace peiling {

VerbOptions::VerbOptions(std::string usage, std::string purpose)
    : usage_(std::move(usage)), purpose_(std::move(purpose)), options_("Options") {
  options_.add_options()("help,h", "show this help and exit");
}

void VerbOptions::add_db_option() {
  options_.add_options()("db", po::value<std::string>()->default_value("peiling.sqlite"),
                         "the SQLite database file");
}

void VerbOptions::add_survey_option() {
  options_.add_options()("survey", po::value<std::int64_t>()->required(), "the survey id (see 'peiling survey list')");
}

void VerbOptions::add_lang_option(const char* language_of) {
  options_.add_options()("lang", po::value<std::string>()->default_value("nl"),
                         (std::string("language of ") + language_of + ": nl or en").c_str());
}

Language VerbOptions::language() const {
  const std::string& typed = get<std::string>("lang");
  const auto language = language_from_string(typed);
  if (!language) throw UsageError("--lang " + typed + ": choose nl or en");
  return *language;
}

void VerbOptions::positional(const char* name, int max_count) { positionals_.add(name, max_count); }

bool VerbOptions::parse(const std::vector<std::string>& args, VerbIo& io) {
  try {
    po::store(po::command_line_parser(args).options(options_).positional(positionals_).run(), values_);
    if (values_.count("help")) {
      io.out << "usage: " << usage_ << "\n\n" << purpose_ << "\n\n" << options_;
      return false;
    }
    po::notify(values_);
  } catch (const po::error& problem) {
    throw UsageError(problem.what());
  }
  return true;
}

}  // namespace peiling
