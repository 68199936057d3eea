// Benchmark: the exact enumerations and permutation tests of the statistics section on
// the demo groups (3, 4 and 8 respondents) and on synthetic groups of 30, 300 and more
// (with the standard error of each Monte Carlo p), the cost of the two ways a Monte Carlo
// split is dealt (a respondent from the tally urn, a hypergeometric draw per value and
// group: group_comparison.cpp weighs them with kHypergeometricCost), plus
// compute_statistics on the demo survey. Each figure is printed beside a reference
// measured in the same run (one million shuffles of five items: the raw cost of a Monte
// Carlo draw), so the ratios mean something on a shared, noisy machine. Not a test.
//
//   build/bench_statistics [--db FILE --survey ID] [--keep]
//   --db/--survey: also time compute_statistics on that survey (e.g. a synthetic one kept
//   by `build/bench_report --keep`) against analyse_survey on it, the pass it adds to.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "analysis/group_comparison.h"
#include "analysis/hypergeometric.h"
#include "analysis/rank_concordance.h"
#include "analysis/tally_urn.h"
#include "analysis/statistics.h"
#include "app/demo_survey.h"
#include "bench/bench_args.h"
#include "bench/bench_failure.h"
#include "bench/work_folder.h"

using namespace peiling;
using Rows = std::vector<std::vector<double>>;

