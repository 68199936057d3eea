// Benchmark: times `peiling report` work (analysis + all report files) on the demo survey
// and on synthetic surveys of 10,000 and 100,000 responses, and measures the peak memory of
// each report run in a child process of its own. Prints figures and ratios against a
// reference measured in the same run (one SQLite pass over all answers of the survey), so
// the numbers mean something on a shared, noisy machine. Not a test: it asserts nothing.
//
//   build/peiling_bench [--quick] [--keep]
//   --quick: 10,000 responses only; --keep: leave the databases and reports in the temp
//   folder (its path is printed) to look at or profile.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "analysis/survey_analysis.h"
#include "app/demo_survey.h"
#include "engine/definition_loader.h"
#include "reports/report.h"

using namespace peiling;
namespace fs = std::filesystem;

namespace {

const std::string kGreven = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The reference: one pass of SQLite over every answer of the survey.
double time_answer_scan(Store& store, std::int64_t survey_id) {
  const auto start = std::chrono::steady_clock::now();
  Statement scan(store.database(),
                 "SELECT COUNT(*), SUM(length(a.value)) FROM responses r JOIN answers a ON a.response_id = r.id"
                 " WHERE r.survey_id = ?1");
  scan.bind(1, survey_id);
  scan.step();
  return seconds_since(start);
}

void write_survey_report(Store& store, std::int64_t survey_id, const fs::path& out_dir) {
  const auto analysis = analyse_survey(store, survey_id);
  ReportOptions options;
  options.out_dir = out_dir;
  write_report(*analysis, open_answer_stream(store, *analysis), options);
}

struct RunFigures {
  double seconds = 0;
  long peak_kib = 0;
};

// Runs one report in a child process so its peak memory (ru_maxrss) is its own.
RunFigures report_in_child(const std::string& db_path, std::int64_t survey_id, const fs::path& out_dir) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = ::fork();
  if (child == 0) {
    Store store(db_path);
    write_survey_report(store, survey_id, out_dir);
    ::_exit(0);
  }
  int status = 0;
  rusage usage{};
  ::wait4(child, &status, 0, &usage);
  return {seconds_since(start), usage.ru_maxrss};
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

void print_row(const char* name, const RunFigures& run, double reference_seconds) {
  std::printf("%-28s %9.1f ms %9.1f MiB peak %10.1f x reference (%.2f ms)\n", name, run.seconds * 1000,
              run.peak_kib / 1024.0, run.seconds / reference_seconds, reference_seconds * 1000);
}

}  // namespace

int main(int argc, char** argv) {
  bool quick = false, keep = false;
  for (int i = 1; i < argc; ++i) {
    quick = quick || std::string(argv[i]) == "--quick";
    keep = keep || std::string(argv[i]) == "--keep";
  }
  const fs::path work = fs::temp_directory_path() / ("peiling-bench-" + std::to_string(::getpid()));
  fs::create_directories(work);
  std::printf("%-28s %12s %14s %s\n", "survey", "report", "memory", "ratio to one SQLite scan of its answers");

  {  // The demo: best of 10 runs in-process, plus one child run for memory.
    const std::string db = (work / "demo.sqlite").string();
    Store store(db);
    const auto survey_id = build_demo_survey(store, kGreven);
    double best = 1e9;
    for (int run = 0; run < 10; ++run) {
      const auto start = std::chrono::steady_clock::now();
      write_survey_report(store, survey_id, work / "demo-report");
      best = std::min(best, seconds_since(start));
    }
    const auto child = report_in_child(db, survey_id, work / "demo-report");
    print_row("demo (15 responses), best", {best, child.peak_kib}, time_answer_scan(store, survey_id));
  }

  std::vector<int> sizes{10'000};
  if (!quick) sizes.push_back(100'000);
  for (int size : sizes) {
    const std::string db = (work / ("synthetic-" + std::to_string(size) + ".sqlite")).string();
    const auto build_start = std::chrono::steady_clock::now();
    const auto survey_id = build_synthetic_survey(db, size);
    const double build_seconds = seconds_since(build_start);
    Store store(db);
    const double reference = time_answer_scan(store, survey_id);
    const auto run = report_in_child(db, survey_id, work / "synthetic-report");
    const std::string name = std::to_string(size) + " responses";
    print_row(name.c_str(), run, reference);
    std::printf("%-28s %9.1f ms to store them (add_responses, one transaction)\n", "", build_seconds * 1000);
  }
  if (keep)
    std::printf("kept %s\n", work.c_str());
  else
    fs::remove_all(work);
  return 0;
}
