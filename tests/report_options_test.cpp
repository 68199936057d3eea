// `peiling report` options that a unit's report (--unit) or the board report (--by-unit)
// would silently ignore (--error-bars: they have no statistics; --compare-with: a wave is
// compared whole) are refused: a usage error (exit 2) naming both options and saying what
// to do instead, in Dutch and in English, with nothing written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

using namespace peiling::testing;

namespace {

const std::string kGreven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

ProcessResult run_peiling(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

// A survey with one unit; returns its id.
std::string survey_with_a_unit(const ScratchDir& dir) {
  const auto created = run_peiling(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "bestuur",
                                         "--group", "directie=0", "--group", "ib=0", "--group", "leerkrachten=0"});
  REQUIRE(created.exit_code == 0);
  const std::string survey = created.out.substr(0, created.out.find('\n'));
  const auto added = run_peiling(dir, {"unit", "add", "--survey", survey, "--unit", "klimop", "--label", "De Klimop",
                                       "--group", "directie=1", "--group", "ib=1", "--group", "leerkrachten=5"});
  REQUIRE(added.exit_code == 0);
  return survey;
}

struct Refusal {
  std::vector<std::string> options;
  std::vector<std::string> dutch, english;  // what the message says
};

}  // namespace

TEST_CASE("report options a unit's or the board report would ignore are refused, naming both and what to do",
          "[cli][units][report]") {
  ScratchDir dir;
  const std::string survey = survey_with_a_unit(dir);
  const std::vector<Refusal> refusals{
      {{"--unit", "klimop", "--error-bars"},
       {"--error-bars gaat niet samen met --unit", "geen statistiek", "zonder --unit"},
       {"--error-bars does not go with --unit", "no statistics", "without --unit"}},
      {{"--by-unit", "--error-bars"},
       {"--error-bars gaat niet samen met --by-unit", "zonder --by-unit"},
       {"--error-bars does not go with --by-unit", "without --by-unit"}},
      {{"--unit", "klimop", "--compare-with", survey},
       {"--compare-with gaat niet samen met --unit", "zonder --unit) met --compare-with"},
       {"--compare-with does not go with --unit", "without --unit) with --compare-with"}},
      {{"--by-unit", "--compare-with", survey},
       {"--compare-with gaat niet samen met --by-unit", "zonder --by-unit) met --compare-with"},
       {"--compare-with does not go with --by-unit", "without --by-unit) with --compare-with"}},
  };
  for (const Refusal& refusal : refusals) {
    for (const bool english : {false, true}) {
      std::vector<std::string> args{"report", "--survey", survey, "--out", "uit"};
      args.insert(args.end(), refusal.options.begin(), refusal.options.end());
      if (english) args.insert(args.end(), {"--lang", "en"});
      const auto result = run_peiling(dir, args);
      INFO(args.back() << " " << result.err);
      CHECK(result.exit_code == 2);
      for (const std::string& said : english ? refusal.english : refusal.dutch) CHECK_THAT(result.err, Catch::Contains(said));
      CHECK_FALSE(std::filesystem::exists(dir.file("uit")));
    }
  }
  // Each alone is a report.
  CHECK(run_peiling(dir, {"report", "--survey", survey, "--unit", "klimop", "--out", "eenheid"}).exit_code == 0);
  CHECK(run_peiling(dir, {"report", "--survey", survey, "--by-unit", "--out", "bestuur"}).exit_code == 0);
  CHECK(run_peiling(dir, {"report", "--survey", survey, "--error-bars", "--out", "geheel"}).exit_code == 0);
}
