// validate_response: what a respondent or data-entry user is told about a draft, per
// question type and per respondent group, in Dutch and in English.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/response.h"

using namespace peiling;

namespace {

Item item(std::string id) { return Item{id, id, "", ""}; }

// The Greven survey of the thesis, plus one question of each other type.
Questionnaire greven() {
  Questionnaire q;
  q.id = "greven-fasen";
  q.version = "1";
  q.title = "Taakopvatting van de IB'er";
  q.language = "nl";
  q.groups = {{"directie", "Directie"}, {"ib", "IB'ers"}, {"leerkrachten", "Leerkrachten"}};
  q.coding_frames = {{"greven", "Fasen van Greven", {{"fase1", "RT+", "", {}}, {"fase2", "Instrumentalist", "", {}}}}};

  Question jaren;
  jaren.id = "jaren";
  jaren.type = QuestionType::number;
  jaren.text = "Hoeveel jaar werkt u in het onderwijs?";
  jaren.required = true;
  jaren.min = 0;
  jaren.max = 50;
  jaren.unit = "jaar";

  Question fasen;
  fasen.id = "fasen";
  fasen.type = QuestionType::rank;
  fasen.text = "Geef de fasen de cijfers 1 tot en met 5";
  fasen.required = true;
  fasen.items = {item("fase1"), item("fase2"), item("fase3"), item("fase4"), item("fase5")};

  Question taak;
  taak.id = "taak";
  taak.type = QuestionType::text;
  taak.text = "Wat is de belangrijkste taak van de IB'er?";
  taak.coding_frame = "greven";
  taak.max_length = 10;

  Question rol;
  rol.id = "rol";
  rol.type = QuestionType::text;
  rol.text = "Hoe ziet u de rol van de IB'er?";
  rol.groups = {"directie", "ib"};

  Question hulp;
  hulp.id = "hulp";
  hulp.type = QuestionType::text;
  hulp.text = "Waarvoor roept u de hulp van de IB'er in?";
  hulp.groups = {"leerkrachten"};

  Question overleg;
  overleg.id = "overleg";
  overleg.type = QuestionType::choice;
  overleg.text = "Hoe vaak zijn taken besproken?";
  overleg.items = {item("nooit"), item("1-3"), item("4-6"), item("meer")};

  Question taken;
  taken.id = "taken";
  taken.type = QuestionType::multi;
  taken.text = "Welke taken doet de IB'er?";
  taken.items = {item("toetsen"), item("coachen"), item("overleg")};
  taken.min_choices = 1;
  taken.max_choices = 2;

  Question tevreden;
  tevreden.id = "tevreden";
  tevreden.type = QuestionType::likert;
  tevreden.text = "Ik ben tevreden over de IB'er";
  tevreden.scale = {"oneens", "neutraal", "eens"};

  Question gemiddeld;
  gemiddeld.id = "uren";
  gemiddeld.type = QuestionType::number;
  gemiddeld.text = "Uren per week";
  gemiddeld.integer = false;
  gemiddeld.min = 0;
  gemiddeld.max = 40;

  q.questions = {jaren, fasen, taak, rol, hulp, overleg, taken, tevreden, gemiddeld};
  return q;
}

std::vector<Answer> ranking(std::vector<std::string> numbers) {
  std::vector<Answer> answers;
  for (std::size_t i = 0; i < numbers.size(); ++i)
    answers.push_back({"fasen", "fase" + std::to_string(i + 1), numbers[i]});
  return answers;
}

// A complete, valid response of the given group with `extra` answers added.
ResponseDraft draft(std::string group, std::vector<Answer> extra = {}) {
  ResponseDraft d{group, ranking({"1", "3", "4", "5", "2"})};
  d.answers.push_back({"jaren", "", "12"});
  for (auto& answer : extra) d.answers.push_back(answer);
  return d;
}

// The answers of `question` in a draft, replaced by `answers`.
ResponseDraft with(ResponseDraft d, const std::string& question, std::vector<Answer> answers) {
  d.answers.erase(std::remove_if(d.answers.begin(), d.answers.end(),
                                 [&](const Answer& a) { return a.question == question; }),
                  d.answers.end());
  for (auto& answer : answers) d.answers.push_back(answer);
  return d;
}

std::vector<std::string> check(const ResponseDraft& d, Language language = Language::nl) {
  return problem_lines(validate_response(greven(), d, language));
}

using Problems = std::vector<std::string>;

}  // namespace

