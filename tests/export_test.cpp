// `peiling export`: the wide CSV imports back into a new survey with the same analysis,
// the long CSV has one row per answer, the xlsx holds responses and scores without
// formulas, and answers that look like formulas are guarded yet come back unchanged.
#include <catch2/catch.hpp>

#include "analysis/survey_analysis.h"
#include "app/demo_survey.h"
#include "engine/definition_loader.h"
#include "engine/response_stream.h"
#include "import_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// The rank scores of every group and all groups: "group question item answered sum".
std::vector<std::string> rank_scores(Store& store, std::int64_t survey_id) {
  const auto analysis = analyse_survey(store, survey_id);
  std::vector<std::string> scores;
  auto add_group = [&](const GroupAnalysis& group) {
    for (const auto& summary : group.questions) {
      if (const auto* rank = std::get_if<RankSummary>(&summary.result))
        for (const auto& score : rank->items)
          scores.push_back((group.group ? group.group->id : "alle") + " " + summary.question->id + " " +
                           score.item->id + " " + std::to_string(score.answered) + " " + std::to_string(score.sum));
      if (const auto* number = std::get_if<NumberSummary>(&summary.result))
        scores.push_back(summary.question->id + " n=" + std::to_string(number->answered) +
                         " mean=" + std::to_string(number->mean));
    }
    scores.push_back("responded " + std::to_string(group.responded));
  };
  for (const auto& group : analysis->groups) add_group(group);
  add_group(analysis->all_groups);
  return scores;
}

std::vector<std::string> open_answers(Store& store, std::int64_t survey_id, const std::string& question) {
  std::vector<std::string> texts;
  for_each_stored_response(store, survey_id, [&](const StoredResponse& response) {
    for (const auto& answer : response.answers)
      if (answer.question == question) texts.push_back(answer.value);
  });
  return texts;
}

const std::vector<std::string> kFormulaLike{"=HYPERLINK(\"http://x\",\"klik\")", "+31 6 1234", "-", "@SUM(A1)",
                                            "'=al beschermd", "''", "'s avonds overleg", "\t=1+1", "gewoon"};

}  // namespace

TEST_CASE("export csv imports into a new survey with an identical analysis", "[export]") {
  ScratchDir dir;
  std::int64_t demo = 0;
  {
    Store store(dir.file("peiling.sqlite"));
    demo = build_demo_survey(store, kGrevenFile);
  }
  const auto exported = peiling_in(dir, {"export", "--survey", std::to_string(demo), "--out", "export.csv"});
  REQUIRE(exported.exit_code == 0);
  const auto copy = new_survey(dir, kGrevenFile);
  const auto imported = peiling_in(dir, {"import", "--survey", copy, "export.csv"});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  CHECK_THAT(imported.out, Catch::Contains("15 antwoorden"));

  Store store(dir.file("peiling.sqlite"));
  const auto copy_id = static_cast<std::int64_t>(std::stoll(copy));
  CHECK(rank_scores(store, copy_id) == rank_scores(store, demo));
  CHECK(open_answers(store, copy_id, "taak") == open_answers(store, demo, "taak"));
  // The file is for Dutch Excel (a BOM and semicolons); the screen gets the same rows, no BOM.
  const std::string file = read_file(dir.file("export.csv"));
  CHECK(file.rfind("\xEF\xBB\xBFgroep;jaren;", 0) == 0);
  const auto again = peiling_in(dir, {"export", "--survey", copy});
  CHECK("\xEF\xBB\xBF" + again.out == file);
}

