// The data-entry dialogue without a process: typed lines in, answers out. Invalid input is
// explained with validate_response's words and asked again; a form is stored only when
// confirmed; the end of input drops the unfinished form.
#include <catch2/catch.hpp>

#include <sstream>

#include "app/data_entry.h"
#include "engine/store.h"
#include "paper_fixture.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// Runs the dialogue on `typed`; every confirmed form lands in `stored`.
struct Session {
  Questionnaire questionnaire = all_types_questionnaire();
  std::vector<ResponseDraft> stored;
  std::string transcript;
  DataEntryOutcome outcome;

  explicit Session(const std::string& typed, const std::string& group = "", Language language = Language::nl,
                   std::function<bool()> stop = {}, std::size_t keep_groups = 0) {
    if (keep_groups > 0) questionnaire.groups.resize(keep_groups);
    std::istringstream in(typed);
    std::ostringstream out;
    DataEntry entry(
        questionnaire, in, out,
        [&](const ResponseDraft& draft) {
          stored.push_back(draft);
          return static_cast<std::int64_t>(40 + stored.size());
        },
        language);
    if (!group.empty()) entry.set_group(group);
    if (stop) entry.set_stop_check(stop);
    outcome = entry.run();
    transcript = out.str() + entry.closing_message(outcome, false);
  }

  // The stored answers of the first form as "question item=value" strings.
  std::vector<std::string> answers(std::size_t form = 0) const {
    std::vector<std::string> flat;
    for (const auto& answer : stored.at(form).answers)
      flat.push_back(answer.question + " " + answer.item + "=" + answer.value);
    return flat;
  }
};

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("data entry: a team form typed in full is confirmed and stored", "[data-entry]") {
  // group, uren, volgorde, vaak, wie, eens, aanpak, confirm, another?
  Session session("TEAM\n2,5\n3 1 2\nsoms\n1 3\neens\nSamen plannen\nj\nn\n");
  REQUIRE(session.stored.size() == 1);
  CHECK(session.stored[0].group == "team");
  CHECK(session.answers() == Strings{"uren =2,5", "volgorde a=3", "volgorde b=1", "volgorde c=2", "vaak =soms",
                                     "wie dir=1", "wie ouders=1", "eens =4", "aanpak =Samen plannen"});
  CHECK(session.outcome.stored == 1);
  CHECK_FALSE(session.outcome.unfinished_form);
  CHECK_THAT(session.transcript, Catch::Contains("volgorde: a = 3, b = 1, c = 2"));
  CHECK_THAT(session.transcript, Catch::Contains("wie: De directie, Ouders"));
  CHECK_THAT(session.transcript, Catch::Contains("eens: 4 (eens)"));
  CHECK_THAT(session.transcript, Catch::Contains("Opgeslagen als formulier 41. Schrijf 41 in het vak"));
  CHECK_THAT(session.transcript, Catch::EndsWith("1 formulier opgeslagen."));
  // The leiding's question is not asked of the team.
  CHECK_THAT(session.transcript, !Catch::Contains("visie van de leiding"));
}

TEST_CASE("data entry: the group is asked from a numbered list, and not at all when there is one", "[data-entry]") {
  Session by_number("2\n");  // the second group, De Leiding, is not asked the team's first question (uren)
  CHECK_THAT(by_number.transcript, Catch::Contains("Groep van dit formulier:\n    1. ") &&
                                       Catch::Contains("Typ het nummer, de code of de naam van de groep: "));
  CHECK_FALSE(Catch::Contains("Groep [").match(by_number.transcript));  // no list that reads like a default
  CHECK_THAT(by_number.transcript, Catch::Contains("Vraag 1 van") && !Catch::Contains("(uren)"));

  // The team form of the first test, without the line for the group.
  Session only_group("2,5\n3 1 2\nsoms\n1 3\neens\nSamen plannen\nj\nn\n", "", Language::nl, {}, 1);
  REQUIRE(only_group.stored.size() == 1);
  CHECK(only_group.stored[0].group == "team");
  CHECK_FALSE(Catch::Contains("naam van de groep").match(only_group.transcript));
}

