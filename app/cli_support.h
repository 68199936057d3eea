// What every verb shares: option parsing with Boost.Program_options, --help, --db, and the
// usage error that maps to exit code 2.
#pragma once

#include <boost/program_options.hpp>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/csv_dialect.h"
#include "base/language.h"

namespace peiling {

namespace po = boost::program_options;

// A command line that cannot be understood: exit code 2, with a pointer to --help.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct VerbIo {
  std::ostream& out;
  std::ostream& err;
};

// One verb's options: its usage line, a one-line purpose, its options and positionals.
class VerbOptions {
 public:
  VerbOptions(std::string usage, std::string purpose);

  po::options_description_easy_init add() { return options_.add_options(); }
  void add_db_option();      // --db PATH, default peiling.sqlite
  void add_survey_option();  // --survey ID, required
  // Says what else --lang is the language of (every verb takes --lang for its messages;
  // see add_common_lang_option); read it with language().
  void add_lang_option(const std::string& language_of);
  // The --lang option's language (nl or en; default the run's); anything else is a UsageError.
  Language language() const;
  void positional(const char* name, int max_count);
  // --csv-comma, for a verb that writes CSV for people; read the result with csv_dialect().
  void add_csv_comma_option();
  // The CSV dialect for people: ';' and a BOM in Dutch (as Dutch Excel wants it), ','
  // with a BOM in English or with --csv-comma (base/csv_dialect.h).
  CsvDialect csv_dialect() const;

  // Parses args; returns false after printing help when --help was given. Throws UsageError.
  bool parse(const std::vector<std::string>& args, VerbIo& io);

  template <typename T>
  const T& get(const char* name) const { return values_[name].as<T>(); }
  bool has(const char* name) const { return values_.count(name) > 0; }
  // Given on the command line, not only its default.
  bool given(const char* name) const { return has(name) && !values_[name].defaulted(); }

 private:
  void add_common_lang_option();

  std::string usage_;
  std::string lang_description_;
  std::string purpose_;
  po::options_description options_;
  po::positional_options_description positionals_;
  po::variables_map values_;
};

}  // namespace peiling
