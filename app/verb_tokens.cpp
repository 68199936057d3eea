// `peiling tokens`: makes one-time tokens for a group of a survey. Only their hashes are
// stored; the tokens themselves are printed once and written onto printable slips.
#include <ostream>

#include "app/verbs.h"
#include "reports/atomic_file.h"
#include "web/security.h"
#include "web/token_slips.h"
#include "base/escape.h"

namespace peiling {

int run_tokens(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling tokens --survey ID --group G --count N [--out slips.html] [--url URL]",
                      "Makes N one-time tokens for group G: each lets one respondent submit once, and the\n"
                      "response is not linked to the token. Prints the links once and writes slips to print.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "group", po::value<std::string>()->required(), "the respondent group the tokens are for")(
      "count", po::value<int>()->required(), "how many tokens (1 to 1000)")(
      "out", po::value<std::string>()->default_value("briefjes.html"), "the printable slips (HTML)")(
      "url", po::value<std::string>()->default_value("http://127.0.0.1:8080"),
      "the address 'peiling serve' will have, e.g. http://192.168.1.5:8080");
  if (!options.parse(args, io)) return 0;
  const int count = options.get<int>("count");
  if (count < 1 || count > 1000) throw UsageError("--count must be 1 to 1000");
  std::string url = options.get<std::string>("url");
  while (!url.empty() && url.back() == '/') url.pop_back();

  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const RespondentGroup* group = questionnaire.find_group(options.get<std::string>("group"));
  if (!group) throw UsageError("--group " + options.get<std::string>("group") + ": no such group in " + questionnaire.id);

  std::vector<std::string> tokens;
  std::vector<std::string> hashes;
  for (int i = 0; i < count; ++i) {
    tokens.push_back(web::random_key());
    hashes.push_back(web::secret_hash(tokens.back()));
  }
  // The slips first: if they cannot be written, no tokens exist that nobody can hand out.
  const std::string out = options.get<std::string>("out");
  write_file_atomically(out, web::token_slips_page(questionnaire.title, group->label, url, tokens));
  store.add_tokens(survey_id, group->id, hashes);
  io.out << count << " codes voor " << escape_terminal(group->label) << " (alleen nu getoond; briefjes in " << out << "):\n";
  for (const auto& token : tokens) io.out << "  " << url << "/t/" << token << "\n";
  return 0;
}

}  // namespace peiling
