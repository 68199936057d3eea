// Benchmark: runs `peiling report` (analysis + every report file) as a process of its own
// on the demo survey and on synthetic Greven surveys (10,000 and 100,000 responses by
// default), and prints the best wall time and the peak memory of that process beside
// references measured in the same run, so the numbers mean something on a shared, noisy
// machine:
//   - `peiling survey show` on the same database (starting peiling, opening the database);
//   - one SQL GROUP BY of the per-group mean score per phase over a bare table of the same
//     responses (exported as CSV and loaded with the sqlite3 shell's .import);
//   - pandas read_csv + groupby().mean() on that CSV, when Debian's python3-pandas is
//     installed (else a note).
// Then `peiling report` on the bundled LBBO questionnaire (every question type) filled with
// as many synthetic responses as the largest Greven size, beside the Greven figure.
// Not a test: it asserts nothing.
//
//   build/bench_report [--quick] [--keep] [--sizes N,N,...] [--runs N]
//   --quick: 10,000 responses only; --sizes: other synthetic survey sizes (e.g. to see that
//   memory levels off: --sizes 100000,1000000); --runs: timed runs per figure (default 3, the
//   best counts); --keep: leave the databases, CSVs and reports in the temp folder (its path
//   is printed) to look at or profile.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "app/demo_survey.h"
#include "app/synthetic_responses.h"
#include "bench/bench_args.h"
#include "bench/measured_process.h"
#include "bench/work_folder.h"
#include "engine/definition_loader.h"

using namespace peiling;
namespace fs = std::filesystem;

