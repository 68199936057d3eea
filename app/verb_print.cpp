// `peiling print`: the paper form of a survey for one respondent group, as A4 HTML to
// print from a browser.
#include <ostream>

#include "app/data_entry_input.h"
#include "base/messages.h"
#include "app/verbs.h"
#include "reports/atomic_file.h"
#include "reports/paper_form.h"

namespace peiling {

int run_print(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::print_usage), text(Msg::print_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "group", po::value<std::string>()->required(), text(Msg::option_print_group).c_str())(
      "out", po::value<std::string>(), text(Msg::option_html_out).c_str());
  options.add_lang_option(text(Msg::lang_of_form));
  if (!options.parse(args, io)) return 0;
  const Language language = options.language();

  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const SurveyRecord survey = store.load_survey(survey_id);
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const RespondentGroup* group = match_group(questionnaire, options.get<std::string>("group"));
  if (!group)
    throw StoreError(text(Msg::group_not_in_survey, options.get<std::string>("group"), group_choices(questionnaire)));

  const std::string html =
      paper_form_html(questionnaire, group->id, {survey_id, survey.summary.label, language});
  if (!options.has("out")) {
    io.out << html;
    return 0;
  }
  const std::string out = options.get<std::string>("out");
  write_file_atomically(out, html);
  io.out << text(Msg::wrote_file, out) << "\n";
  return 0;
}

}  // namespace peiling
