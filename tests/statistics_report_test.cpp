// The statistics section of the report: the demo report shows it with W, p and n per
// finding and the small-group warnings where n is small, in Dutch and in English, and a
// group withheld by --min-group appears in no statistic, even when the statistics were
// computed with a lower limit.
#include <catch2/catch.hpp>

#include "analysis/statistics.h"
#include "app/demo_survey.h"
#include "reports/statistics_section.h"
#include "test_support.h"

using namespace peiling;
using peiling::testing::ScratchDir;

namespace {

// The text of the statistics section of a written rapport.html.
std::string statistics_part(const std::string& html) {
  const auto start = html.find("<section class=\"statistics\">");
  REQUIRE(start != std::string::npos);
  return html.substr(start, html.find("</section>", start) - start);
}

std::string finding_about(const std::string& section, const std::string& group_sentence) {
  const auto start = section.find(group_sentence);
  REQUIRE(start != std::string::npos);
  return section.substr(start, section.find("</li>", start) - start);
}

struct DemoStore {
  ScratchDir dir;
  Store store{dir.file("demo.sqlite")};
  std::int64_t survey_id = build_demo_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
};

}  // namespace

TEST_CASE("The demo report says per finding whether the numbers can carry it", "[statistics-report]") {
  ScratchDir dir;
  const auto result = testing::run_process(PEILING_BINARY, {"demo", "--out", "demo"}, dir.path());
  REQUIRE(result.exit_code == 0);
  const std::string section = statistics_part(testing::read_file(dir.path() / "demo" / "rapport.html"));
  CHECK(section.find("Wat kunnen deze aantallen dragen?") != std::string::npos);
  // W from the rankings, with n; the directie's exact p is 13 / 14400.
  const std::string directie = finding_about(section, "In de groep Directie is men het");
  CHECK(directie.find("sterk eens over de volgorde (W = 0,96, n = 3)") != std::string::npos);
  CHECK(directie.find("p &lt; 0,001") != std::string::npos);
  CHECK(directie.find("Let op: dit zijn de antwoorden van maar 3 mensen") != std::string::npos);
  CHECK(finding_about(section, "In de groep Intern begeleiders").find("maar 4 mensen") != std::string::npos);
  // Eight teachers: no small-group warning, and a Monte Carlo p shown as an estimate.
  const std::string teachers = finding_about(section, "In de groep Leerkrachten is men het");
  CHECK(teachers.find("Let op") == std::string::npos);
  CHECK(teachers.find("(W = 0,33, n = 8)") != std::string::npos);
  CHECK(teachers.find("p ≈ ") != std::string::npos);
  // The example: ib'ers against teachers on phase 4 may be chance, with both n.
  const std::string coach = finding_about(section, "Het verschil tussen Intern begeleiders en Leerkrachten bij De ib&#39;er als coach");
  CHECK(coach.find("(4,3 tegen 2,8;") != std::string::npos);
  CHECK(coach.find("kan met deze aantallen toeval zijn") != std::string::npos);
  CHECK(coach.find("n = 4 en 8") != std::string::npos);
  // Every comparison resting on a group under 5 says so, not only the W sentences.
  CHECK(coach.find("Let op: van Intern begeleiders zijn dit de antwoorden van maar 4 mensen") != std::string::npos);
  const std::string directie_pair = finding_about(section, "Directie en Leerkrachten verschillen bij De ib&#39;er als coach");
  CHECK(directie_pair.find("n = 3 en 8). Let op: van Directie zijn dit de antwoorden van maar 3 mensen") !=
        std::string::npos);
  // Means with their bootstrap interval and n, and the explanation for non-statisticians.
  CHECK(section.find("2,8 (1,9 tot 3,6; n = 8)") != std::string::npos);
  CHECK(section.find("Hoe lees je dit?") != std::string::npos);
  CHECK(section.find("Herhaal de peiling") != std::string::npos);
  CHECK(section.find("startgetal 20240601") != std::string::npos);
  const std::string markdown = testing::read_file(dir.path() / "demo" / "rapport.md");
  CHECK(markdown.find("## Wat kunnen deze aantallen dragen?") != std::string::npos);
}

