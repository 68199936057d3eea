// The loose ends of units (issue 18): the statistics and the wave comparison of a survey
// that spans units follow the same min-group rule as its report (disclosure.h with
// unit_disclosure.h), so no figure of theirs gives a unit's small group away by subtraction,
// and say why a group with enough respondents is withheld; a unit's scores.csv carries the
// board's rows beside its own, marked in a column `scope`; `peiling serve` of a survey with
// units and one-time tokens points to `tokens --unit`; counts of one read as one.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "analysis/statistics.h"
#include "analysis/wave_comparison.h"
#include "reports/comparison_text.h"
#include "reports/labelled_export.h"
#include "reports/report.h"
#include "reports/unit_reports.h"
#include "test_support.h"
#include "wave_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// wave_fixture.h's questionnaire with a Likert question, whose chart names the groups it leaves out.
const std::string kDefinitionWithScale = [] {
  std::string definition = kDefinition;
  definition.insert(definition.rfind(']'), R"(,
    {"id": "sfeer", "type": "likert", "text": "Sfeer", "scale": ["slecht", "matig", "goed"]})");
  return definition;
}();

ResponseDraft respondent_at(const std::string& unit, const std::string& group, int coach) {
  ResponseDraft draft = response(group, coach, "ja");
  draft.answers.push_back({"sfeer", "", "2"});
  draft.unit = unit;
  return draft;
}

void add_respondents(std::vector<ResponseDraft>& drafts, int count, const std::string& unit, const std::string& group, int coach) {
  for (int i = 0; i < count; ++i) drafts.push_back(respondent_at(unit, group, coach));
}

// Two waves over two schools, noord and zuid (10 of group a and 5 of group b invited in each).
// By hand, with Coach's score per respondent:
//   nulmeting: noord a 3 x 3, zuid a 3 x 3, noord b 3 x 2, zuid b 3 x 4: every cell shown at
//              min-group 3; the board's a and b both mean 3,0 (n = 6).
//   nameting:  noord a 4 x 5, zuid a 2 x 1, noord b 3 x 1, zuid b 3 x 3. Zuid's 2 of group a
//              are withheld at min-group 3, so the board's a (22 / 6 = 3,7) may not be shown:
//              it minus noord's a (20 / 4 = 5,0, in noord's report) gives zuid's (2 / 2). The
//              board's b is 12 / 6 = 2,0.
struct BoardWaves {
  ScratchDir dir;
  Store store{dir.file("p.sqlite")};
  std::int64_t first = 0, second = 0;

  BoardWaves() {
    const auto row = store.save_questionnaire(kDefinitionWithScale, parse_definition(kDefinitionWithScale, "t.json"));
    const std::vector<UnitInvitation> units{{"noord", "Noord", {{"a", 10}, {"b", 5}}},
                                            {"zuid", "Zuid", {{"a", 10}, {"b", 5}}}};
    first = store.create_survey(row, "nulmeting", {{"a", 1}, {"b", 1}});
    store.add_units(first, units);
    second = store.create_survey(row, "nameting", {{"a", 1}, {"b", 1}}, first);
    store.add_units(second, units);
    std::vector<ResponseDraft> before, after;
    add_respondents(before, 3, "noord", "a", 3);
    add_respondents(before, 3, "zuid", "a", 3);
    add_respondents(before, 3, "noord", "b", 2);
    add_respondents(before, 3, "zuid", "b", 4);
    add_respondents(after, 4, "noord", "a", 5);
    add_respondents(after, 2, "zuid", "a", 1);
    add_respondents(after, 3, "noord", "b", 1);
    add_respondents(after, 3, "zuid", "b", 3);
    store.add_responses(first, before, ResponseSource::import);
    store.add_responses(second, after, ResponseSource::import);
  }

  ReportOptions options(const std::string& folder, int min_group) const {
    ReportOptions options;
    options.out_dir = dir.path() / folder;
    options.min_group = min_group;
    return options;
  }
};

}  // namespace