TEST_CASE("a complete response of each group is valid", "[validation]") {
  CHECK(check(draft("directie", {{"rol", "", "als coach"}, {"taak", "", "coachen"}})).empty());
  CHECK(check(draft("ib", {{"rol", "", "kennis delen"}})).empty());
  CHECK(check(draft("leerkrachten", {{"hulp", "", "gedrag"}})).empty());
}

TEST_CASE("the group must exist", "[validation]") {
  CHECK(check(draft("ouders")) == Problems{"onbekende respondentgroep 'ouders'; kies uit: directie, ib, leerkrachten"});
  CHECK(check(draft("")) == Problems{"geen respondentgroep opgegeven; kies uit: directie, ib, leerkrachten"});
  CHECK(check(draft("ouders"), Language::en) ==
        Problems{"unknown respondent group 'ouders'; choose from: directie, ib, leerkrachten"});
}

TEST_CASE("answers to unknown questions are refused once per question", "[validation]") {
  CHECK(check(draft("ib", {{"naam", "", "Piet"}, {"naam", "x", "Jan"}})) ==
        Problems{"antwoord op een onbekende vraag 'naam'"});
}

TEST_CASE("a question variant is only answered by its groups", "[validation]") {
  CHECK(check(draft("leerkrachten", {{"rol", "", "coach"}})) ==
        Problems{"rol (\"Hoe ziet u de rol van de IB'er?\"): deze vraag wordt niet gesteld aan de groep leerkrachten"});
  CHECK(check(draft("directie", {{"hulp", "", "gedrag"}})) ==
        Problems{"hulp (\"Waarvoor roept u de hulp van de IB'er in?\"): deze vraag wordt niet gesteld aan de groep directie"});
  CHECK(check(draft("directie", {{"hulp", "", "gedrag"}}), Language::en) ==
        Problems{"hulp (\"Waarvoor roept u de hulp van de IB'er in?\"): this question is not asked to the group directie"});
  SECTION("a blank answer to a question not asked is no answer") {
    CHECK(check(draft("directie", {{"hulp", "", ""}})).empty());
  }
}

TEST_CASE("required questions must be answered", "[validation]") {
  auto d = with(draft("ib"), "jaren", {});
  CHECK(check(d) == Problems{"jaren (\"Hoeveel jaar werkt u in het onderwijs?\"): deze vraag is verplicht en nog niet beantwoord"});
  CHECK(check(with(draft("ib"), "jaren", {{"jaren", "", "  "}})).size() == 1);
  CHECK(check(d, Language::en) ==
        Problems{"jaren (\"Hoeveel jaar werkt u in het onderwijs?\"): this question is required and has no answer"});
}

TEST_CASE("duplicate answers are refused", "[validation]") {
  CHECK(check(draft("ib", {{"jaren", "", "13"}})) == Problems{"jaren: 2 antwoorden gegeven; er hoort er één te zijn"});
  CHECK(check(draft("ib", {{"overleg", "", "nooit"}, {"overleg", "", "meer"}})) ==
        Problems{"overleg: 2 antwoorden gegeven; kies er één"});
  CHECK(check(draft("ib", {{"fasen", "fase2", "3"}})) == Problems{"fasen: fase2 is meer dan één keer beantwoord"});
}

