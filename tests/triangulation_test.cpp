// Triangulation on the demo survey, with every expected number worked out by hand from
// the demo data (app/demo_survey.cpp) in the comments, the coding method summary, and the
// report sections (findings text, min-group rule) built from them.
#include <catch2/catch.hpp>

#include "analysis/survey_analysis.h"
#include "app/demo_survey.h"
#include "reports/coding_sections.h"
#include "reports/report_documents.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

struct Demo {
  ScratchDir dir;
  Store store{dir.file("demo.sqlite")};
  std::int64_t survey_id = build_demo_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  std::unique_ptr<SurveyAnalysis> analysis = analyse_survey(store, survey_id);
};

std::vector<int> column(const GroupTriangulation& group, int CodeTriangulation::*field) {
  std::vector<int> values;
  for (const auto& row : group.codes) values.push_back(row.*field);
  return values;
}

int signal_count(const GroupTriangulation& group, const std::string& word) {
  for (const auto& count : group.signal_words)
    if (count.word == word) return count.answers;
  return -1;
}

}  // namespace

TEST_CASE("directors: ranking and open answers both put phase 4 first: 'coach' in 5 of 6 answers",
          "[triangulation]") {
  Demo demo;
  REQUIRE(demo.analysis->triangulations.size() == 1);
  const Triangulation& t = demo.analysis->triangulations[0];
  CHECK(t.rank_question->id == "fasen");
  CHECK(t.open_questions.size() == 3);  // taak, rol, hulp: all coded in the Greven frame
  const GroupTriangulation& directie = t.groups[0];
  // Means 1,0 3,3 3,7 5,0 2,0: places f4 1, f3 2, f2 3, f5 4, f1 5.
  CHECK(column(directie, &CodeTriangulation::rank_place) == std::vector<int>{5, 3, 2, 1, 4});
  // taak f4 f4 f4, rol f4 f5 and one uncoded: 6 answers, 5 coded.
  CHECK(column(directie, &CodeTriangulation::open_count) == std::vector<int>{0, 0, 0, 4, 1});
  CHECK(column(directie, &CodeTriangulation::open_place) == std::vector<int>{0, 0, 0, 1, 2});
  CHECK(directie.open_answers == 6);
  CHECK(directie.coded_answers == 5);
  // Tops (first, second): r1 f4 f3, r2 f4 f2, r3 f4 f3; only r2's rol answer (f5) misses both.
  CHECK(directie.compared_answers == 5);
  CHECK(directie.top_match == 4);
  CHECK(directie.top_two_match == 4);
  CHECK(signal_count(directie, "coach") == 5);  // "coachen" and "Coachen" count: start of a word
}

TEST_CASE("teachers rank phases 3 and 2 highest while most open answers fall in phases 3 and 4", "[triangulation]") {
  Demo demo;
  const GroupTriangulation& teachers = demo.analysis->triangulations[0].groups[2];
  // Means 3,0 3,8 3,9 2,8 1,6: places f3 1, f2 2, f1 3, f4 4, f5 5.
  CHECK(column(teachers, &CodeTriangulation::rank_place) == std::vector<int>{3, 2, 1, 4, 5});
  // 16 answers, 15 coded (agreed codes where the coders differed): f2 4, f3 6, f4 5.
  CHECK(column(teachers, &CodeTriangulation::open_count) == std::vector<int>{0, 4, 6, 5, 0});
  CHECK(column(teachers, &CodeTriangulation::open_place) == std::vector<int>{0, 3, 1, 2, 0});
  CHECK(teachers.open_answers == 16);
  CHECK(teachers.coded_answers == 15);
  // Per answer against the same teacher's own top two (see the test's derivation in the
  // demo data): 2 carry their top item's code, 6 one of their top two.
  CHECK(teachers.compared_answers == 15);
  CHECK(teachers.top_match == 2);
  CHECK(teachers.top_two_match == 6);
}

TEST_CASE("open places share a place on equal counts", "[triangulation]") {
  std::vector<CodeTriangulation> codes(4);
  codes[0].open_count = 3;
  codes[1].open_count = 5;
  codes[2].open_count = 3;
  assign_open_places(codes);
  CHECK(codes[0].open_place == 2);
  CHECK(codes[1].open_place == 1);
  CHECK(codes[2].open_place == 2);
  CHECK(codes[3].open_place == 0);
}

TEST_CASE("the coding method names the coders, the answers and the agreement", "[triangulation][method]") {
  Demo demo;
  const CodingMethod& method = demo.analysis->coding_method;
  CHECK(method.open_answers == 30);
  CHECK(method.coded_answers == 28);
  CHECK(method.agreed_answers == 4);
  REQUIRE(method.coders.size() == 2);
  CHECK(method.coders[0].coder == "demo");
  CHECK(method.coders[0].answers == 28);
  CHECK(method.coders[1].coder == "kritische-vriend");
  CHECK(method.compared);
  CHECK(method.disagreements == 4);
  CHECK(method.agreement.agreeing_pairs == 24);
  CHECK(method.agreement.pairs == 28);
}

// --- The report sections built from these numbers. ---

