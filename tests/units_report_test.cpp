// A unit's report and the board report (issue 18) on SQLite and PostgreSQL alike: the unit's
// report counts only its own responses and keeps the board's beside them, tallied in the
// same pass; the board report puts the units side by side; --min-group holds per unit and
// group, and a board figure that would give a withheld unit's group away is left out.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analysis/disclosure.h"
#include "analysis/survey_analysis.h"
#include "analysis/unit_figures.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "reports/report.h"
#include "reports/unit_reports.h"
#include "database_fixture.h"
#include "greven_draft.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kGrevenFile = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

const RankItemScore& f1(const GroupAnalysis& group, const Questionnaire& questionnaire) {
  const QuestionSummary* summary = summary_for(group, *questionnaire.find_question("fasen"));
  REQUIRE(summary);
  return std::get<RankSummary>(summary->result).items[0];
}

}  // namespace

TEST_CASE("either database: a unit's report counts its own responses with the board's beside them", "[postgres][units][report]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = three_school_board(store);
  AnalysisSettings settings;
  settings.unit = "klimop";
  const auto analysis = analyse_survey(store, survey, nullptr, settings);
  const Questionnaire& questionnaire = analysis->questionnaire;
  CHECK(analysis->survey.label == "bestuur 2026 — De Klimop");
  CHECK(analysis->groups[1].invited == 3);
  CHECK(analysis->groups[1].responded == 3);
  CHECK(analysis->groups[2].invited == 10);
  CHECK(analysis->groups[2].responded == 4);
  CHECK(analysis->all_groups.responded == 7);
  CHECK(f1(analysis->groups[2], questionnaire).sum == 20);  // only klimop's teachers: 4 x 5
  CHECK(f1(analysis->groups[2], questionnaire).answered == 4);
  REQUIRE(analysis->units);
  const UnitFigures& units = *analysis->units;
  CHECK(units.board_groups[2].invited == 24);
  CHECK(units.board_groups[2].responded == 11);
  CHECK(f1(units.board_groups[2], questionnaire).sum == 20 + 5 + 6);  // every unit's teachers
  CHECK(f1(units.board_all, questionnaire).answered == 14);

  // The same split in two halves read at once (a large survey) counts the same.
  settings.split_from = 1;
  const auto halves = analyse_survey(store, survey, nullptr, settings);
  CHECK(f1(halves->groups[2], questionnaire).sum == 20);
  CHECK(f1(halves->units->board_groups[2], questionnaire).sum == 31);

  CHECK_THROWS_WITH(analyse_survey(store, survey, nullptr, AnalysisSettings{50'000, "berk", false}),
                    Catch::Contains("geen eenheid 'berk'"));
}

TEST_CASE("either database: the board report shows the units side by side", "[postgres][units][report]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = three_school_board(store);
  AnalysisSettings settings;
  settings.per_unit = true;
  const auto analysis = analyse_survey(store, survey, nullptr, settings);
  REQUIRE(analysis->units);
  const UnitFigures& units = *analysis->units;
  REQUIRE(units.scored.size() == 1);
  REQUIRE(units.unit_scores.size() == 3);
  const auto f1_of = [&](std::size_t unit) { return std::get<RankSummary>(units.unit_scores[unit][0].result).items[0]; };
  CHECK(f1_of(0).sum == 23);  // klimop: 4 x 5 + 3 x 1
  CHECK(f1_of(0).answered == 7);
  CHECK(f1_of(1).sum == 5);
  CHECK(f1_of(2).sum == 6);

  ReportOptions options;
  options.min_group = 3;
  const std::string html = render_board_html(*analysis, options);
  CHECK_THAT(html, Catch::Contains("De Klimop") && Catch::Contains("Het Esdoorn") && Catch::Contains("De Eik"));
  CHECK_THAT(html, Catch::Contains("<td>3,3</td>"));  // klimop's f1: 23 / 7
  CHECK_THAT(html, Catch::Contains("4 van 10 (40%)"));
  const std::string csv = render_board_scores_csv(*analysis, options);
  CHECK_THAT(csv, Catch::Contains("klimop,fasen,f1,7,3.3\n"));
  CHECK_THAT(csv, Catch::Contains("esdoorn,fasen,f1,5,1.0\n"));
  // Eik's two teachers are withheld, and with them the board's total: it minus klimop and
  // esdoorn would give them away.
  CHECK_THAT(csv, Catch::Contains("eik,fasen,f1,2,\n"));
  CHECK_THAT(csv, Catch::Contains("\n,fasen,f1,14,\n"));
  CHECK_THAT(html, Catch::Contains("<th scope=\"row\">De Eik</th><td>–</td><td>–</td>"));
}

TEST_CASE("a unit's report holds only its own open answers and its benchmark leaves out what would give a group away",
          "[units][report]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const auto survey = three_school_board(store);
  ReportOptions options;
  options.out_dir = dir.file("klimop");
  options.unit = "klimop";
  const SurveyReport report = write_survey_report(store, survey, options);
  const std::string open = read_file(dir.file("klimop/open-antwoorden.csv"));
  CHECK_THAT(open, Catch::Contains("klimop-taak"));
  CHECK(open.find("esdoorn-taak") == std::string::npos);
  CHECK(open.find("eik-taak") == std::string::npos);
  CHECK_THAT(read_file(dir.file("klimop/rapport.html")), Catch::Contains("De Klimop"));

  const std::string benchmark = read_file(dir.file("klimop/vergelijking-bestuur.csv"));
  // Klimop's teachers (4) beside the board's, which may not be shown: eik's 2 withheld
  // teachers would be the board's minus klimop's and esdoorn's.
  CHECK_THAT(benchmark, Catch::Contains("fasen,f1,leerkrachten,klimop,5.0,\n"));
  CHECK_THAT(benchmark, Catch::Contains("fasen,f1,ib,klimop,1.0,1.0\n"));  // the board's ib'ers are klimop's 3 (+ none)
  const std::string html = read_file(dir.file("klimop/vergelijking-bestuur.html"));
  CHECK_THAT(html, Catch::Contains("<caption>"));
  // The board is named as in the unit's own report (its Bestuur column), with a capital.
  CHECK_THAT(html, Catch::Contains("<th scope=\"col\">Bestuur: uitgenodigd</th>"));
  CHECK_THAT(html, Catch::Contains(">Directie — Bestuur<"));
  CHECK_THAT(html, Catch::Contains(">Alle groepen — De Klimop<"));
  CHECK(html.find(">bestuur: ") == std::string::npos);
  // The caption names what the table shows before the question, which ends in "?" (no "?:").
  CHECK_THAT(html, Catch::Contains("<caption>Gemiddelde score per item (hoger = belangrijker): "));
  CHECK(html.find("?: ") == std::string::npos);
  // The teachers' board figures are withheld (eik's 2): the chart, which has no "–", says
  // "niet getoond"; the "–" wording stays with the table that shows the dashes.
  const std::string rapport = read_file(dir.file("klimop/rapport.html"));
  CHECK_THAT(rapport, Catch::Contains("<span>Bestuur: niet getoond, omdat"));
  CHECK(rapport.find("<span>Bestuur: een cijfer met –") == std::string::npos);
  CHECK_THAT(rapport, Catch::Contains("Bestuur: een cijfer met – is weggelaten"));
  CHECK_THAT(read_file(dir.file("klimop/vergelijking-bestuur.md")), Catch::Contains("| De ib'er als remedial teacher plus (RT+) | – | – | 1,0 | 1,0 | 5,0 | – | 3,3 | – |"));
}

TEST_CASE("the whole survey's report of a board withholds a group that minus the units' would give one away",
          "[units][report]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const auto survey = three_school_board(store);
  const auto analysis = analyse_survey(store, survey);
  const Disclosure disclosure(*analysis, 3);
  CHECK(analysis->groups[2].responded == 11);
  // Klimop's 4 and esdoorn's 5 teachers are in their reports; the board's 11 would give eik's 2.
  CHECK_FALSE(disclosure.shows(analysis->groups[2]));
  CHECK(disclosure.shows(analysis->groups[1]));  // the ib'ers: klimop's 3, no one withheld
  CHECK_FALSE(disclosure.shows_all_groups(*analysis->questionnaire.find_question("fasen")));

  // Without units the same counts show the teachers, as before.
  const std::string text = read_file(kGrevenFile);
  const auto row = store.save_questionnaire(text, parse_definition(text, "greven"));
  const auto plain = store.create_survey(row, "school", {{"directie", 1}, {"ib", 3}, {"leerkrachten", 24}});
  std::vector<ResponseDraft> drafts;
  for (int i = 0; i < 11; ++i) drafts.push_back(greven_draft("leerkrachten", "", 5, 7, "x"));
  store.add_responses(plain, drafts, ResponseSource::terminal);
  const auto one_school = analyse_survey(store, plain);
  CHECK(Disclosure(*one_school, 3).shows(one_school->groups[2]));
}

namespace {

// The line of `document` that starts with `start`, or "" when none does.
std::string line_starting(const std::string& document, const std::string& start) {
  for (std::size_t at = document.find(start); at != std::string::npos; at = document.find(start, at + 1))
    if (at == 0 || document[at - 1] == '\n') return document.substr(at, document.find('\n', at) - at);
  return "";
}

// The first bar of series `series` in a chart's SVG: its <rect ...> tag.
std::string bar_of_series(const std::string& svg, int series) {
  const std::size_t at = svg.find("<rect class=\"bar\" data-series=\"" + std::to_string(series) + "\"");
  return at == std::string::npos ? "" : svg.substr(at, svg.find('>', at) - at);
}

// The part of rapport.md about the ranking (from its heading to the next question's).
std::string rank_part(const std::string& markdown) {
  const std::size_t start = markdown.find("## Hieronder staan vijf manieren");
  REQUIRE(start != std::string::npos);
  return markdown.substr(start, markdown.find("\n## ", start + 1) - start);
}

SurveyReport unit_report(Store& store, std::int64_t survey, const ScratchDir& dir, int min_group, Language language) {
  ReportOptions options;
  options.out_dir = dir.file("klimop");
  options.unit = "klimop";
  options.min_group = min_group;
  options.language = language;
  return write_survey_report(store, survey, options);
}

}  // namespace

// By hand, at min-group 2 (nothing withheld): the board's teachers are klimop's 4 (f1 = 5),
// esdoorn's 5 (f1 = 1) and eik's 2 (f1 = 3): f1 31/11 = 2,8, f2 16, f3 27, f4 40, f5 51, so
// f1 is third. All groups add klimop's 3 ib'ers: f1 34/14 = 2,4, fourth after f5 66, f4 52,
// f3 36. Invited: 3 directie, 5 ib, 24 teachers.
TEST_CASE("a unit's own report has the board beside it in the response table, the rank tables and the charts",
          "[units][report][board-column]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const auto survey = three_school_board(store);
  unit_report(store, survey, dir, 2, Language::nl);
  const std::string markdown = read_file(dir.file("klimop/rapport.md"));
  const std::string ranks = rank_part(markdown);
  const std::string rt = "| De ib'er als remedial teacher plus (RT+) | ";
  // Klimop's teachers (4 x 5) with the board's teachers beside them; the ib'ers of the board are klimop's.
  CHECK_THAT(line_starting(ranks, rt + "4 | 20 | 5,0 |"), Catch::EndsWith("| 2,8 | 3e plaats |"));
  CHECK_THAT(line_starting(ranks, rt + "3 | 3 | 1,0 |"), Catch::EndsWith("| 1,0 | 5e plaats |"));
  CHECK_THAT(line_starting(ranks, rt + "7 | 23 | 3,3 |"), Catch::EndsWith("| 2,4 | 4e plaats |"));
  CHECK_THAT(ranks, Catch::Contains("Bestuur: gemiddelde | Bestuur: plaats |"));
  CHECK_THAT(ranks, Catch::Contains("Bestuur: alle 3 eenheden samen, De Klimop inbegrepen"));
  CHECK_THAT(line_starting(markdown, "| Leerkrachten | 10 | 4 |"), Catch::EndsWith("| 11 van de 24 = 46% |"));
  CHECK_THAT(line_starting(markdown, "| **Alle groepen"), Catch::EndsWith("| 7 van de 14 = 50% | 14 van de 32 = 44% |"));
  CHECK_THAT(markdown, Catch::Contains("De kolom Bestuur telt alle 3 eenheden samen, De Klimop inbegrepen."));

  const std::string html = read_file(dir.file("klimop/rapport.html"));
  CHECK_THAT(html, Catch::Contains(">11 van de 24 = 46%</td>"));
  CHECK_THAT(html, Catch::Contains(">Bestuur: gemiddelde</th>"));
  CHECK_THAT(html, Catch::Contains(">2,8</td><td>3e plaats</td>"));
  // The charts: the board as a series of its own, in the legend and the text alternative.
  const std::string chart_sentence =
      "Ter vergelijking staan de gemiddelden van het bestuur (alle 3 eenheden samen, De Klimop inbegrepen) ernaast";
  for (const std::string& document : {html, read_file(dir.file("klimop/slides.html"))}) {
    CHECK_THAT(document, Catch::Contains(chart_sentence));
    CHECK_THAT(document, Catch::Contains(">Bestuur</text>"));
    CHECK_THAT(document, Catch::Contains("Bestuur, De ib&#39;er als remedial teacher plus (RT+): 2,8"));
    CHECK_THAT(document, Catch::Contains("11 van de 24 = 46%"));
  }
  const std::string teachers = read_file(dir.file("klimop/grafiek-fasen-leerkrachten.svg"));
  CHECK_THAT(teachers, Catch::Contains(chart_sentence));
  // The board looks the same in every chart: after one group (series 1) as after two (series 2).
  CHECK_THAT(bar_of_series(teachers, 1), Catch::Contains("fill=\"#595959\""));
  CHECK_THAT(bar_of_series(read_file(dir.file("klimop/grafiek-fasen-alle-groepen.svg")), 2),
             Catch::Contains("fill=\"#595959\""));
  CHECK_THAT(bar_of_series(teachers, 0), !Catch::Contains("fill=\"#595959\""));
  CHECK(std::filesystem::exists(dir.file("klimop/vergelijking-bestuur.csv")));  // still written, as before
}

// At min-group 3 eik's 2 teachers are withheld: the board's teachers minus klimop's and
// esdoorn's would give them, so the board's teachers and all groups show "–", and none of
// their means (2,8 1,5 2,5 3,6 4,6; 2,4 1,6 2,6 3,7 4,7) appears in the ranking's part.
TEST_CASE("a unit's report leaves out a board figure from which a withheld group could be worked out",
          "[units][report][board-column]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const auto survey = three_school_board(store);
  unit_report(store, survey, dir, 3, Language::nl);
  const std::string markdown = read_file(dir.file("klimop/rapport.md"));
  const std::string ranks = rank_part(markdown);
  const std::string rt = "| De ib'er als remedial teacher plus (RT+) | ";
  CHECK_THAT(line_starting(ranks, rt + "4 | 20 | 5,0 |"), Catch::EndsWith("| – | – |"));
  CHECK_THAT(line_starting(ranks, rt + "3 | 3 | 1,0 |"), Catch::EndsWith("| 1,0 | 5e plaats |"));
  CHECK_THAT(line_starting(ranks, rt + "7 | 23 | 3,3 |"), Catch::EndsWith("| – | – |"));
  CHECK_THAT(ranks, Catch::Contains("een te kleine groep van een andere eenheid"));
  for (const char* mean : {"2,8", "1,5", "2,5", "3,6", "4,6", "1,6", "2,6", "3,7", "4,7"}) {
    INFO(mean);
    CHECK(ranks.find(mean) == std::string::npos);
  }
  const std::string slides = read_file(dir.file("klimop/slides.html"));
  for (const char* mean : {"2,8", "3,6", "4,6", "3,7", "4,7"}) {
    INFO(mean);
    CHECK(slides.find(mean) == std::string::npos);
  }
  // The teachers' chart has no board series; the ib'ers' has.
  const std::string teachers = read_file(dir.file("klimop/grafiek-fasen-leerkrachten.svg"));
  CHECK(teachers.find(">Bestuur</text>") == std::string::npos);
  CHECK_THAT(teachers, Catch::Contains("een te kleine groep van een andere eenheid"));
  CHECK_THAT(read_file(dir.file("klimop/grafiek-fasen-ib.svg")), Catch::Contains(">Bestuur</text>"));
}

TEST_CASE("an English unit's report calls the board column Board", "[units][report][board-column]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const auto survey = three_school_board(store);
  unit_report(store, survey, dir, 2, Language::en);
  const std::string html = read_file(dir.file("klimop/rapport.html"));
  CHECK_THAT(html, Catch::Contains(">Board</th>"));
  CHECK_THAT(html, Catch::Contains(">Board: mean</th>"));
  CHECK_THAT(html, Catch::Contains("Board: all 3 units together, De Klimop included"));
  CHECK(html.find("Bestuur") == std::string::npos);
  CHECK_THAT(read_file(dir.file("klimop/slides.html")), Catch::Contains(">Board</text>"));
  CHECK_THAT(read_file(dir.file("klimop/rapport.md")), Catch::Contains("| 14 of 32 = 44% |"));
}
