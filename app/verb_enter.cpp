// `peiling enter`: types returned paper forms into a survey, one confirmed form at a time.
// Ctrl-C is caught so that it ends the session with a count of stored forms instead of
// killing the process: the unfinished form was never written, so nothing is lost but it.
#include <csignal>
#include <iostream>

#include <unistd.h>

#include "app/data_entry.h"
#include "app/data_entry_input.h"
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
  VerbOptions options("peiling enter --survey ID [--group GROUP] [--lang nl|en]",
                      "Types returned paper forms into a survey. Asks the group of each form (unless\n"
                      "--group is given; id or label), then every question of that group; a ranking\n"
                      "as one line (3 4 5 1 2) or item by item. Invalid input is explained and asked\n"
                      "again. Each form is shown and stored only after you confirm it. Ctrl-C or the\n"
                      "end of input stops; an unconfirmed form is then not stored. Reads standard\n"
                      "input, so a file of typed answers can be piped in.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "group", po::value<std::string>(), "the respondent group of every form");
  options.add_lang_option("the dialogue");
  if (!options.parse(args, io)) return 0;
  const Language language = options.language();

  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const SurveyRecord survey = store.load_survey(survey_id);
  if (!survey.summary.open)
    throw StoreError(std::string(pick(language, "peiling ", "survey ")) + std::to_string(survey_id) +
                     std::string(pick(language, " is gesloten; er kunnen geen formulieren meer bij",
                                      " is closed; no more forms can be added")));
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);

  DataEntry entry(
      questionnaire, std::cin, io.out,
      [&](const ResponseDraft& draft) { return store.add_response(survey_id, draft, ResponseSource::terminal); },
      language);
  if (options.has("group")) {
    const RespondentGroup* group = match_group(questionnaire, options.get<std::string>("group"));
    if (!group)
      throw StoreError("--group " + options.get<std::string>("group") +
                       std::string(pick(language, ": geen groep van deze peiling; kies uit: ",
                                        ": not a group of this survey; choose from: ")) +
                       group_choices(questionnaire));
    entry.set_group(group->id);
  }

  entry.set_echo_input(!isatty(STDIN_FILENO));
  InterruptCatcher catcher;
  entry.set_stop_check([] { return interrupt_received != 0; });
  const DataEntryOutcome outcome = entry.run();
  io.out << entry.closing_message(outcome, interrupt_received != 0) << "\n";
  return 0;
}

}  // namespace peiling