TEST_CASE("a rank uses every number exactly once", "[validation][rank]") {
  SECTION("a repeated number and the one it pushed out") {
    auto d = with(draft("ib"), "fasen", ranking({"1", "3", "3", "5", "2"}));
    CHECK(check(d) == Problems{"fasen: elk cijfer van 1 tot en met 5 precies één keer gebruiken; "
                               "3 is twee keer gegeven en 4 ontbreekt"});
    CHECK(check(d, Language::en) ==
          Problems{"fasen: use every number from 1 to 5 exactly once; 3 is given twice and 4 is missing"});
  }
  SECTION("several repeats") {
    auto d = with(draft("ib"), "fasen", ranking({"5", "5", "5", "1", "1"}));
    CHECK(check(d) == Problems{"fasen: elk cijfer van 1 tot en met 5 precies één keer gebruiken; "
                               "1 is twee keer gegeven, 5 is drie keer gegeven en 2, 3 en 4 ontbreken"});
  }
  SECTION("a partial rank is an error") {
    auto d = with(draft("ib"), "fasen", ranking({"1", "2", "3"}));
    CHECK(check(d) == Problems{"fasen: geef elk onderdeel een cijfer; fase4 en fase5 hebben er nog geen"});
    auto blank = with(draft("ib"), "fasen", ranking({"1", "2", "3", "4", " "}));
    CHECK(check(blank) == Problems{"fasen: geef elk onderdeel een cijfer; fase5 heeft er nog geen"});
  }
  SECTION("numbers outside 1..n or not whole") {
    auto d = with(draft("ib"), "fasen", ranking({"1", "2", "6", "4,5", "drie"}));
    CHECK(check(d) == Problems{"fasen: bij fase3 staat '6'; geef een heel getal van 1 tot en met 5",
                               "fasen: bij fase4 staat '4,5'; geef een heel getal van 1 tot en met 5",
                               "fasen: bij fase5 staat 'drie'; geef een heel getal van 1 tot en met 5"});
  }
  SECTION("spaces around a number are fine") {
    CHECK(check(with(draft("ib"), "fasen", ranking({" 1", "2 ", "3", "4", "5"}))).empty());
  }
  SECTION("unknown items and answers without an item") {
    auto d = draft("ib", {{"fasen", "fase6", "1"}, {"fasen", "", "2"}});
    CHECK(check(d) == Problems{"fasen: 'fase6' is geen onderdeel van deze vraag; onderdelen: fase1, fase2, fase3, fase4, fase5",
                               "fasen: een antwoord zonder onderdeel; geef elk onderdeel een eigen cijfer"});
  }
  SECTION("an unanswered optional rank is fine") {
    Questionnaire q = greven();
    q.questions[1].required = false;
    CHECK(validate_response(q, with(draft("ib"), "fasen", {}), Language::nl).empty());
  }
}

TEST_CASE("numbers parse with a comma or a point and stay in range", "[validation][number]") {
  CHECK(check(draft("ib", {{"uren", "", "7,5"}})).empty());
  CHECK(check(draft("ib", {{"uren", "", "7.5"}})).empty());
  CHECK(check(with(draft("ib"), "jaren", {{"jaren", "", "tien"}})) == Problems{"jaren: 'tien' is geen getal"});
  CHECK(check(with(draft("ib"), "jaren", {{"jaren", "", "12,5"}})) ==
        Problems{"jaren: vul een heel getal in; 12,5 is geen heel getal"});
  CHECK(check(with(draft("ib"), "jaren", {{"jaren", "", "60"}})) ==
        Problems{"jaren: 60 jaar kan niet; vul een getal van 0 tot en met 50 jaar in"});
  CHECK(check(with(draft("ib"), "jaren", {{"jaren", "", "60"}}), Language::en) ==
        Problems{"jaren: 60 jaar is out of range; enter a number from 0 to 50 jaar"});
  CHECK(check(draft("ib", {{"uren", "", "40,5"}})) ==
        Problems{"uren: 40,5 kan niet; vul een getal van 0 tot en met 40 in"});
  CHECK(check(draft("ib", {{"uren", "x", "4"}})) ==
        Problems{"uren: deze vraag heeft geen onderdelen; geef één antwoord zonder onderdeel"});
}

TEST_CASE("parse_typed_number", "[validation][number]") {
  double value = 0;
  CHECK((parse_typed_number("7,5", value) && value == 7.5));
  CHECK((parse_typed_number(" -3.25 ", value) && value == -3.25));
  CHECK((parse_typed_number("12", value) && value == 12));
  CHECK((parse_typed_number(",5", value) && value == 0.5));
  CHECK_FALSE(parse_typed_number("", value));
  CHECK_FALSE(parse_typed_number(",", value));
  CHECK_FALSE(parse_typed_number("1.000,5", value));
  CHECK_FALSE(parse_typed_number("1e3", value));
  CHECK_FALSE(parse_typed_number("nan", value));
  CHECK_FALSE(parse_typed_number("1 2", value));
}

