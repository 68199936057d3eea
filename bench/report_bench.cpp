// Benchmark: runs `peiling report` (analysis + every report file) as a process of its own
// on the demo survey and on synthetic surveys of 10,000 and 100,000 responses, and prints
// the best wall time and the peak memory of that process. Prints figures and ratios against a
// reference measured in the same run (one SQLite pass over all answers of the survey), so
// the numbers mean something on a shared, noisy machine. Not a test: it asserts nothing.
//
//   build/bench_report [--quick] [--keep] [--sizes N,N,...]
//   --quick: 10,000 responses only; --sizes: other synthetic survey sizes (e.g. to see that
//   memory levels off: --sizes 10000,100000,300000); --keep: leave the databases and
//   reports in the temp folder (its path is printed) to look at or profile.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "app/demo_survey.h"
#include "bench/measured_process.h"
#include "engine/definition_loader.h"

using namespace peiling;
namespace fs = std::filesystem;

namespace {

const std::string kGreven = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::int64_t build_synthetic_survey(const std::string& db_path, int responses);

// Builds the synthetic survey in a child process, so this process stays small: the peak
// memory Linux reports for the peiling processes it starts includes its own peak.
std::int64_t build_in_child(const std::string& db_path, int responses) {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(build_synthetic_survey(db_path, responses) == 1 ? 0 : 1);
  int status = 0;
  ::waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "building the synthetic survey failed\n");
    std::exit(1);
  }
  return 1;  // the only survey in its fresh database
}

// A reference that grows with the survey: one pass of SQLite over all its answers,
// unpacked from each response's JSON as the analysis does (engine/answer_sql.h).
double time_answer_scan(Store& store, std::int64_t survey_id) {
  const auto start = std::chrono::steady_clock::now();
  Statement scan(store.database(),
                 "SELECT COUNT(*), SUM(length(CAST(a.atom AS TEXT))) FROM responses r, json_each(r.answer_data) q,"
                 " json_each(q.value) a WHERE r.survey_id = ?1");
  scan.bind(1, survey_id);
  scan.step();
  return seconds_since(start);
}

using bench::RunFigures;

RunFigures run_peiling(const std::vector<std::string>& args) { return bench::run_measured(PEILING_BINARY, args); }

// The fastest of `runs` runs (the least disturbed by other work on the machine) and the
// largest peak memory seen.
RunFigures best_of(int runs, const std::vector<std::string>& args) {
  RunFigures best{1e9, 0};
  for (int run = 0; run < runs; ++run) {
    const RunFigures figures = run_peiling(args);
    best.seconds = std::min(best.seconds, figures.seconds);
    best.peak_kib = std::max(best.peak_kib, figures.peak_kib);
  }
  return best;
}

std::int64_t build_synthetic_survey(const std::string& db_path, int responses) {
  Store store(db_path);
  const std::string text = read_definition_text(kGreven);
  const auto row = store.save_questionnaire(text, parse_definition(text, kGreven));
  const auto survey_id = store.create_survey(row, "synthetisch", {{"directie", responses / 10},
                                                                  {"ib", responses / 10},
                                                                  {"leerkrachten", responses}});
  std::mt19937 random(20261123);
  const char* groups[] = {"directie", "ib", "leerkrachten"};
  std::vector<ResponseDraft> drafts;
  for (int i = 0; i < responses; ++i) {
    std::vector<int> ranks{1, 2, 3, 4, 5};
    std::shuffle(ranks.begin(), ranks.end(), random);
    const std::string group = i % 10 == 0 ? groups[0] : i % 10 == 1 ? groups[1] : groups[2];
    ResponseDraft draft{group, {{"jaren", "", std::to_string(random() % 40)}}};
    for (int phase = 0; phase < 5; ++phase)
      draft.answers.push_back({"fasen", "f" + std::to_string(phase + 1), std::to_string(ranks[phase])});
    draft.answers.push_back({"taak", "", "antwoord nummer " + std::to_string(i) + " over coaching in de klas"});
    drafts.push_back(std::move(draft));
  }
  const auto ids = store.add_responses(survey_id, drafts, ResponseSource::import);
  std::vector<CodingRecord> codings;
  std::vector<std::string> origins;
  for (std::size_t i = 0; i < ids.size(); i += 2) {
    codings.push_back({ids[i], "taak", "f" + std::to_string(1 + random() % 5), "bench", ""});
    origins.push_back("synthetic " + std::to_string(i));
  }
  store.set_codings(survey_id, codings, origins);
  return survey_id;
}

// Times `peiling report` on one survey and prints it beside two references measured now:
// `peiling survey show` on the same database (the floor: starting peiling, opening the
// database, reading the definition) and one SQLite pass over the survey's answers.
void measure(const char* name, const std::string& db, std::int64_t survey_id, const fs::path& out_dir, int runs) {
  const std::string survey = std::to_string(survey_id);
  const RunFigures report = best_of(runs, {"report", "--db", db, "--survey", survey, "--out", out_dir.string()});
  const RunFigures show = best_of(runs, {"survey", "show", "--db", db, survey});
  Store store(db);
  const double scan = time_answer_scan(store, survey_id);
  std::printf("%-22s %8.1f ms %7.1f MiB | survey show %6.1f ms %5.1f MiB: x%-6.1f | answer scan %7.2f ms: x%.1f\n",
              name, report.seconds * 1000, report.peak_kib / 1024.0, show.seconds * 1000, show.peak_kib / 1024.0,
              report.seconds / show.seconds, scan * 1000, report.seconds / scan);
}

}  // namespace

int main(int argc, char** argv) {
  bool keep = false;
  std::vector<int> sizes{10'000, 100'000};
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--quick") sizes = {10'000};
    if (arg == "--keep") keep = true;
    if (arg == "--sizes" && i + 1 < argc) {
      sizes.clear();
      std::stringstream list(argv[++i]);
      for (std::string size; std::getline(list, size, ',');) sizes.push_back(std::stoi(size));
    }
  }
  const fs::path work = fs::temp_directory_path() / ("peiling-bench-" + std::to_string(::getpid()));
  fs::create_directories(work);
  std::printf("%-22s %s\n", "survey", "peiling report: best time, peak memory | references measured in this run");

  {  // The demo survey of the thesis.
    const std::string db = (work / "demo.sqlite").string();
    Store store(db);
    const auto survey_id = build_demo_survey(store, kGreven);
    measure("demo (15 responses)", db, survey_id, work / "demo-report", 10);
  }

  for (int size : sizes) {
    const std::string db = (work / ("synthetic-" + std::to_string(size) + ".sqlite")).string();
    const auto build_start = std::chrono::steady_clock::now();
    const auto survey_id = build_in_child(db, size);
    const double build_seconds = seconds_since(build_start);
    const std::string name = std::to_string(size) + " responses";
    measure(name.c_str(), db, survey_id, work / "synthetic-report", 3);
    std::printf("%-22s (storing them took %.1f ms: add_responses, one transaction)\n", "", build_seconds * 1000);
  }
  std::printf("targets (issue 3): demo well under 100 ms; 100,000 responses under 2 s; memory flat in the size\n");
  if (keep)
    std::printf("kept %s\n", work.c_str());
  else
    fs::remove_all(work);
  return 0;
}
