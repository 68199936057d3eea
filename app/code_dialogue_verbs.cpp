// The two interactive coding verbs: `peiling code --survey ID --coder NAME` (the coding
// session) and `peiling code resolve --survey ID` (agreeing on disagreements). Both read
// standard input line by line; the dialogues themselves are in coding_session.cpp and
// resolve_session.cpp.
#include <iostream>

#include "analysis/coder_comparison.h"
#include "app/code_verbs.h"
#include "base/messages.h"
#include "app/coding_session.h"
#include "app/resolve_session.h"

namespace peiling {

int run_code_session(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::code_session_usage), text(Msg::code_session_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "coder", po::value<std::string>()->required(), text(Msg::option_session_coder).c_str());
  if (!options.parse(args, io)) return 0;
  const auto& coder = options.get<std::string>("coder");
  if (coder.empty()) throw UsageError("--coder must not be empty");
  Store store = open_existing_store(options);
  run_coding_session(store, options.get<std::int64_t>("survey"), coder, std::cin, io.out);
  return 0;
}

int run_code_resolve(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::code_resolve_usage), text(Msg::code_resolve_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "coders", po::value<std::string>(), text(Msg::option_resolve_coders).c_str());
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const auto coders = options.has("coders") ? split_list(options.get<std::string>("coders")) : coders_of(store, survey_id);
  if (coders.size() < 2) throw StoreError(text(Msg::resolve_needs_two, survey_id));
  run_resolve_session(store, survey_id, coders, std::cin, io.out);
  return 0;
}

}  // namespace peiling