TEST_CASE("open answers are limited in code points, and empty is no answer", "[validation][text]") {
  CHECK(check(draft("ib", {{"taak", "", "ééééééééé"}})).empty());  // 9 code points, 18 bytes
  CHECK(check(draft("ib", {{"taak", "", "elf tekens!"}})) ==
        Problems{"taak: het antwoord is 11 tekens lang; maximaal 10 tekens"});
  CHECK(check(draft("ib", {{"taak", "", "elf tekens!"}}), Language::en) ==
        Problems{"taak: the answer is 11 characters long; at most 10 are allowed"});
  CHECK(check(draft("ib", {{"taak", "", "\xff"}})) ==
        Problems{"taak: het antwoord bevat ongeldige tekens (geen UTF-8)"});
  Questionnaire q = greven();
  q.questions[2].required = true;
  CHECK(validate_response(q, draft("ib", {{"taak", "", ""}})).size() == 1);
}

TEST_CASE("a choice is one existing option", "[validation][choice]") {
  CHECK(check(draft("ib", {{"overleg", "", "1-3"}})).empty());
  CHECK(check(draft("ib", {{"overleg", "", "vaak"}})) ==
        Problems{"overleg: 'vaak' is geen keuzemogelijkheid; kies één van: nooit, 1-3, 4-6, meer"});
  CHECK(check(draft("ib", {{"overleg", "", "vaak"}}), Language::en) ==
        Problems{"overleg: 'vaak' is not one of the options; choose one of: nooit, 1-3, 4-6, meer"});
}

TEST_CASE("a multi ticks existing options with 1, within the limits", "[validation][multi]") {
  CHECK(check(draft("ib", {{"taken", "toetsen", "1"}, {"taken", "coachen", "1"}})).empty());
  CHECK(check(draft("ib", {{"taken", "toetsen", "1"}, {"taken", "coachen", "1"}, {"taken", "overleg", "1"}})) ==
        Problems{"taken: 3 aangevinkt; kies er hoogstens 2"});
  CHECK(check(draft("ib", {{"taken", "koffie", "1"}})) ==
        Problems{"taken: 'koffie' is geen keuzemogelijkheid; kies uit: toetsen, coachen, overleg"});
  CHECK(check(draft("ib", {{"taken", "toetsen", "ja"}})) ==
        Problems{"taken: bij optie toetsen staat 'ja'; een aangevinkte optie heeft de waarde 1"});
  CHECK(check(draft("ib", {{"taken", "toetsen", ""}})).empty());  // not ticked, optional question
}

TEST_CASE("a likert value is a position on the scale", "[validation][likert]") {
  CHECK(check(draft("ib", {{"tevreden", "", "3"}})).empty());
  CHECK(check(draft("ib", {{"tevreden", "", "4"}})) ==
        Problems{"tevreden: '4' staat niet op de schaal; kies een heel getal van 1 tot en met 3"});
  CHECK(check(draft("ib", {{"tevreden", "", "eens"}}), Language::en) ==
        Problems{"tevreden: 'eens' is not on the scale; choose a whole number from 1 to 3"});
}

TEST_CASE("every problem is reported together, in questionnaire order", "[validation]") {
  ResponseDraft d{"leerkrachten", ranking({"2", "2", "3", "4", "5"})};
  d.answers.push_back({"rol", "", "coach"});
  d.answers.push_back({"tevreden", "", "9"});
  d.answers.push_back({"leeftijd", "", "40"});
  const auto problems = check(d);
  CHECK(problems == Problems{
                        "antwoord op een onbekende vraag 'leeftijd'",
                        "jaren (\"Hoeveel jaar werkt u in het onderwijs?\"): deze vraag is verplicht en nog niet beantwoord",
                        "fasen: elk cijfer van 1 tot en met 5 precies één keer gebruiken; 2 is twee keer gegeven en 1 ontbreekt",
                        "rol (\"Hoe ziet u de rol van de IB'er?\"): deze vraag wordt niet gesteld aan de groep leerkrachten",
                        "tevreden: '9' staat niet op de schaal; kies een heel getal van 1 tot en met 3",
                    });
}