TEST_CASE("answers that look like formulas are guarded in csv and come back from import unchanged", "[export]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  {
    Store store(dir.file("peiling.sqlite"));
    for (const auto& text : kFormulaLike) {
      ResponseDraft draft{"ib", {{"taak", "", text}}};
      for (int phase = 1; phase <= 5; ++phase)
        draft.answers.push_back({"fasen", "f" + std::to_string(phase), std::to_string(phase)});
      store.add_response(1, draft, ResponseSource::web);
    }
  }
  const auto exported = peiling_in(dir, {"export", "--survey", survey, "--out", "export.csv"});
  REQUIRE(exported.exit_code == 0);
  const std::string csv = read_file(dir.file("export.csv"));
  CHECK_THAT(csv, Catch::Contains(";\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";"));
  CHECK_THAT(csv, Catch::Contains(";'+31 6 1234;") && Catch::Contains(";'-;") && Catch::Contains(";'@SUM(A1);"));
  CHECK_THAT(csv, Catch::Contains(";''=al beschermd;") && Catch::Contains(";''';") &&
                      Catch::Contains(";'s avonds overleg;") && Catch::Contains(";'\t=1+1;"));
  for (const std::string& line : {std::string("\n="), std::string(";="), std::string(";+"), std::string(";@")})
    CHECK_FALSE(Catch::Contains(line).match(csv));

  const auto copy = new_survey(dir, kGrevenFile);
  const auto imported = peiling_in(dir, {"import", "--survey", copy, "export.csv"});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  Store store(dir.file("peiling.sqlite"));
  CHECK(open_answers(store, static_cast<std::int64_t>(std::stoll(copy)), "taak") == kFormulaLike);
}

TEST_CASE("export long has one row per stored answer", "[export]") {
  ScratchDir dir;
  std::int64_t demo = 0;
  int answers = 0;
  {
    Store store(dir.file("peiling.sqlite"));
    demo = build_demo_survey(store, kGrevenFile);
    RawQuery count(store, "SELECT count(*) FROM answers");
    count.step();
    answers = static_cast<int>(count.column_int(0));
  }
  const auto exported = peiling_in(dir, {"export", "--survey", std::to_string(demo), "--format", "long"});
  REQUIRE(exported.exit_code == 0);
  CHECK(exported.out.rfind("response,group,question,item,value\r\n", 0) == 0);
  CHECK(static_cast<int>(count_occurrences(exported.out, "\r\n")) == answers + 1);
  CHECK_THAT(exported.out, Catch::Contains("\r\n1,directie,fasen,f4,5\r\n"));
}

TEST_CASE("export xlsx writes a responses sheet and a scores sheet, never formulas", "[export]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  {
    Store store(dir.file("peiling.sqlite"));
    for (int i = 0; i < 3; ++i) {
      ResponseDraft draft{"directie", {{"taak", "", kFormulaLike[static_cast<std::size_t>(i)]}}};
      for (int phase = 1; phase <= 5; ++phase)
        draft.answers.push_back({"fasen", "f" + std::to_string(phase), std::to_string(phase == 2 ? 3 - i % 2 : phase == 3 ? 2 + i % 2 : phase)});
      store.add_response(1, draft, ResponseSource::web);
    }
  }
  const auto exported = peiling_in(dir, {"export", "--survey", survey, "--format", "xlsx", "--out", "peiling.xlsx"});
  INFO(exported.err);
  REQUIRE(exported.exit_code == 0);
  const auto sheet = [&](const std::string& name) {
    return run_process("/usr/bin/unzip", {"-p", "peiling.xlsx", "xl/worksheets/" + name}, dir.path()).out;
  };
  const std::string responses = sheet("sheet1.xml");
  const std::string scores = sheet("sheet2.xml");
  CHECK_THAT(responses, Catch::Contains("=HYPERLINK(&quot;http://x&quot;") || Catch::Contains("=HYPERLINK(\"http://x\""));
  CHECK_THAT(responses, Catch::Contains("+31 6 1234"));
  CHECK_FALSE(Catch::Contains("<f>").match(responses + scores));
  // fase 2 got 3, 2, 3 from the directie: n 3, sum 8, mean 2,7.
  CHECK_THAT(scores, Catch::Contains("<v>8</v>") && Catch::Contains("<v>2.7</v>"));
  CHECK(peiling_in(dir, {"export", "--survey", survey, "--format", "xlsx"}).exit_code == 2);
}

TEST_CASE("export xlsx names its sheets in the export's language", "[export]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const auto workbook_of = [&](const std::string& file, const std::vector<std::string>& language) {
    std::vector<std::string> args{"export", "--survey", survey, "--format", "xlsx", "--out", file};
    args.insert(args.end(), language.begin(), language.end());
    const auto exported = peiling_in(dir, args);
    INFO(exported.err);
    REQUIRE(exported.exit_code == 0);
    return run_process("/usr/bin/unzip", {"-p", file, "xl/workbook.xml"}, dir.path()).out;
  };
  const std::string dutch = workbook_of("nl.xlsx", {});
  CHECK_THAT(dutch, Catch::Contains("name=\"antwoorden\"") && Catch::Contains("name=\"scores\""));
  const std::string english = workbook_of("en.xlsx", {"--lang", "en"});
  CHECK_THAT(english, Catch::Contains("name=\"answers\"") && Catch::Contains("name=\"scores\""));
  CHECK_FALSE(Catch::Contains("antwoorden").match(english));
}
