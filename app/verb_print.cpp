// `peiling print`: the paper form of a survey for one respondent group, as A4 HTML to
// print from a browser.
#include <ostream>

#include "app/data_entry_input.h"
#include "app/verbs.h"
#include "reports/atomic_file.h"
#include "reports/paper_form.h"

namespace peiling {

int run_print(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling print --survey ID --group GROUP [--out FILE] [--lang nl|en]",
                      "Writes the paper form of a survey for one respondent group: one A4 HTML page\n"
                      "to print from a browser (Ctrl-P). Questions for other groups are left out.\n"
                      "GROUP is a group id or label. Without --out the page goes to standard output.\n"
                      "Type the returned forms in with 'peiling enter'.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "group", po::value<std::string>()->required(), "the respondent group the form is for")(
      "out", po::value<std::string>(), "the HTML file to write");
  options.add_lang_option("the form's own texts");
  if (!options.parse(args, io)) return 0;
  const Language language = options.language();

  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const SurveyRecord survey = store.load_survey(survey_id);
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const RespondentGroup* group = match_group(questionnaire, options.get<std::string>("group"));
  if (!group)
    throw StoreError("--group " + options.get<std::string>("group") +
                     std::string(pick(language, ": geen groep van deze peiling; kies uit: ",
                                      ": not a group of this survey; choose from: ")) +
                     group_choices(questionnaire));

  const std::string html =
      paper_form_html(questionnaire, group->id, {survey_id, survey.summary.label, language});
  if (!options.has("out")) {
    io.out << html;
    return 0;
  }
  const std::string out = options.get<std::string>("out");
  write_file_atomically(out, html);
  io.out << "wrote " << out << "\n";
  return 0;
}

}  // namespace peiling