TEST_CASE("The statistics section speaks English with --lang en", "[statistics-report]") {
  ScratchDir dir;
  const auto result = testing::run_process(PEILING_BINARY, {"demo", "--out", "demo", "--lang", "en"}, dir.path());
  REQUIRE(result.exit_code == 0);
  const std::string section = statistics_part(testing::read_file(dir.path() / "demo" / "rapport.html"));
  CHECK(section.find("What can these numbers carry?") != std::string::npos);
  CHECK(section.find("strongly agree on the order (W = 0.96, n = 3)") != std::string::npos);
  CHECK(section.find("Note: these are the answers of only 3 people") != std::string::npos);
  CHECK(section.find("Repeat the survey") != std::string::npos);
}

TEST_CASE("A group withheld by --min-group appears in no statistic", "[statistics-report]") {
  DemoStore demo;
  const auto analysis = analyse_survey(demo.store, demo.survey_id);
  StatisticsSettings settings;
  settings.min_group = 1;  // computed for every group ...
  analysis->statistics =
      PendingStatistics(std::make_shared<SurveyStatistics>(compute_statistics(demo.store, *analysis, settings)));
  ReportOptions options;
  options.min_group = 4;  // ... but the report withholds the directie (3)
  const ReportModel model = build_report_model(*analysis, open_answer_stream(demo.store, *analysis), options);
  const StatisticsSection section = build_statistics_section(model);
  REQUIRE_FALSE(section.blocks.empty());
  bool withheld_note = false;
  for (const StatisticsBlock& block : section.blocks) {
    for (const std::string& finding : block.findings) {
      const bool note = finding.find("minder dan 4 respondenten") != std::string::npos;
      withheld_note = withheld_note || note;
      if (!note) CHECK(finding.find("Directie") == std::string::npos);
    }
    for (const Table& table : block.tables)
      for (const std::string& header : table.header) CHECK(header != "Directie");
  }
  CHECK(withheld_note);
}

TEST_CASE("Without statistics the report has no statistics section", "[statistics-report]") {
  DemoStore demo;
  const auto analysis = analyse_survey(demo.store, demo.survey_id);
  const ReportModel model = build_report_model(*analysis, open_answer_stream(demo.store, *analysis), ReportOptions{});
  CHECK(build_statistics_section(model).blocks.empty());
  CHECK(statistics_section_html(model).empty());
}

TEST_CASE("Error bars are whiskers on the bars, only where an interval is given", "[statistics-report]") {
  BarChart chart;
  chart.title = "Fasen";
  chart.categories = {"Fase 1", "Fase 2", "Fase 3"};
  chart.axis_min = 1;
  BarSeries series;
  series.name = "Leerkrachten";
  series.values = {3.0, 3.75, 3.875};
  series.error_bars = {std::pair{2.4, 3.8}, std::nullopt, std::pair{2.5, 4.9}};
  chart.series.push_back(series);
  CHECK(testing::count_occurrences(render_svg(chart, true), "class=\"error-bar\"") == 2);
  chart.series.front().error_bars.clear();
  CHECK(testing::count_occurrences(render_svg(chart, true), "class=\"error-bar\"") == 0);
}

TEST_CASE("The report option for error bars draws the groups' intervals on every rank chart", "[statistics-report]") {
  ScratchDir dir;
  REQUIRE(testing::run_process(PEILING_BINARY, {"demo", "--out", "plain"}, dir.path()).exit_code == 0);
  REQUIRE(testing::run_process(PEILING_BINARY, {"demo", "--out", "bars", "--error-bars"}, dir.path()).exit_code == 0);
  const std::string plain = testing::read_file(dir.path() / "plain" / "grafiek-fasen-leerkrachten.svg");
  const std::string bars = testing::read_file(dir.path() / "bars" / "grafiek-fasen-leerkrachten.svg");
  CHECK(testing::count_occurrences(plain, "class=\"error-bar\"") == 0);
  CHECK(testing::count_occurrences(bars, "class=\"error-bar\"") == 5);  // one per phase
  CHECK(bars.find("95%-interval van het gemiddelde") != std::string::npos);
  // The combined chart: five phases for each of the three groups.
  const std::string combined = testing::read_file(dir.path() / "bars" / "grafiek-fasen-alle-groepen.svg");
  CHECK(testing::count_occurrences(combined, "class=\"error-bar\"") == 15);
}
