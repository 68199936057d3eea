// Conditional questions (show_if): the definition refuses a condition on a later or
// unknown question, an unknown option, a cycle, a source that is not a choice or multi
// question or is not asked to the same groups; a response answering a question whose
// condition does not hold is refused (web, enter and import alike), and such a question is
// not required; `enter` skips it; the paper and web forms print the condition in words.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "app/data_entry.h"
#include "engine/definition_loader.h"
#include "engine/response.h"
#include "engine/show_if.h"
#include "import_fixture.h"
#include "reports/paper_form.h"
#include "web/form_page.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kOverlegFile = PEILING_SOURCE_DIR "/questionnaires/ib-overleg.json";

std::string error_of(const std::string& questions, const std::string& groups = R"([{"id": "a", "label": "A"}, {"id": "b", "label": "B"}])") {
  try {
    parse_definition(R"({"id": "t", "title": "T", "groups": )" + groups + R"(, "questions": [
{"id": "vaak", "type": "choice", "text": "Hoe vaak?", "options": [{"id": "nooit", "label": "Nooit"}, {"id": "soms", "label": "Soms"}]},
)" + questions + "]}",
                     "t.json", Language::en);
  } catch (const DefinitionError& error) {
    return error.what();
  }
  return "no error";
}

std::vector<std::string> messages(const std::vector<ResponseProblem>& problems) {
  std::vector<std::string> lines;
  for (const ResponseProblem& problem : problems) lines.push_back(problem.question + ": " + problem.message);
  return lines;
}

}  // namespace

TEST_CASE("show_if: the definition refuses conditions that cannot hold or could cycle", "[show_if]") {
  CHECK(error_of(R"({"id": "w", "type": "text", "text": "W", "show_if": {"question": "vaak", "is": ["nooit"]}})") ==
        "no error");
  CHECK(error_of(R"({"id": "w", "type": "text", "text": "W", "show_if": {"question": "later", "is": ["x"]}},
{"id": "later", "type": "choice", "text": "L", "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}]})") ==
        "t.json:3:66: questions[1].show_if.question: 'later' comes later (questions[2]); a condition can only look "
        "at an earlier question, so conditions never form a cycle");
  CHECK(error_of(R"({"id": "w", "type": "text", "text": "W", "show_if": {"question": "hoe-vaak", "is": ["nooit"]}})") ==
        "t.json:3:66: questions[1].show_if.question: unknown question 'hoe-vaak'");
  CHECK(error_of(R"({"id": "w", "type": "choice", "text": "W", "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}],
"show_if": {"question": "w", "is": ["x"]}})") ==
        "t.json:4:25: questions[1].show_if.question: a question cannot depend on itself (that would be a cycle)");
  CHECK(error_of(R"({"id": "w", "type": "text", "text": "W", "show_if": {"question": "vaak", "is": ["nooit", "altijd"]}})") ==
        "t.json:3:90: questions[1].show_if.is[1]: 'altijd' is not an option of 'vaak' (options: nooit, soms)");
  CHECK(error_of(R"({"id": "w", "type": "text", "text": "W"}, {"id": "x", "type": "text", "text": "X", "show_if": {"question": "w", "is": ["ja"]}})") ==
        "t.json:3:108: questions[2].show_if.question: 'w' is a text question; a condition looks at a choice or "
        "multi question");
  CHECK(error_of(R"({"id": "w", "type": "text", "text": "W", "show_if": {"question": "vaak", "is": []}})") ==
        "t.json:3:80: questions[1].show_if.is: list at least one option of 'vaak'");
  CHECK(error_of(R"({"id": "w", "type": "text", "text": "W", "show_if": {"question": "vaak", "in": ["nooit"]}})") ==
        "t.json:3:74: questions[1].show_if.in: unknown key 'in': did you mean 'is'?");
}

TEST_CASE("show_if: the question it looks at is asked to every group this one is", "[show_if]") {
  const std::string text = R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
"questions": [
{"id": "vaak", "type": "choice", "text": "V", "groups": ["a"], "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}]},
{"id": "w", "type": "text", "text": "W", "show_if": {"question": "vaak", "is": ["x"]}}]})";
  CHECK_THROWS_WITH(parse_definition(text, "t.json", Language::en),
                    "t.json:4:66: questions[1].show_if.question: 'vaak' is not asked to group 'b', so this question "
                    "could never be asked to them; limit its 'groups' too");
}