TEST_CASE("data entry: a ranking can be typed item by item", "[data-entry]") {
  Session session("\n2\n3\n1\nnooit\n\n\n\nj\nn\n", "leiding");
  REQUIRE(session.stored.size() == 1);
  CHECK(session.stored[0].group == "leiding");
  CHECK(session.answers() == Strings{"volgorde a=2", "volgorde b=3", "volgorde c=1", "vaak =nooit"});
  // Optional questions left empty are not answered: no answer rows, and said so in the summary.
  CHECK_THAT(session.transcript, Catch::Contains("visie: (niet beantwoord)"));
}

TEST_CASE("data entry: invalid input is explained with the validation message and asked again", "[data-entry]") {
  Session session(
      "ouders\nleiding\n"
      "1 1 2\n"       // a number twice
      "1 2\n"         // too few
      "1 2 3 4\n"     // too many
      "3 2 1\n"
      "\n"            // required choice left empty
      "altijd\n"      // not an option
      "2\n"           // the second option by number
      "1 2 3\n"       // three ticked, two allowed
      "dir; 2\n"        // an id and a number, the label holds a comma
      "zes\n"         // not on the scale
      "\n\nj\nn\n");
  REQUIRE(session.stored.size() == 1);
  const auto& t = session.transcript;
  CHECK_THAT(t, Catch::Contains("! onbekende respondentgroep 'ouders'; kies uit: team, leiding"));
  CHECK_THAT(t, Catch::Contains("! volgorde: elk cijfer van 1 tot en met 3 precies één keer gebruiken; 1 is twee keer "
                                "gegeven en 3 ontbreekt"));
  CHECK_THAT(t, Catch::Contains("! volgorde: geef elk onderdeel een cijfer; c heeft er nog geen"));
  CHECK_THAT(t, Catch::Contains("! volgorde: je typte 4 cijfers, maar er zijn 3 onderdelen"));
  CHECK_THAT(t, Catch::Contains("! vaak (\"Hoe vaak?\"): deze vraag is verplicht en nog niet beantwoord"));
  CHECK_THAT(t, Catch::Contains("! vaak: 'altijd' is geen keuzemogelijkheid; kies één van: nooit, soms, vaak"));
  CHECK_THAT(t, Catch::Contains("! wie: 3 aangevinkt; kies er hoogstens 2"));
  CHECK_THAT(t, Catch::Contains("! eens: 'zes' staat niet op de schaal"));
  CHECK(count_occurrences(t, "Probeer het opnieuw.") == 7);
  CHECK(session.answers() == Strings{"volgorde a=3", "volgorde b=2", "volgorde c=1", "vaak =soms", "wie dir=1",
                                     "wie team=1"});
}

TEST_CASE("data entry: numbers out of range and open answers too long are refused", "[data-entry]") {
  Session session("team\n9\n0,5\n1 2 3\nvaak\n\n\n" + std::string(41, 'x') + "\nkort\nj\nn\n");
  REQUIRE(session.stored.size() == 1);
  CHECK_THAT(session.transcript, Catch::Contains("! uren: 9 uur kan niet; vul een getal van 0,5 tot en met 7,5 uur in"));
  CHECK_THAT(session.transcript, Catch::Contains("! aanpak: het antwoord is 41 tekens lang; maximaal 40 tekens"));
  CHECK(session.answers() == Strings{"uren =0,5", "volgorde a=1", "volgorde b=2", "volgorde c=3", "vaak =vaak",
                                     "aanpak =kort"});
}