TEST_CASE("the wave comparison of a survey with units leaves out a group a school's small group hides in",
          "[units][waves][unit-rules]") {
  BoardWaves waves;
  const auto before = analyse_survey(waves.store, waves.first);
  const auto after = analyse_survey(waves.store, waves.second);
  WaveComparisonSettings settings;
  settings.min_group = 3;
  const WaveComparison comparison = compare_waves(*before, *after, settings);
  REQUIRE(comparison.groups.size() == 2);
  CHECK(comparison.groups[0].responded_after == 6);  // enough by count ...
  CHECK_FALSE(comparison.groups[0].shown);            // ... but the board's a minus noord's gives zuid's 2
  CHECK(comparison.groups[0].withheld_for_units);
  CHECK(comparison.groups[0].questions.empty());
  CHECK(comparison.groups[1].shown);

  ReportOptions options = waves.options("rapport", 3);
  options.compare_with = waves.first;
  write_survey_report(waves.store, waves.second, options);
  const std::string markdown = read_file(waves.dir.path() / "rapport" / "rapport.md");
  const std::string changed = markdown.substr(markdown.find("## Wat is er veranderd?"));
  CHECK_THAT(changed, Catch::Contains("| Coach | 3,0 | 2,0 | −1,0 |"));  // group b: 18 / 6 before, 12 / 6 now
  CHECK_THAT(changed, Catch::Contains("Geen vergelijking: uit de cijfers van deze groep is in een van beide "
                                      "peilingen een te kleine groep van een eenheid door aftrekken te berekenen."));
  CHECK(changed.find("| Coach | 3,0 | 3,7 |") == std::string::npos);  // the board's a, 22 / 6
  CHECK(changed.find("minder dan 3 mensen") == std::string::npos);    // a has 6 in both
  for (const char* document : {"rapport.html", "slides.html"}) {
    INFO(document);
    const std::string html = read_file(waves.dir.path() / "rapport" / document);
    CHECK(html.find("3,7") == std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(waves.dir.path() / "rapport" / "grafiek-verandering-fasen-a.svg"));
  CHECK(std::filesystem::exists(waves.dir.path() / "rapport" / "grafiek-verandering-fasen-b.svg"));
}

TEST_CASE("the statistics of a survey with units test only the groups its report shows, and say why one is not",
          "[units][statistics][unit-rules]") {
  BoardWaves waves;
  const auto after = analyse_survey(waves.store, waves.second);
  StatisticsSettings settings;
  settings.min_group = 3;
  settings.bootstrap_resamples = 200;
  const SurveyStatistics statistics = compute_statistics(waves.store, *after, settings);
  const QuestionStatistics* fasen = statistics.for_question(*after->questionnaire.find_question("fasen"));
  REQUIRE(fasen);
  REQUIRE_FALSE(fasen->items.empty());
  // Only b (6 respondents, Coach 12 / 6) is tested: a's 6 are withheld for zuid's 2.
  REQUIRE(fasen->items[0].groups.size() == 1);
  CHECK(fasen->items[0].groups[0].group->group->id == "b");
  CHECK(fasen->items[0].groups[0].mean == Approx(2.0));
  CHECK(fasen->items[0].pairs.empty());
  for (const GroupConcordance& concordance : fasen->concordance) CHECK(concordance.group->group->id == "b");

  write_survey_report(waves.store, waves.second, waves.options("rapport", 3));
  const std::string markdown = read_file(waves.dir.path() / "rapport" / "rapport.md");
  CHECK_THAT(markdown, Catch::Contains("A (weggelaten om een te kleine groep van een eenheid) is niet getoetst en niet "
                                       "vergeleken."));
  CHECK_THAT(markdown, Catch::Contains("weggelaten: anders is er een te kleine groep van een eenheid door aftrekken "
                                       "uit te berekenen"));
  CHECK(markdown.find("A (minder dan 3 respondenten)") == std::string::npos);
  CHECK_THAT(markdown, Catch::Contains("Niet in deze grafiek: A (anders is er een te kleine groep van een eenheid door "
                                       "aftrekken uit te berekenen)."));
  CHECK(markdown.find("Niet in deze grafiek: A (minder dan") == std::string::npos);
}

TEST_CASE("a unit's scores.csv has the board's rows beside its own, marked in the column scope",
          "[units][report][unit-rules]") {
  BoardWaves waves;
  ReportOptions options = waves.options("noord", 3);
  options.unit = "noord";
  write_survey_report(waves.store, waves.second, options);
  const std::string scores = read_file(waves.dir.path() / "noord" / "scores.csv");
  CHECK(scores.rfind("group,question,type,item,item_label,value,value_label,n,count,percent,sum,mean,median,scope\n",
                     0) == 0);
  // Noord's own: a 4 x 5, b 3 x 1, both together 23 / 7.
  CHECK_THAT(scores, Catch::Contains("\na,fasen,rank,coach,Coach,,,4,,,20,5.0,,unit\n"));
  CHECK_THAT(scores, Catch::Contains("\nb,fasen,rank,coach,Coach,,,3,,,3,1.0,,unit\n"));
  CHECK_THAT(scores, Catch::Contains("\nalle,fasen,rank,coach,Coach,,,7,,,23,3.3,,unit\n"));
  // The board's b (12 / 6); not its a (zuid's 2 withheld), nor all groups (they minus b give a).
  CHECK_THAT(scores, Catch::Contains("\nb,fasen,rank,coach,Coach,,,6,,,12,2.0,,board\n"));
  CHECK(scores.find("\na,fasen,rank,coach,Coach,,,6,") == std::string::npos);
  CHECK(scores.find("\nalle,fasen,rank,coach,Coach,,,12,") == std::string::npos);
  CHECK(count_occurrences(scores, ",board\n") > 0);

  // At min-group 2 nothing is withheld: the board's a (22 / 6) and all groups (34 / 12) too.
  options.min_group = 2;
  write_survey_report(waves.store, waves.second, options);
  const std::string all = read_file(waves.dir.path() / "noord" / "scores.csv");
  CHECK_THAT(all, Catch::Contains("\na,fasen,rank,coach,Coach,,,6,,,22,3.7,,board\n"));
  CHECK_THAT(all, Catch::Contains("\nalle,fasen,rank,coach,Coach,,,12,,,34,2.8,,board\n"));
  CHECK_THAT(all, Catch::Contains("\nalle,rol,choice,ja,Ja,,,12,12,100.0,,,,board\n"));

  // The whole survey's scores.csv stays as it was: no column scope.
  write_survey_report(waves.store, waves.second, waves.options("alles", 3));
  const std::string whole = read_file(waves.dir.path() / "alles" / "scores.csv");
  CHECK(whole.rfind("group,question,type,item,item_label,value,value_label,n,count,percent,sum,mean,median\n", 0) == 0);
  CHECK(whole.find("board") == std::string::npos);
}

// With --min-group 1 only a group without respondents is withheld: the notes say so rather
// than "minder dan 1 respondenten".
TEST_CASE("with --min-group 1 the notes about withheld groups read right for one", "[report][waves][unit-rules]") {
  ScratchDir dir;
  Store store(dir.file("p.sqlite"));
  const auto row = store.save_questionnaire(kDefinitionWithScale, parse_definition(kDefinitionWithScale, "t.json"));
  const auto first = store.create_survey(row, "nulmeting", {{"a", 5}, {"b", 5}});
  const auto second = store.create_survey(row, "nameting", {{"a", 5}, {"b", 5}}, first);
  std::vector<ResponseDraft> before, after;
  add_respondents(before, 3, "", "a", 2);
  add_respondents(before, 2, "", "b", 4);
  add_respondents(after, 3, "", "a", 3);  // b: no one
  store.add_responses(first, before, ResponseSource::import);
  store.add_responses(second, after, ResponseSource::import);
  ReportOptions options;
  options.out_dir = dir.path() / "rapport";
  options.min_group = 1;
  options.compare_with = first;
  write_survey_report(store, second, options);
  const std::string markdown = read_file(dir.path() / "rapport" / "rapport.md");
  CHECK_THAT(markdown, Catch::Contains("Niet in deze grafiek: B (geen respondenten)."));
  CHECK_THAT(markdown, Catch::Contains("Geen vergelijking: in een van beide peilingen vulde niemand van deze groep de "
                                       "vragenlijst in."));
  CHECK(markdown.find("minder dan 1 ") == std::string::npos);

  const ComparisonText dutch(Language::nl);
  CHECK(dutch.too_few_linked(1, 3) ==
        "1 persoon kon via de koppelcode gekoppeld worden: te weinig (minder dan 3) om cijfers per paar te tonen.");
  CHECK_THAT(dutch.linked(1), Catch::StartsWith("1 persoon kon via de koppelcode gekoppeld worden. Voor die persoon"));
  CHECK_THAT(ComparisonText(Language::en).linked(1), Catch::StartsWith("1 person could be linked"));
  CHECK_THAT(dutch.linked(2), Catch::StartsWith("2 mensen konden"));
}

TEST_CASE("with --min-group 1 the unit reports' introductions say what is withheld", "[units][report][unit-rules]") {
  BoardWaves waves;
  ReportOptions options = waves.options("noord", 1);
  options.unit = "noord";
  AnalysisSettings settings;
  settings.unit = "noord";
  const auto unit = analyse_survey(waves.store, waves.second, nullptr, settings);
  const std::string benchmark = render_unit_benchmark_html(*unit, options);
  CHECK_THAT(benchmark, Catch::Contains("Een groep zonder respondenten toont alleen aantallen."));
  settings = AnalysisSettings{};
  settings.per_unit = true;
  const auto board = analyse_survey(waves.store, waves.second, nullptr, settings);
  const std::string html = render_board_html(*board, options);
  CHECK_THAT(html, Catch::Contains("Aantal eenheden: 2.") &&
                       Catch::Contains("Een groep zonder respondenten toont alleen aantallen."));
  for (const std::string& document : {benchmark, html}) CHECK(document.find("minder dan 1 ") == std::string::npos);
}

// Each row of a labelled export names its unit: zuid's 2 of group a would stand in the file
// by themselves, though the board's a (6) has enough. So the rule holds per unit and group.
TEST_CASE("a labelled export of a survey with units leaves out a unit's group under --min-group",
          "[units][export][unit-rules]") {
  BoardWaves waves;
  const auto withheld = write_labelled_export(waves.store, waves.second, waves.dir.path() / "export.csv",
                                              {LabelledFormat::r, Language::nl, 3, false});
  CHECK(withheld.rows == 10);  // 12 respondents, zuid's 2 of a left out
  REQUIRE(withheld.warnings.size() == 1);
  CHECK_THAT(withheld.warnings[0],
             Catch::Contains("groep 'A (Zuid)' (2 respondenten, minder dan --min-group 3) staat niet in de export"));
  const auto everyone = write_labelled_export(waves.store, waves.second, waves.dir.path() / "alle.csv",
                                              {LabelledFormat::r, Language::nl, 3, true});
  CHECK(everyone.rows == 12);
  CHECK_THAT(everyone.warnings.at(0), Catch::Contains("--all-groups zet ook groep 'A (Zuid)'"));
}

#ifdef PEILING_BINARY

namespace {

ProcessResult run_peiling(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

const std::string kGreven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

}  // namespace

TEST_CASE("peiling serve of a survey with units and tokens points to each school's tokens", "[units][web][cli][unit-rules]") {
  ScratchDir dir;
  REQUIRE(run_peiling(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "bestuur", "--group",
                            "directie=0", "--group", "ib=0", "--group", "leerkrachten=0"})
              .exit_code == 0);
  const auto unit = run_peiling(dir, {"unit", "add", "--survey", "1", "--unit", "klimop", "--group", "directie=1",
                                      "--group", "ib=1", "--group", "leerkrachten=4"});
  INFO(unit.err);
  REQUIRE(unit.exit_code == 0);
  REQUIRE(run_peiling(dir, {"tokens", "--survey", "1", "--unit", "klimop", "--group", "ib", "--count", "1"}).exit_code ==
          0);

  const std::string out = dir.file("serve.out");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const std::vector<std::string> args{PEILING_BINARY, "serve", "--db", dir.file("peiling.sqlite"), "--survey", "1",
                                      "--port", "0", "--out", dir.file("rapport"), "--qr-dir", dir.file("qr")};
  std::vector<char*> argv;
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, PEILING_BINARY, &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  std::string printed;
  for (int i = 0; i < 400 && printed.find("Ctrl-C") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    printed = read_file(out);
  }
  kill(pid, SIGINT);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK_THAT(printed, Catch::Contains("eenmalige codes per eenheid (school)") &&
                          Catch::Contains("peiling tokens --survey 1 --unit NAAM --group GROEP --count N") &&
                          Catch::Contains("peiling unit list --survey 1"));
  CHECK(printed.find("Deze peiling werkt met eenmalige codes: respondenten") == std::string::npos);
}

TEST_CASE("the usage lines of tokens and enter name --unit", "[units][cli][unit-rules]") {
  ScratchDir dir;
  CHECK_THAT(run_peiling(dir, {"tokens", "--help"}).out,
             Catch::Contains("peiling tokens --survey NR --group GROEP --count N [--unit EENHEID]"));
  CHECK_THAT(run_peiling(dir, {"enter", "--help"}).out,
             Catch::Contains("peiling enter --survey NR [--group GROEP] [--unit EENHEID]"));
  CHECK_THAT(run_peiling(dir, {"--lang", "en", "tokens", "--help"}).out, Catch::Contains("[--unit UNIT]"));
}

TEST_CASE("code compare of one answer coded twice says 1 of 1 answer", "[coding][cli][unit-rules]") {
  ScratchDir dir;
  REQUIRE(run_peiling(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "een", "--group", "directie=1",
                            "--group", "ib=1", "--group", "leerkrachten=1"})
              .exit_code == 0);
  write_file(dir.file("een.csv"), "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
                                  "leerkrachten,7,1,2,3,4,5,coachen,,\n");
  const auto imported = run_peiling(dir, {"import", "--survey", "1", "een.csv"});
  INFO(imported.err);
  REQUIRE(imported.exit_code == 0);
  for (const char* coder : {"anna", "ben"})
    REQUIRE(run_peiling(dir, {"code", "set", "--response", "1", "--question", "taak", "--code", "f3", "--coder", coder})
                .exit_code == 0);
  const auto compared = run_peiling(dir, {"code", "compare", "--survey", "1", "--coders", "anna,ben"});
  INFO(compared.err);
  CHECK_THAT(compared.out, Catch::Contains("procentuele overeenstemming: 100% (1 van 1 antwoord)\n"));
  CHECK(compared.out.find("antwoorden)") == std::string::npos);
}

#endif
