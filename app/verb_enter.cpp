// `peiling enter`: types returned paper forms into a survey, one confirmed form at a time
// (with --unit, a school's forms, stored with that school).
// Ctrl-C is caught so that it ends the session with a count of stored forms instead of
// killing the process: the unfinished form was never written, so nothing is lost but it.
#include <csignal>
#include <iostream>

#include <unistd.h>

#include "app/data_entry.h"
#include "app/data_entry_input.h"
#include "app/unit_option.h"
#include "base/messages.h"
#include "app/verbs.h"

namespace peiling {

namespace {

volatile std::sig_atomic_t interrupt_received = 0;

extern "C" void on_interrupt(int) { interrupt_received = 1; }

// Catches SIGINT while it lives. Without SA_RESTART, a read blocked on the terminal returns
// with EINTR, so the dialogue's getline fails and the dialogue ends at once.
class InterruptCatcher {
 public:
  InterruptCatcher() {
    interrupt_received = 0;
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, &previous_);
  }
  ~InterruptCatcher() { sigaction(SIGINT, &previous_, nullptr); }
  InterruptCatcher(const InterruptCatcher&) = delete;
  InterruptCatcher& operator=(const InterruptCatcher&) = delete;

 private:
  struct sigaction previous_ {};
};

}  // namespace

int run_enter(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::enter_usage), text(Msg::enter_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "group", po::value<std::string>(), text(Msg::option_enter_group).c_str())(
      "unit", po::value<std::string>()->default_value(""), text(Msg::option_enter_unit).c_str());
  options.add_lang_option(text(Msg::lang_of_dialogue));
  if (!options.parse(args, io)) return 0;
  const Language language = options.language();

  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const SurveyRecord survey = store.load_survey(survey_id);
  if (!survey.summary.open) throw SurveyClosed(survey_id);
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  // Checked before the first question: a survey with units takes forms of one of its units.
  const std::string unit = options.get<std::string>("unit");
  label_of_unit(store, survey_id, unit);

  DataEntry entry(
      questionnaire, std::cin, io.out,
      [&](const ResponseDraft& draft) {
        ResponseDraft with_unit = draft;
        with_unit.unit = unit;  // the school of the pile of forms; nothing about the person
        return store.add_response(survey_id, with_unit, ResponseSource::terminal);
      },
      language);
  if (options.has("group")) {
    const RespondentGroup* group = match_group(questionnaire, options.get<std::string>("group"));
    if (!group)
      throw StoreError(text(Msg::group_not_in_survey, options.get<std::string>("group"), group_choices(questionnaire)));
    entry.set_group(group->id);
  }

  entry.set_echo_input(!isatty(STDIN_FILENO));
  InterruptCatcher catcher;
  entry.set_stop_check([] { return interrupt_received != 0; });
  const DataEntryOutcome outcome = entry.run();
  io.out << entry.closing_message(outcome, interrupt_received != 0) << "\n";
  if (outcome.stored > 0) warn_when_more_than_invited(store, survey_id, io.err);
  return 0;
}

}  // namespace peiling