TEST_CASE("data entry: 'n' at the summary stores nothing, the next form is offered", "[data-entry]") {
  Session session("leiding\n1 2 3\nnooit\n\n\n\nn\nj\nleiding\n3 2 1\nvaak\n\n\n\nja\nnee\n");
  REQUIRE(session.stored.size() == 1);
  CHECK(session.answers() == Strings{"volgorde a=3", "volgorde b=2", "volgorde c=1", "vaak =vaak"});
  CHECK_THAT(session.transcript, Catch::Contains("Niet opgeslagen; dit formulier is weggegooid."));
  CHECK_THAT(session.transcript, Catch::Contains("== Formulier 2 =="));
}

TEST_CASE("data entry: the end of input inside a form stores nothing of it", "[data-entry]") {
  Session session("leiding\n1 2 3\nnooit\n\n\n\nj\nj\nleiding\n3 2 1\n");
  CHECK(session.stored.size() == 1);
  CHECK(session.outcome.stored == 1);
  CHECK(session.outcome.unfinished_form);
  CHECK_THAT(session.transcript,
             Catch::EndsWith("Het onvoltooide formulier is niet opgeslagen. 1 formulier opgeslagen."));

  Session before_any("");
  CHECK(before_any.stored.empty());
  CHECK_FALSE(before_any.outcome.unfinished_form);
  CHECK_THAT(before_any.transcript, Catch::EndsWith("0 formulieren opgeslagen."));
}

TEST_CASE("data entry: a stop request (Ctrl-C) ends the dialogue before the next read", "[data-entry]") {
  // The check runs before and after every read: the fifth check comes before the third
  // line (the answer to vaak) is read.
  int checks = 0;
  Session session("leiding\n1 2 3\nnooit\n\n\n\nj\nn\n", "", Language::nl, [&] { return ++checks >= 5; });
  CHECK(session.stored.empty());
  CHECK(session.outcome.unfinished_form);
  CHECK_THAT(session.transcript, Catch::Contains("Vraag 2 van 5 (vaak)"));
  CHECK_THAT(session.transcript, !Catch::Contains("Vraag 3 van 5"));
}

TEST_CASE("data entry: definition text is escaped for the terminal", "[data-entry]") {
  Session session("team\n1\n");  // up to the ranking, whose items are listed
  CHECK_THAT(session.transcript, !Catch::Contains("\x1b"));
  CHECK_THAT(session.transcript, Catch::Contains("b  Bravo \\x1b[1m"));
  CHECK_THAT(session.transcript, Catch::Contains("Alfa <img src=x onerror=alert(1)>"));
  Session typed("leiding\n1 2 3\nnooit\n\n\nrood \x1b[31m\nj\nn\n");
  REQUIRE(typed.stored.size() == 1);
  CHECK(typed.answers().back() == "visie =rood \x1b[31m");  // stored as typed
  CHECK_THAT(typed.transcript, !Catch::Contains("\x1b"));   // shown escaped in the summary
}

TEST_CASE("data entry: English dialogue with English validation messages", "[data-entry]") {
  Session session("leiding\n1 1 2\n1 2 3\nnooit\n\n\n\ny\nno\n", "", Language::en);
  REQUIRE(session.stored.size() == 1);
  CHECK_THAT(session.transcript, Catch::Contains("use every number from 1 to 3 exactly once"));
  CHECK_THAT(session.transcript, Catch::Contains("Store it? (y/n)"));
  CHECK_THAT(session.transcript, Catch::EndsWith("1 form stored."));
}

TEST_CASE("data entry: a form the store rejects is reported and not counted", "[data-entry]") {
  std::istringstream in("leiding\n1 2 3\nnooit\n\n\n\nj\nn\n");
  std::ostringstream out;
  const auto questionnaire = all_types_questionnaire();
  DataEntry entry(questionnaire, in, out, [](const ResponseDraft&) -> std::int64_t {
    throw ResponseRejected({ResponseProblem{"", "", "", "peiling is gesloten"}});
  });
  const auto outcome = entry.run();
  CHECK(outcome.stored == 0);
  CHECK_THAT(out.str(), Catch::Contains("Niet opgeslagen, want:\n  ! peiling is gesloten"));
}