TEST_CASE("show_if: an answer to a question whose condition does not hold is refused", "[show_if][validation]") {
  const Questionnaire overleg = load_definition_file(kOverlegFile);
  // "nuttig" is required, but only asked after some overleg; "waarom-niet" only after none.
  CHECK(validate_response(overleg, {"leerkrachten", {{"hoe-vaak", "", "nooit"}}}).empty());
  CHECK(messages(validate_response(overleg, {"leerkrachten", {{"hoe-vaak", "", "soms"}}})) ==
        std::vector<std::string>{"nuttig: deze vraag is verplicht en nog niet beantwoord"});
  CHECK(messages(validate_response(overleg, {"leerkrachten", {{"hoe-vaak", "", "soms"}, {"nuttig", "", "4"},
                                                              {"waarom-niet", "geen-tijd", "1"}}})) ==
        std::vector<std::string>{"waarom-niet: deze vraag is alleen voor als je bij \"Hoe vaak heb je dit schooljaar "
                                 "overlegd met de ib'er (of, als ib'er, met een leerkracht) over een leerling of een "
                                 "groep?\" koos voor Nooit; laat hem leeg"});
  // A chain: "anders-reden" needs "anders" ticked at "waarom-niet", which needs "nooit".
  CHECK(validate_response(overleg, {"ib", {{"hoe-vaak", "", "nooit"}, {"waarom-niet", "anders", "1"},
                                           {"anders-reden", "", "Ziekte"}}})
            .empty());
  const auto chained = validate_response(overleg, {"ib", {{"hoe-vaak", "", "nooit"}, {"waarom-niet", "geen-tijd", "1"},
                                                          {"anders-reden", "", "Ziekte"}}}, Language::en);
  REQUIRE(chained.size() == 1);
  CHECK(chained[0].question == "anders-reden");
  CHECK(chained[0].message == "this question is only asked if you chose Een andere reden at \"Waarom is er geen "
                              "overleg geweest?\"; leave it empty");
}

TEST_CASE("show_if: import refuses a row answering a question that was not asked, naming row and question",
          "[show_if][import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kOverlegFile);
  const std::string before = database_state(dir);
  write_file(dir.file("in.csv"), "groep,hoe-vaak,waarom-niet,nuttig,anders-reden,wens\n"
                                 "leerkrachten,soms,,4,,\n"
                                 "leerkrachten,nooit,,eens,,\n");
  const auto result = peiling_in(dir, {"import", "--survey", survey, "in.csv"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("3") && Catch::Contains("nuttig") &&
                             Catch::Contains("deze vraag is alleen voor als je bij"));
  CHECK(database_state(dir) == before);
  write_file(dir.file("goed.csv"), "groep,hoe-vaak,waarom-niet,nuttig,anders-reden,wens\n"
                                   "leerkrachten,soms,,4,,\n"
                                   "ib,nooit,anders|geen-tijd,,Ziek,\n");
  CHECK(peiling_in(dir, {"import", "--survey", survey, "goed.csv"}).exit_code == 0);
  CHECK(response_count(dir, survey) == 2);
}

TEST_CASE("show_if: enter skips a question whose condition does not hold", "[show_if][data-entry]") {
  const Questionnaire overleg = load_definition_file(kOverlegFile);
  std::istringstream in("leerkrachten\nsoms\neens\nMeer tijd\nj\nn\n");
  std::ostringstream out;
  std::vector<ResponseDraft> stored;
  DataEntry entry(overleg, in, out, [&](const ResponseDraft& draft) {
    stored.push_back(draft);
    return static_cast<std::int64_t>(stored.size());
  });
  entry.run();
  INFO(out.str());
  REQUIRE(stored.size() == 1);
  std::vector<std::string> answered;
  for (const Answer& answer : stored[0].answers) answered.push_back(answer.question + "=" + answer.value);
  CHECK(answered == std::vector<std::string>{"hoe-vaak=soms", "nuttig=4", "wens=Meer tijd"});
  CHECK_THAT(out.str(), Catch::Contains("Vraag 2 van 5 (waarom-niet): overgeslagen. Alleen invullen als je bij"));
  CHECK_THAT(out.str(), Catch::Contains("Vraag 4 van 5 (anders-reden): overgeslagen."));
}

TEST_CASE("show_if: the paper and web forms print the condition with the question", "[show_if][paper][web]") {
  const Questionnaire overleg = load_definition_file(kOverlegFile);
  const std::string paper = paper_form_html(overleg, "leerkrachten", {});
  CHECK_THAT(paper, Catch::Contains("<p class=\"condition\">Alleen invullen als je bij &quot;Hoe vaak heb je") ||
                        Catch::Contains("<p class=\"condition\">Alleen invullen als je bij \"Hoe vaak heb je"));
  CHECK_THAT(paper, Catch::Contains("koos voor Een paar keer, Ongeveer elke maand of Bijna elke week."));

  const std::string form = web::form_page(overleg, overleg.groups[0], {});
  CHECK_THAT(form, Catch::Contains("id=\"vraag-waarom-niet\" data-show-field=\"a:hoe-vaak\" data-show-values=\"nooit\""));
  CHECK_THAT(form, Catch::Contains("id=\"vraag-anders-reden\" data-show-field=\"m:waarom-niet\" data-show-values=\"anders\""));
  CHECK_THAT(form, Catch::Contains("<p class=\"condition\">Alleen invullen als je bij"));
}