namespace {

// Best of `repeats` wall times in milliseconds.
double best_ms(const std::function<void()>& work, int repeats = 3) {
  double best = 1e300;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

double reference_ms() {
  return best_ms([] {
    std::mt19937_64 random(1);
    std::vector<int> items{1, 2, 3, 4, 5};
    long checksum = 0;
    for (int i = 0; i < 1'000'000; ++i) {
      std::shuffle(items.begin(), items.end(), random);
      checksum += items[0];
    }
    if (checksum == 42) std::puts("");  // keep the loop
  });
}

// n rankings of 5 items that lean towards one order, so W is moderate.
Rows synthetic_rankings(int n, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::normal_distribution<double> noise(0, 1.5);
  Rows rows;
  for (int r = 0; r < n; ++r) {
    std::vector<std::pair<double, int>> scored;
    for (int item = 0; item < 5; ++item) scored.push_back({item * 0.6 + noise(random), item});
    std::sort(scored.begin(), scored.end());
    std::vector<double> row(5);
    for (int place = 0; place < 5; ++place) row[static_cast<std::size_t>(scored[static_cast<std::size_t>(place)].second)] = place + 1;
    rows.push_back(row);
  }
  return rows;
}

ValueTally column(const Rows& rows, std::size_t item) {
  ValueTally tally;
  for (const auto& row : rows) ++tally[row[item]];
  return tally;
}

const char* method_name(PMethod method) {
  switch (method) {
    case PMethod::exact: return "exact";
    case PMethod::monte_carlo: return "Monte Carlo";
    case PMethod::asymptotic: return "chi-square";
    case PMethod::none: return "none";
  }
  return "";
}

void report(const std::string& what, const PValue& p, double ms, double reference) {
  std::printf("%-52s %-11s %10ld cases  p %.4f se %.4f  %9.2f ms  x%.3f\n", what.c_str(), method_name(p.method),
              p.samples, p.value, p.standard_error, ms, ms / reference);
}

void kruskal_tallies(const std::string& what, const std::vector<ValueTally>& tallies, double reference) {
  KruskalWallis result;
  const double ms = best_ms([&] { result = kruskal_wallis(tallies, TestBudget{}); });
  report("Kruskal-Wallis " + what, result.p, ms, reference);
}

// n respondents per group on a `points`-point scale, evenly spread, shifted by `shift`.
ValueTally flat_tally(int n, int points, int shift) {
  ValueTally tally;
  for (int value = 1; value <= points; ++value) tally[value] = n / points;
  tally[1] += n % points + shift;
  tally[points] -= shift;
  return tally;
}

// Nanoseconds per respondent dealt from a 5-value urn, and per hypergeometric draw of the
// size a value of 400 respondents split over groups of 1,000 and 9,000 asks.
void dealing_costs() {
  std::mt19937_64 random(1);
  TallyUrn urn({2000, 2000, 2000, 2000, 2000});
  long checksum = 0;
  const double urn_ms = best_ms([&] {
    for (int round = 0; round < 100; ++round) {
      urn.refill();
      for (int i = 0; i < 10'000; ++i) checksum += static_cast<long>(urn.draw(random));
    }
  });
  const double hyper_ms = best_ms([&] {
    for (int i = 0; i < 1'000'000; ++i) checksum += draw_hypergeometric(1000, 9000, 2000, random);
  });
  if (checksum == 42) std::puts("");
  std::printf("dealing: %.1f ns per respondent from the urn, %.1f ns per hypergeometric draw: x%.1f "
              "(group_comparison.cpp counts a draw as 8)\n\n",
              urn_ms, hyper_ms, hyper_ms / urn_ms);  // a million of each: ms per million = ns each
}

void friedman(const std::string& what, const Rows& rows, double reference, const TestBudget& budget = {}) {
  Concordance result;
  const double ms = best_ms([&] { result = rank_concordance(rows, budget); });
  report("Friedman/W " + what + " (W " + std::to_string(result.w).substr(0, 4) + ")", result.p, ms, reference);
}

void kruskal(const std::string& what, const std::vector<Rows>& groups, std::size_t item, double reference) {
  std::vector<ValueTally> tallies;
  for (const Rows& rows : groups) tallies.push_back(column(rows, item));
  KruskalWallis result;
  const double ms = best_ms([&] { result = kruskal_wallis(tallies, TestBudget{}); });
  report("Kruskal-Wallis " + what, result.p, ms, reference);
}

}  // namespace

// compute_statistics on an existing survey, against the analysis it adds to.
void time_survey(const std::string& db_path, std::int64_t survey_id) {
  Store store(db_path);
  std::unique_ptr<SurveyAnalysis> analysis;
  const double analysis_ms = best_ms([&] { analysis = analyse_survey(store, survey_id); });
  const double statistics_ms = best_ms([&] { compute_statistics(store, *analysis, StatisticsSettings{}); });
  std::printf("\nsurvey %lld in %s: analyse_survey %.1f ms, compute_statistics %.1f ms: x%.3f of the analysis\n",
              static_cast<long long>(survey_id), db_path.c_str(), analysis_ms, statistics_ms,
              statistics_ms / analysis_ms);
}

int main(int argc, char** argv) try {
  std::string db_path;
  std::int64_t survey_id = 0;
  bool keep = false;
  if (!bench::BenchArgs("build/bench_statistics [--db FILE --survey ID] [--keep]")
           .text("--db", "FILE", db_path, "with --survey: also time compute_statistics on that survey")
           .whole_number("--survey", survey_id, "the survey in --db", 1)
           .flag("--keep", keep, "leave the demo survey's database in the temp folder (path printed)")
           .read(argc, argv))
    return 0;
  if (db_path.empty() != (survey_id == 0)) throw bench::BenchFailure("--db and --survey go together");
  const double reference = reference_ms();
  std::printf("reference: 1,000,000 shuffles of 5 items: %.2f ms (ratios below are against it)\n\n", reference);

  const Rows directie{{1, 3, 4, 5, 2}, {1, 4, 3, 5, 2}, {1, 3, 4, 5, 2}};
  const Rows ib{{1, 2, 4, 5, 3}, {1, 4, 3, 5, 2}, {1, 2, 4, 3, 5}, {2, 3, 5, 4, 1}};
  const Rows leerkrachten{{3, 5, 1, 4, 2}, {3, 5, 1, 4, 2}, {5, 3, 4, 1, 2}, {2, 4, 5, 1, 3},
                          {2, 3, 5, 4, 1}, {2, 3, 5, 4, 1}, {3, 4, 5, 2, 1}, {4, 3, 5, 2, 1}};
  friedman("demo directie, n = 3", directie, reference);
  friedman("demo ib, n = 4", ib, reference);
  friedman("demo leerkrachten, n = 8", leerkrachten, reference);
  friedman("synthetic, n = 30", synthetic_rankings(30, 30), reference);
  friedman("synthetic, n = 300", synthetic_rankings(300, 300), reference);
  friedman("synthetic, n = 3000", synthetic_rankings(3000, 3000), reference);
  friedman("synthetic, n = 100 (the chi-square from 104)", synthetic_rankings(100, 100), reference);
  std::puts("");
  kruskal("demo phase 4, n = 3/4/8", {directie, ib, leerkrachten}, 3, reference);
  kruskal("demo phase 4, ib-leerkrachten, n = 4/8", {ib, leerkrachten}, 3, reference);
  kruskal("synthetic item 1, n = 30/30/30", {synthetic_rankings(30, 1), synthetic_rankings(30, 2), synthetic_rankings(30, 3)}, 0,
          reference);
  kruskal("synthetic item 1, n = 30/30", {synthetic_rankings(30, 1), synthetic_rankings(30, 2)}, 0, reference);
  kruskal("synthetic item 1, n = 300/300/300",
          {synthetic_rankings(300, 4), synthetic_rankings(300, 5), synthetic_rankings(300, 6)}, 0, reference);
  kruskal("synthetic item 1, n = 3000/3000",
          {synthetic_rankings(3000, 7), synthetic_rankings(3000, 8)}, 0, reference);
  std::puts("");
  kruskal_tallies("5-point, n = 300/300/300", {flat_tally(300, 5, 0), flat_tally(300, 5, 5), flat_tally(300, 5, -4)},
                  reference);
  kruskal_tallies("3-point, n = 250/250", {flat_tally(250, 3, 0), flat_tally(250, 3, 8)}, reference);
  kruskal_tallies("5-point, n = 1000/1000/8000",
                  {flat_tally(1000, 5, 0), flat_tally(1000, 5, 10), flat_tally(8000, 5, -30)}, reference);
  kruskal_tallies("5-point, n = 1000/1000", {flat_tally(1000, 5, 0), flat_tally(1000, 5, 10)}, reference);
  kruskal_tallies("5-point, n = 3/10000", {flat_tally(3, 5, 0), flat_tally(10000, 5, 10)}, reference);
  kruskal_tallies("40 values, n = 10000/10000/80000",
                  {flat_tally(10000, 40, 0), flat_tally(10000, 40, 10), flat_tally(80000, 40, -30)}, reference);
  std::puts("");
  dealing_costs();

  {
    const bench::WorkFolder folder("peiling-statistics-bench", keep);
    Store store((folder.path() / "demo.sqlite").string());
    const auto demo_id = build_demo_survey(store, PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json");
    const auto analysis = analyse_survey(store, demo_id);
    const double ms = best_ms([&] { compute_statistics(store, *analysis, StatisticsSettings{}); });
    std::printf("\n%-52s %-11s %10s        %9s  %9.2f ms  x%.3f\n", "compute_statistics, demo survey (all sections)", "", "",
                "", ms, ms / reference);
  }
  if (!db_path.empty()) time_survey(db_path, survey_id);
  return 0;
} catch (const std::exception& error) {  // after the destructors have run (bench_failure.h)
  return peiling::bench::report_failure(error);
}
