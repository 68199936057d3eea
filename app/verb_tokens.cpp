// `peiling tokens`: makes one-time tokens for a group of a survey (and, with --unit, of one
// of its schools: the response given with such a token is stored with that school). Only
// their hashes are stored; the tokens themselves are printed once and written onto slips.
#include <ostream>

#include "app/data_entry_input.h"
#include "app/unit_option.h"
#include "base/messages.h"
#include "app/verbs.h"
#include "reports/atomic_file.h"
#include "web/security.h"
#include "web/token_slips.h"
#include "base/escape.h"

namespace peiling {

int run_tokens(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::tokens_usage), text(Msg::tokens_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "group", po::value<std::string>()->required(), text(Msg::option_tokens_group).c_str())(
      "count", po::value<int>()->required(), text(Msg::option_tokens_count).c_str())(
      "out", po::value<std::string>()->default_value("briefjes.html"), text(Msg::option_tokens_out).c_str())(
      "url", po::value<std::string>()->default_value("http://127.0.0.1:8080"), text(Msg::option_tokens_url).c_str())(
      "unit", po::value<std::string>()->default_value(""), text(Msg::option_tokens_unit).c_str());
  if (!options.parse(args, io)) return 0;
  const int count = options.get<int>("count");
  if (count < 1 || count > 1000) throw UsageError(text(Msg::tokens_count_range));
  std::string url = options.get<std::string>("url");
  while (!url.empty() && url.back() == '/') url.pop_back();

  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const RespondentGroup* group = match_group(questionnaire, options.get<std::string>("group"));
  if (!group) throw UsageError(text(Msg::group_unknown, options.get<std::string>("group"), group_choices(questionnaire)));

  // The unit before any token is made: a survey with units needs one of its own, one without none.
  const std::string unit = options.get<std::string>("unit");
  const std::string unit_label = label_of_unit(store, survey_id, unit);

  std::vector<std::string> tokens;
  std::vector<std::string> hashes;
  for (int i = 0; i < count; ++i) {
    tokens.push_back(web::random_key());
    hashes.push_back(web::secret_hash(tokens.back()));
  }
  // The slips first: if they cannot be written, no tokens exist that nobody can hand out.
  const std::string out = options.get<std::string>("out");
  write_file_atomically(out, web::token_slips_page(questionnaire.title, group->label, url, tokens, unit_label));
  store.add_tokens(survey_id, group->id, hashes, unit);
  const std::string holders = unit.empty() ? group->label : group->label + ", " + unit_label;
  io.out << (count == 1 ? text(Msg::tokens_made_one, escape_terminal(holders), out)
                        : text(Msg::tokens_made, count, escape_terminal(holders), out))
         << "\n";
  for (const auto& token : tokens) io.out << "  " << url << "/t/" << token << "\n";
  return 0;
}

}  // namespace peiling