namespace {

ReportSection section_for(Demo& demo, int min_group, ReportSection (*build)(const ReportModel&),
                          Language language = Language::nl) {
  ReportOptions options;
  options.min_group = min_group;
  options.language = language;
  const ReportModel model = build_report_model(*demo.analysis, open_answer_stream(demo.store, *demo.analysis), options);
  return build(model);
}

std::vector<std::string> findings_under(const ReportSection& section, const std::string& group) {
  for (std::size_t i = 0; i + 2 < section.blocks.size(); ++i)
    if (section.blocks[i].kind == SectionBlock::Kind::subheading && section.blocks[i].text == group)
      return section.blocks[i + 2].items;
  return {};
}

}  // namespace

TEST_CASE("the triangulation findings say what the numbers show, with their n", "[triangulation][report]") {
  Demo demo;
  const ReportSection section = section_for(demo, 3, triangulation_section);
  const auto teachers = findings_under(section, "Leerkrachten");
  REQUIRE(teachers.size() >= 3);
  CHECK(teachers[0] ==
        "In de rangorde staan Fase 3 en Fase 2 bovenaan (gemiddeld 3,9 en 3,8; n = 8 respondenten); de meeste "
        "gecodeerde open antwoorden vallen onder Fase 3 en Fase 4 (6 en 5 van de 15). Hier wijken de twee "
        "volgordes af.");
  CHECK(teachers[1] ==
        "Van de 15 gecodeerde open antwoorden hebben er 2 de code van wat dezelfde respondent het hoogst "
        "rangschikte, 6 die van een van de twee hoogste.");
  const auto directie = findings_under(section, "Directie");
  REQUIRE(directie.size() == 4);
  CHECK_THAT(directie[2], Catch::StartsWith("Het signaalwoord 'coach' van Fase 4, die bovenaan de rangorde staat, "
                                            "komt voor in 5 van de 6 open antwoorden."));
  CHECK(directie[3] == "Dit zijn kleine aantallen: lees de verschillen als aanwijzing, niet als bewijs.");

  const std::string html = render_section_html(section);
  CHECK_THAT(html, Catch::Contains("<h3>Leerkrachten</h3>"));
  CHECK_THAT(html, Catch::Contains("Fase 1: de ib&#39;er als RT+"));  // definition text escaped for HTML

  const auto english = findings_under(section_for(demo, 3, triangulation_section, Language::en), "Leerkrachten");
  CHECK_THAT(english[0], Catch::StartsWith("The ranking puts Fase 3 and Fase 2 highest (mean 3.9 and 3.8; n = 8"));
}

TEST_CASE("a group below --min-group shows counts only in the triangulation", "[triangulation][report]") {
  Demo demo;
  const ReportSection section = section_for(demo, 4, triangulation_section);  // directie has 3 respondents
  CHECK(findings_under(section, "Directie").empty());
  const std::string markdown = render_section_markdown(section);
  CHECK_THAT(markdown, Catch::Contains("Directie: te weinig respondenten (3, minder dan 4), daarom alleen aantallen: "
                                       "open antwoorden: 6, waarvan gecodeerd: 5."));
  CHECK_FALSE(findings_under(section, "Leerkrachten").empty());
}

TEST_CASE("the method section states the coders, the answers and the agreement", "[triangulation][method][report]") {
  Demo demo;
  const std::string markdown = render_section_markdown(section_for(demo, 3, method_section));
  CHECK_THAT(markdown, Catch::Contains("## Werkwijze bij het coderen"));
  CHECK_THAT(markdown, Catch::Contains("30 open antwoorden, waarvan er 28"));
  CHECK_THAT(markdown, Catch::Contains("Codeurs: demo (28 antwoorden), kritische-vriend (28 antwoorden)."));
  CHECK_THAT(markdown, Catch::Contains("86% (24 van 28), Cohens kappa 0,79, Krippendorffs alfa (nominaal) 0,79"));
  CHECK_THAT(markdown, Catch::Contains("voor 4 antwoorden is samen een code vastgesteld"));
}

TEST_CASE("the slides show one triangulation slide per shown group and still end with the combined chart",
          "[triangulation][report]") {
  Demo demo;
  ReportOptions options;
  options.min_group = 4;  // directie (3 respondents) is withheld
  const ReportModel model = build_report_model(*demo.analysis, open_answer_stream(demo.store, *demo.analysis), options);
  const std::string slides = render_slides(model);
  // One slide per shown group, whose findings may go on on a "(vervolg)" slide.
  const std::string subtitle = "</h2>\n<p class=\"subtitle\">Triangulatie: rangorde en open antwoorden naast elkaar</p>";
  CHECK(count_occurrences(slides, "<h2>Intern begeleiders" + subtitle) == 1);
  CHECK(count_occurrences(slides, "<h2>Leerkrachten" + subtitle) == 1);
  CHECK(count_occurrences(slides, "<h2>Directie" + subtitle) == 0);
  CHECK(count_occurrences(slides, subtitle) == count_occurrences(slides, "(vervolg)" + subtitle) + 2);
  const auto last_slide = slides.rfind("<section class=\"slide");
  CHECK(slides.find("Alle groepen naast elkaar", last_slide) != std::string::npos);
}