namespace {

const std::string kGreven = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";
const std::string kLbbo = PEILING_QUESTIONNAIRE_DIR "/lbbo-kernactiviteiten.json";

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::int64_t build_greven_survey(const std::string& db_path, int responses);
std::int64_t build_lbbo_survey(const std::string& db_path, int responses);

// Builds a synthetic survey in a child process, so the benchmark stays small.
std::int64_t build_in_child(std::int64_t (*build)(const std::string&, int), const std::string& db_path, int responses) {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(bench::exit_code_in_child([&] { return build(db_path, responses) == 1 ? 0 : 1; }));
  int status = 0;
  ::waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw bench::BenchFailure("building the synthetic survey failed");
  return 1;  // the only survey in its fresh database
}

using bench::RunFigures;

// The fastest of `runs` runs (the least disturbed by other work on the machine) and the
// largest peak memory seen.
RunFigures best_of(int runs, const std::string& program, const std::vector<std::string>& args) {
  RunFigures best{1e9, 1e9, 0};
  for (int run = 0; run < runs; ++run) {
    const RunFigures figures = bench::run_measured(program, args);
    best.seconds = std::min(best.seconds, figures.seconds);
    best.cpu_seconds = std::min(best.cpu_seconds, figures.cpu_seconds);
    best.peak_kib = std::max(best.peak_kib, figures.peak_kib);
  }
  return best;
}

RunFigures best_report(int runs, const std::string& db, std::int64_t survey_id, const fs::path& out_dir) {
  return best_of(runs, PEILING_BINARY,
                 {"report", "--db", db, "--survey", std::to_string(survey_id), "--out", out_dir.string()});
}

std::int64_t build_greven_survey(const std::string& db_path, int responses) {
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

// The bundled LBBO questionnaire (rank, matrix, multi and open questions) with `responses`
// synthetic responses, a tenth each from directie and ib'ers.
std::int64_t build_lbbo_survey(const std::string& db_path, int responses) {
  Store store(db_path);
  SyntheticPlan plan;
  plan.group_counts = {{"directie", responses / 10}, {"ib", responses / 10},
                       {"leerkrachten", responses - 2 * (responses / 10)}};
  return build_synthetic_survey(store, kLbbo, "synthetisch", plan);
}

// Debian's python3 (a python3 earlier on PATH, such as pyenv's, may lack Debian's pandas).
constexpr const char* kPython = "/usr/bin/python3";

bool pandas_installed() {
  return std::system((std::string(kPython) + " -c 'import pandas' >/dev/null 2>&1").c_str()) == 0;
}

constexpr const char* kMeansSql =
    "SELECT groep, avg(\"fasen.f1\"), avg(\"fasen.f2\"), avg(\"fasen.f3\"), avg(\"fasen.f4\"), avg(\"fasen.f5\")"
    " FROM responses GROUP BY groep";
constexpr const char* kMeansPandas =
    "import sys, pandas; frame = pandas.read_csv(sys.argv[1]); "
    "print(frame.groupby('groep')[['fasen.f1', 'fasen.f2', 'fasen.f3', 'fasen.f4', 'fasen.f5']].mean())";

// Removes the UTF-8 byte order mark peiling writes at the start of a CSV for Excel.
void drop_byte_order_mark(const fs::path& csv) {
  std::ifstream in(csv, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  if (text.rfind("\xEF\xBB\xBF", 0) != 0) return;
  std::ofstream(csv, std::ios::binary | std::ios::trunc).write(text.data() + 3, static_cast<std::streamsize>(text.size() - 3));
}

void print_figures(const char* name, const RunFigures& figures, const RunFigures& reference) {
  std::printf(" | %s %7.1f ms %6.1f MiB x%.1f", name, figures.seconds * 1000, figures.peak_kib / 1024.0,
              figures.seconds / reference.seconds);
}

// `peiling report` on one survey, beside `survey show` on the same database and, for the
// synthetic Greven surveys, the per-group means by SQL GROUP BY and by pandas over the same
// responses as a CSV.
RunFigures measure(const char* name, const std::string& db, std::int64_t survey_id, const fs::path& work, int runs,
                   bool means_references) {
  const std::string survey = std::to_string(survey_id);
  const RunFigures report = best_report(runs, db, survey_id, work / "report");
  const RunFigures show = best_of(runs, PEILING_BINARY, {"survey", "show", "--db", db, survey});
  std::printf("%-24s %8.1f ms (cpu %7.1f ms) %6.1f MiB | survey show %6.1f ms %5.1f MiB", name, report.seconds * 1000,
              report.cpu_seconds * 1000, report.peak_kib / 1024.0, show.seconds * 1000, show.peak_kib / 1024.0);
  if (means_references) {
    const fs::path csv = work / (std::string("responses-") + survey + "-" + std::to_string(::getpid()) + ".csv");
    const fs::path bare = work / "bare.sqlite";
    fs::remove(bare);
    bench::run_measured(PEILING_BINARY,
                        {"export", "--db", db, "--survey", survey, "--format", "csv", "--csv-comma", "--out", csv.string()});
    drop_byte_order_mark(csv);  // written for Excel; the sqlite3 shell and pandas would read it into the first name
    bench::run_measured("sqlite3", {bare.string(), "-csv", ".import " + csv.string() + " responses"});
    const RunFigures group_by = best_of(runs, "sqlite3", {bare.string(), kMeansSql});
    std::printf("\n%-24s report / GROUP BY x%.2f (cpu x%.2f)", "", report.seconds / group_by.seconds,
                report.cpu_seconds / group_by.cpu_seconds);
    print_figures("GROUP BY", group_by, group_by);
    if (pandas_installed()) print_figures("pandas", best_of(runs, kPython, {"-c", kMeansPandas, csv.string()}), group_by);
    else std::printf(" | pandas: not measured (apt-get install python3-pandas)");
    fs::remove(csv);
  }
  std::printf("\n");
  return report;
}

}  // namespace

int main(int argc, char** argv) try {
  bool keep = false;
  int runs = 3;
  std::vector<int> sizes{10'000, 100'000};
  const bool run = bench::BenchArgs("build/bench_report [--quick] [--keep] [--sizes N,N,...] [--runs N]")
                       .flag("--quick", [&] { sizes = {10'000}; }, "10,000 responses only")
                       .flag("--keep", keep, "leave the databases, CSVs and reports in the temp folder (path printed)")
                       .number_list("--sizes", sizes, "synthetic survey sizes")
                       .whole_number("--runs", runs, "timed runs per figure, the best counts", 1)
                       .read(argc, argv);
  if (!run) return 0;
  bench::start_launcher();  // measured programs start from it (measured_process.h)
  const bench::WorkFolder folder("peiling-bench", keep);
  const fs::path& work = folder.path();
  std::printf("%-24s %s\n", "survey", "peiling report: best time, peak memory | references measured in this run");

  {  // The demo survey of the thesis.
    const std::string db = (work / "demo.sqlite").string();
    Store store(db);
    const auto survey_id = build_demo_survey(store, kGreven);
    measure("demo (15 responses)", db, survey_id, work / "demo", 10, false);
  }

  RunFigures largest;
  for (int size : sizes) {
    const std::string db = (work / ("greven-" + std::to_string(size) + ".sqlite")).string();
    const auto build_start = std::chrono::steady_clock::now();
    const auto survey_id = build_in_child(build_greven_survey, db, size);
    const double build_seconds = seconds_since(build_start);
    const std::string name = "greven-" + std::to_string(size);
    fs::create_directories(work / name);
    largest = measure(name.c_str(), db, survey_id, work / name, runs, true);
    std::printf("%-24s (storing them took %.1f s: add_responses, one transaction)\n", "", build_seconds);
  }

  const int lbbo_size = *std::max_element(sizes.begin(), sizes.end());
  const std::string db = (work / ("lbbo-" + std::to_string(lbbo_size) + ".sqlite")).string();
  const auto survey_id = build_in_child(build_lbbo_survey, db, lbbo_size);
  const std::string name = "lbbo-" + std::to_string(lbbo_size);
  fs::create_directories(work / name);
  const RunFigures lbbo = measure(name.c_str(), db, survey_id, work / name, runs, false);
  std::printf("%-24s every question type: x%.2f the time of greven %d, %+.1f MiB\n", "", lbbo.seconds / largest.seconds,
              lbbo_size, (lbbo.peak_kib - largest.peak_kib) / 1024.0);
  std::printf("targets (issue 13): 1,000,000 responses below x2.8 the GROUP BY; 100,000 under 1 s;"
              " peak memory at 1M within 5 MiB of 100k\n");
  return 0;
} catch (const std::exception& error) {  // after the destructors have run (bench_failure.h)
  return peiling::bench::report_failure(error);
}
