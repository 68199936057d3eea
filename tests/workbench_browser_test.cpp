// The workbench in headless Chromium (tests/e2e/workbench_e2e.mjs): open the link, create
// a survey from an uploaded definition, start its form and fill it in on a 360-px phone,
// import a CSV (refused with its bad rows, then a
// good one confirmed), map an exported form's columns, write and view the report (a chart as PNG), code four open answers of the demo
// survey (two dragged, two keyed, one undone), code them again as a second coder, see the
// agreement figures and resolve two disagreements, close, ask to delete; the Collect page of
// a survey with two schools (a link and QR code per school); axe-core's WCAG
// 2.1 A/AA rules on every page with 0 violations. Skipped, with a message, where node,
// chromium or axe-core is missing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "app/demo_survey.h"
#include "browser_support.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "workbench_fixture.h"

using namespace peiling::testing;

TEST_CASE("browser: the workbench from upload to report, every page passing axe-core", "[web][workbench][browser]") {
  if (!have_browser_tools()) return;
  const std::filesystem::path axe = PEILING_SOURCE_DIR "/tests/e2e/node_modules/axe-core/axe.min.js";
  if (!std::filesystem::exists(axe)) {
    WARN("skipped: axe-core is not installed (scripts/setup.sh --with-browser runs npm ci in tests/e2e)");
    return;
  }
  WorkbenchFixture bench;
  std::int64_t coded = 0;  // the demo survey, whose open answers coder "ben" codes
  std::int64_t board = 0;  // a survey with two schools (units), whose Collect page gives a link per school
  std::size_t agreed_before = 0;
  {
    peiling::Store store(bench.db_path());
    coded = peiling::build_demo_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
    agreed_before = store.agreed_codings_of(coded).size();
    const std::string text = read_file(PEILING_SOURCE_DIR "/questionnaires/ib-taken-bespreking.json");
    const auto questionnaire = peiling::parse_definition(text, "ib-taken-bespreking");
    std::vector<peiling::GroupInvitation> groups;
    for (const auto& group : questionnaire.groups) groups.push_back({group.id, 3});
    board = store.create_survey(store.save_questionnaire(text, questionnaire), "bestuur 2026", groups);
    store.add_units(board, {{"klimop", "De Klimop", groups}, {"esdoorn", "", groups}});
  }
  const std::string header = "groep,hoe-vaak,met-wie,duidelijk,vaker,afspraak\n";
  write_file(bench.dir.path() / "mijn-vragenlijst.json",
             read_file(PEILING_SOURCE_DIR "/questionnaires/ib-taken-bespreking.json"));
  write_file(bench.dir.path() / "fout.csv", header + "ib,nooit,,3,,\nib,nooit,,9,,\nib,vaak,,3,,\n");
  write_file(bench.dir.path() / "goed.csv", header + "ib,nooit,,3,,\nleerkrachten,1-3-keer,,2,,\n");
  write_file(bench.dir.path() / "formulierreacties.csv",
             "Tijdstempel,Ik werk als,Hoe vaak zijn de taken en verantwoordelijkheden van de ib'er het afgelopen jaar "
             "met jou besproken?,Op onze school is duidelijk wat we van de ib'er mogen verwachten.\n"
             "2026/11/30 10:00:00,Intern begeleiders,Nooit,eens\n");
  const auto result = run_process(
      "/usr/bin/timeout",
      {"240", "node", PEILING_SOURCE_DIR "/tests/e2e/workbench_e2e.mjs", bench.dir.path().string(),
       "http://127.0.0.1:" + std::to_string(bench.port), bench.key, bench.dir.file("mijn-vragenlijst.json"),
       bench.dir.file("fout.csv"), bench.dir.file("goed.csv"), std::to_string(coded),
       bench.dir.file("formulierreacties.csv"), std::to_string(board)},
      bench.dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "(axe-core)") >= 25);
  peiling::Store store(bench.db_path());
  const auto surveys = store.list_surveys();
  REQUIRE(surveys.size() == 3);
  const auto made = std::find_if(surveys.begin(), surveys.end(),
                                 [](const peiling::SurveySummary& survey) { return survey.label == "nulmeting 2026"; });
  REQUIRE(made != surveys.end());
  CHECK(made->responses == 3);  // one from the phone, two imported
  CHECK_FALSE(made->open);
  // Dragged onto boxes 2 and 3, keyed 1, keyed 2 then undone and keyed 4.
  const auto frame = store.questionnaire_of(coded).coding_frames.at(0);
  std::multiset<std::string> codes;
  for (const auto& coding : store.codings_of(coded))
    if (coding.coder == "ben") codes.insert(coding.code);
  CHECK(codes == std::multiset<std::string>{frame.codes[1].id, frame.codes[2].id, frame.codes[0].id, frame.codes[3].id});
  // The second coder keyed the first code four times; of the three disagreements with ben,
  // one took the second coder's code (b) and one the frame's second code (2), as agreed codes.
  std::multiset<std::string> second;
  for (const auto& coding : store.codings_of(coded))
    if (coding.coder == "codeur 2") second.insert(coding.code);
  CHECK(second == std::multiset<std::string>{frame.codes[0].id, frame.codes[0].id, frame.codes[0].id, frame.codes[0].id});
  CHECK(store.agreed_codings_of(coded).size() == agreed_before + 2);
}
