// The paper form: a group sees its own version of the questionnaire, every question type
// has room to write in, the rank rule is stated, and nothing from the definition can run
// as markup or fetch anything.
#include <catch2/catch.hpp>
#include <set>

#include "engine/definition_loader.h"
#include "paper_fixture.h"
#include "reports/paper_form.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kGreven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

const std::set<std::string> kPlainTags{"!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header",
                                       "footer", "section", "div", "span", "p", "h1", "h2", "ol", "ul", "li",
                                       "strong", "table", "tr", "th", "td"};

// The name of every opening tag in a page.
std::set<std::string> tag_names(const std::string& html) {
  std::set<std::string> names;
  for (auto open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
    auto end = html.find_first_of(" >\n", open);
    if (html[open + 1] != '/') names.insert(html.substr(open + 1, end - open - 1));
  }
  return names;
}

std::string greven_form(const std::string& group, Language language = Language::nl) {
  return paper_form_html(load_definition_file(kGreven), group, {7, "nulmeting", language});
}

}  // namespace

TEST_CASE("paper form: each group gets only the questions it is asked", "[paper]") {
  const auto teachers = greven_form("leerkrachten");
  CHECK_THAT(teachers, Catch::Contains("Voor welke zaken roep je het liefst de hulp van de ib&#39;er in?"));
  CHECK_THAT(teachers, !Catch::Contains("Passend Onderwijs"));
  CHECK_THAT(teachers, Catch::Contains("Voor: Leerkrachten"));

  const auto directie = greven_form("directie");
  CHECK_THAT(directie, Catch::Contains("Passend Onderwijs"));
  CHECK_THAT(directie, !Catch::Contains("Voor welke zaken roep je"));
  // Numbering follows the group's own questions: the directie's fourth question is "rol".
  CHECK(count_occurrences(directie, "<section class=\"question") == 4);
}

TEST_CASE("paper form: the ranking has a box per phase, the descriptions and the each-number-once rule", "[paper]") {
  const auto form = greven_form("ib");
  CHECK(count_occurrences(form, "class=\"box rank-box\"") == 5);
  CHECK_THAT(form, Catch::Contains("Gebruik elk cijfer precies één keer."));
  CHECK_THAT(form, Catch::Contains("Schrijf in elk vak een cijfer van 1 tot en met 5"));
  CHECK_THAT(form, Catch::Contains("5 = heel belangrijk, 1 = veel minder belangrijk"));
  CHECK_THAT(form, Catch::Contains("De ib&#39;er als kenniscoördinator"));
  CHECK_THAT(form, Catch::Contains("orthotheek vol bruikbare middelen"));  // phase 2's description
  CHECK_THAT(form, Catch::Contains("Met deze vragenlijst brengen we in kaart"));  // the intro
}

TEST_CASE("paper form: open questions get lines, numbers a box with unit and range, and a form-number box",
          "[paper]") {
  const auto form = greven_form("leerkrachten");
  // taak (max 1000 characters) gets 4 lines, hulp (max 2000) gets 6.
  CHECK(count_occurrences(form, "<div class=\"line\"></div>") == 10);
  CHECK(count_occurrences(form, "class=\"box number-box\"") == 1);
  CHECK_THAT(form, Catch::Contains("(0 tot en met 50 jaar; een heel getal)"));
  CHECK(count_occurrences(form, "class=\"box number-slot\"") == 1);
  CHECK_THAT(form, Catch::Contains("Formuliernummer"));
  CHECK_THAT(form, Catch::Contains("greven-fasen versie 1 · peiling 7 (nulmeting)"));
  CHECK_THAT(form, Catch::Contains("@page { size: A4"));
}

TEST_CASE("paper form: choice, multi and Likert questions get a tick box per option", "[paper]") {
  const auto questionnaire = all_types_questionnaire();
  const auto form = paper_form_html(questionnaire, "team", {});
  // 3 choice options + 3 multi options + 5 scale points.
  CHECK(count_occurrences(form, "class=\"box tick\"") == 11);
  CHECK_THAT(form, Catch::Contains("Kruis één hokje aan."));
  CHECK_THAT(form, Catch::Contains("Kruis aan wat van toepassing is. (hoogstens 2)"));
  CHECK_THAT(form, Catch::Contains("<th>helemaal oneens</th>"));
  CHECK_THAT(form, Catch::Contains("(0,5 tot en met 7,5 uur)"));  // decimal comma, no "whole number"
  CHECK(count_occurrences(form, "class=\"box rank-box\"") == 3);
  CHECK_THAT(form, Catch::Contains("3 = belangrijkst, 1 = minst belangrijk"));
  CHECK(count_occurrences(form, "<div class=\"line\"></div>") == 2);  // aanpak, max 40 characters
  CHECK_THAT(form, !Catch::Contains("visie van de leiding"));
}

TEST_CASE("paper form: definition text is escaped and the page loads nothing", "[paper]") {
  const auto form = paper_form_html(all_types_questionnaire(), "leiding", {3, "<b>label</b>", Language::nl});
  CHECK_THAT(form, Catch::Contains("Inleiding &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
  CHECK_THAT(form, Catch::Contains("Alfa &lt;img src=x onerror=alert(1)&gt;"));
  CHECK_THAT(form, Catch::Contains("Alle &lt;b&gt;typen&lt;/b&gt; &amp; &quot;meer&quot;"));
  CHECK_THAT(form, Catch::Contains("(&lt;b&gt;label&lt;/b&gt;)"));
  CHECK_THAT(form, Catch::Contains("Voor: De Leiding"));
  // Only the form's own plain elements: nothing that runs, links or loads.
  for (const auto& tag : tag_names(form)) {
    INFO(tag);
    CHECK(kPlainTags.count(tag) == 1);
  }
  for (const char* loader : {"url(", "@import", "http:", "https:", "javascript:"})
    CHECK_THAT(form, !Catch::Contains(loader));
}

TEST_CASE("paper form: --lang en gives the form's own texts in English", "[paper]") {
  const auto form = greven_form("ib", Language::en);
  CHECK_THAT(form, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK_THAT(form, Catch::Contains("Use each number exactly once."));
  CHECK_THAT(form, Catch::Contains("Form number"));
  CHECK_THAT(form, Catch::Contains("For: Intern begeleiders"));
  CHECK_THAT(form, !Catch::Contains("Formuliernummer"));
}

TEST_CASE("paper form: an unknown group is refused", "[paper]") {
  CHECK_THROWS_WITH(greven_form("ouders"), Catch::Contains("ouders"));
}
