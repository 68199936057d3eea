// The two interactive coding verbs: `peiling code --survey ID --coder NAME` (the coding
// session) and `peiling code resolve --survey ID` (agreeing on disagreements). Both read
// standard input line by line; the dialogues themselves are in coding_session.cpp and
// resolve_session.cpp.
#include <iostream>

#include "analysis/coder_comparison.h"
#include "app/code_verbs.h"
#include "app/coding_session.h"
#include "app/resolve_session.h"

namespace peiling {

int run_code_session(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling code --survey ID --coder NAME",
                      "Codes the open answers this coder has not coded yet, one by one, with a\n"
                      "suggestion from the frame's keywords. Every decision is stored at once.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "coder", po::value<std::string>()->required(), "who codes (a name or initials; kept with each code)");
  if (!options.parse(args, io)) return 0;
  const auto& coder = options.get<std::string>("coder");
  if (coder.empty()) throw UsageError("--coder must not be empty");
  Store store = open_existing_store(options);
  run_coding_session(store, options.get<std::int64_t>("survey"), coder, std::cin, io.out);
  return 0;
}

int run_code_resolve(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling code resolve --survey ID [--coders A,B]",
                      "Walks through the answers the coders disagree on and records the agreed code;\n"
                      "the report uses agreed codes where they exist.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "coders", po::value<std::string>(), "only these coders (default: everyone who coded)");
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const auto coders = options.has("coders") ? split_list(options.get<std::string>("coders")) : coders_of(store, survey_id);
  if (coders.size() < 2) throw StoreError("survey " + std::to_string(survey_id) + " needs codings by at least two coders to resolve");
  run_resolve_session(store, survey_id, coders, std::cin, io.out);
  return 0;
}

}  // namespace peiling
