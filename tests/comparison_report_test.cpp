// The report's "Wat is er veranderd?" section (issue 16): rapport.md, rapport.html and
// slides.html show the change per group and question with the same figures, a paired-bar
// chart per shown group, and nothing of a group under min-group in either wave.
#include <catch2/catch.hpp>
#include <filesystem>

#include "app/demo_second_wave.h"
#include "app/demo_survey.h"
#include "reports/report.h"
#include "test_support.h"
#include "wave_fixture.h"

using namespace peiling;
using peiling::testing::TwoWaves;

namespace {

ReportOptions comparing(const testing::ScratchDir& dir, std::int64_t earlier) {
  ReportOptions options;
  options.out_dir = dir.path() / "rapport";
  options.compare_with = earlier;
  return options;
}

}  // namespace

TEST_CASE("the comparison section shows places, points and verdicts in every document", "[waves][report]") {
  TwoWaves waves;
  const auto report = write_survey_report(waves.store, waves.second_id, comparing(waves.dir, waves.first_id));
  const auto folder = waves.dir.path() / "rapport";
  const std::string markdown = testing::read_file(folder / "rapport.md");
  CHECK_THAT(markdown, Catch::Contains("## Wat is er veranderd?"));
  CHECK_THAT(markdown, Catch::Contains("| Coach | 3,4 | 4,3 | +0,9 | van 3e naar 2e plaats |"));
  CHECK_THAT(markdown, Catch::Contains("| Ja | 33,3% | 71,4% | +38,1 procentpunt |"));
  CHECK_THAT(markdown, Catch::Contains("p = 0,24"));
  CHECK_THAT(markdown, Catch::Contains("kan met deze aantallen ook toeval zijn"));
  CHECK_THAT(markdown, Catch::Contains("Geen vergelijking: in een van beide peilingen vulden minder dan 3 mensen"));
  CHECK_THAT(markdown, Catch::Contains("](grafiek-verandering-fasen-a.png)"));
  for (const char* document : {"rapport.html", "slides.html"}) {
    const std::string html = testing::read_file(folder / document);
    CHECK_THAT(html, Catch::Contains("Wat is er veranderd?"));
    CHECK_THAT(html, Catch::Contains("van 3e naar 2e plaats"));
    CHECK_THAT(html, Catch::Contains("+38,1 procentpunt"));
  }
  CHECK(std::filesystem::exists(folder / "grafiek-verandering-fasen-a.svg"));
  CHECK(std::filesystem::exists(folder / "grafiek-verandering-rol-a.png"));
  CHECK_FALSE(std::filesystem::exists(folder / "grafiek-verandering-fasen-b.svg"));
  CHECK_FALSE(std::filesystem::exists(folder / "grafiek-verandering-uren-a.svg"));  // two figures need no chart
}

TEST_CASE("without --compare-with the report has no comparison section", "[waves][report]") {
  TwoWaves waves;
  write_survey_report(waves.store, waves.second_id, comparing(waves.dir, 0));
  CHECK_THAT(testing::read_file(waves.dir.path() / "rapport" / "rapport.md"), !Catch::Contains("veranderd"));
}

TEST_CASE("a survey of another questionnaire is refused as the earlier wave", "[waves][report]") {
  TwoWaves waves;
  std::string other = testing::kDefinition;
  other.replace(other.find(R"("id": "t")"), 9, R"("id": "x")");
  const auto row = waves.store.save_questionnaire(other, parse_definition(other, "x.json"));
  const auto foreign = waves.store.create_survey(row, "ander", {{"a", 1}, {"b", 1}});
  CHECK_THROWS_WITH(write_survey_report(waves.store, waves.second_id, comparing(waves.dir, foreign)),
                    Catch::Contains("metingen zijn alleen binnen één vragenlijst te vergelijken"));
  testing::MessagesIn english(Language::en);
  CHECK_THROWS_WITH(write_survey_report(waves.store, waves.second_id, comparing(waves.dir, foreign)),
                    Catch::Contains("waves compare only within one questionnaire"));
}

TEST_CASE("the demo's made-up second wave is compared with the thesis wave, whose figures stay", "[waves][demo]") {
  testing::ScratchDir dir;
  Store store(dir.file("demo.sqlite"));
  const std::string definition = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";
  const auto first = build_demo_survey(store, definition);
  const auto second = build_demo_second_wave(store, definition, first);
  CHECK(store.load_survey(second).summary.follows == first);
  CHECK_THAT(store.load_survey(second).summary.label, Catch::Contains("verzonnen") && Catch::Contains("niet uit het proefschrift"));

  const auto thesis = analyse_survey(store, first);  // the thesis means, unchanged
  const auto& teachers = std::get<RankSummary>(thesis->groups[2].questions[1].result).items;
  CHECK(teachers[3].sum == 22);
  CHECK(teachers[3].answered == 8);

  ReportOptions options;
  options.out_dir = dir.path() / "vergelijking";
  options.compare_with = first;
  write_survey_report(store, second, options);
  const std::string markdown = testing::read_file(options.out_dir / "rapport.md");
  CHECK_THAT(markdown, Catch::Contains("## Wat is er veranderd?"));
  // Phase 4 for the teachers: 22/8 = 2,8 in the thesis, 36/9 = 4,0 in the made-up wave.
  CHECK_THAT(markdown, Catch::Contains("| 2,8 | 4,0 | +1,3 | van 4e naar gedeelde 1e plaats |"));
}
