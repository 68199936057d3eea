// Benchmark (issue 18, units): a board's survey of synthetic Greven responses spread over
// many units (schools), 1,000,000 over 1,000 by default, and `peiling report` run as a
// process of its own for
//   - the first unit's report after the import (`--unit`, once): its own figures and the
//     board's beside them, from the board's tallies the import kept (import_board_tallies.h);
//   - another unit's report (`--unit`): its own responses and the kept board tallies;
//   - a unit's report after an import of a hundredth more responses, which added to them;
//   - the board report (`--by-unit`): the units side by side;
//   - with no kept board tallies (deleted: as after an import by an earlier peiling), a unit's
//     report, which counts every response for the board and keeps their tallies
//     (kept_board_tallies.h); and the board report, run first, which keeps them too, so the
//     unit's report after it reads only its own unit;
// each with its best wall time and peak memory, beside references measured in the same run:
//   - `peiling report` of the whole survey (the pass every report makes);
//   - one SQL GROUP BY of the mean score of a phase per unit over the stored JSON (sqlite3).
// With --postgres, the same survey copied into a throwaway PostgreSQL (peiling copy) and the
// same figures there, beside the whole survey's report and psql's GROUP BY on that server:
// one unit's report right after the copy, then the series after VACUUM ANALYZE (what
// autovacuum does on its own soon after a bulk load); and with a standby that streaming
// replication keeps (pg_cluster.sh standby): how soon it had replayed the copy, and the
// reports reading it (--read-db).
// Not a test: it asserts nothing.
//
//   build/bench_units [--responses N] [--units N] [--runs N] [--postgres] [--keep]
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_args.h"
#include "bench/measured_process.h"
#include "bench/throwaway_postgres.h"
#include "bench/work_folder.h"
#include "analysis/import_board_tallies.h"
#include "engine/definition_loader.h"
#include "engine/store.h"

using namespace peiling;
namespace fs = std::filesystem;

namespace {

const std::string kGreven = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";

std::string unit_name(int unit) {
  char name[16];
  std::snprintf(name, sizeof name, "s%04d", unit);
  return name;
}

int add_responses(Store& store, std::int64_t survey, int first, int count, int units);

// The survey with `units` units, a tenth of each unit's responses from directie and from ib,
// stored through the bulk import (one transaction). Returns 0 on success (a child's exit code).
int build_survey(const std::string& db_path, int responses, int units) {
  Store store(db_path);
  const std::string text = read_definition_text(kGreven);
  const auto row = store.save_questionnaire(text, parse_definition(text, kGreven));
  const auto survey = store.create_survey(row, "bestuur", {{"directie", 0}, {"ib", 0}, {"leerkrachten", 0}});
  std::vector<UnitInvitation> invitations;
  const int per_unit = responses / units + 1;
  for (int u = 0; u < units; ++u)
    invitations.push_back({unit_name(u), "School " + std::to_string(u), {{"directie", per_unit / 10 + 1},
                                                                          {"ib", per_unit / 10 + 1},
                                                                          {"leerkrachten", per_unit}}});
  store.add_units(survey, invitations);
  return add_responses(store, survey, 0, responses, units);
}

// Responses first..first + count - 1 of the synthetic board, in one bulk import that keeps the
// board's tallies, as `peiling import` does.
int add_responses(Store& store, std::int64_t survey, int first, int count, int units) {
  const auto board_tallies = ImportBoardTallies::for_survey(store, survey);
  BulkImport import(store, survey, ResponseSource::import);
  import.tally_with(board_tallies.get());
  std::mt19937 random(20261130 + static_cast<unsigned>(first));
  const char* groups[] = {"directie", "ib", "leerkrachten"};
  ResponseDraft draft;
  for (int i = first; i < first + count; ++i) {
    std::vector<int> ranks{1, 2, 3, 4, 5};
    std::shuffle(ranks.begin(), ranks.end(), random);
    draft.group = i % 10 == 0 ? groups[0] : i % 10 == 1 ? groups[1] : groups[2];
    draft.unit = unit_name(static_cast<int>((i / 10) % units));  // ten in a row per unit, all groups in each
    draft.answers = {{"jaren", "", std::to_string(random() % 40)}};
    for (int phase = 0; phase < 5; ++phase)
      draft.answers.push_back({"fasen", "f" + std::to_string(phase + 1), std::to_string(ranks[phase])});
    draft.answers.push_back({"taak", "", "antwoord " + std::to_string(i)});
    if (!import.add(draft).empty()) return 1;
  }
  import.commit("bench", "bench-" + std::to_string(first) + ".csv", count);
  return 0;
}

// Runs `work` in a process of its own, so this one stays small; throws BenchFailure(`what`)
// when it failed (its exception reported and kept in the child, bench_failure.h).
void in_child(const std::function<int()>& work, const char* what) {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(bench::exit_code_in_child(work));
  int status = 0;
  ::waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw bench::BenchFailure(what);
}

bench::RunFigures best_of(int runs, const std::string& program, const std::vector<std::string>& args) {
  bench::RunFigures best{1e9, 1e9, 0};
  for (int run = 0; run < runs; ++run) {
    const bench::RunFigures figures = bench::run_measured(program, args);
    best.seconds = std::min(best.seconds, figures.seconds);
    best.cpu_seconds = std::min(best.cpu_seconds, figures.cpu_seconds);
    best.peak_kib = std::max(best.peak_kib, figures.peak_kib);
  }
  return best;
}

// `peiling report` of survey 1 from `databases` (--db, and --read-db if given) into `out`, with
// `extra` options: its best of `times` runs.
bench::RunFigures timed_report(const std::vector<std::string>& databases, const fs::path& out,
                               const std::vector<std::string>& extra, int times) {
  std::vector<std::string> args{"report", "--survey", "1", "--out", out.string()};
  args.insert(args.end(), databases.begin(), databases.end());
  args.insert(args.end(), extra.begin(), extra.end());
  return best_of(times, PEILING_BINARY, args);
}

void print(const char* name, const bench::RunFigures& figures, const bench::RunFigures& reference) {
  std::printf("%-34s %8.1f ms (cpu %8.1f ms) %7.1f MiB   x%.2f the time of the whole survey's report\n", name,
              figures.seconds * 1000, figures.cpu_seconds * 1000, figures.peak_kib / 1024.0,
              figures.seconds / reference.seconds);
}

// The reports of the series on one database (SQLite or PostgreSQL), printed beside the whole
// survey's report on the same database. `group_by` is the reference query's program and
// arguments, `forget_kept_tallies` those that delete the kept board tallies. Adds a hundredth
// more responses on the way (measured last).
void measure_reports(const std::string& db, const fs::path& out, int responses, int units, int runs,
                     const std::vector<std::string>& group_by, const std::vector<std::string>& forget_kept_tallies) {
  const auto report = [&](const std::vector<std::string>& extra, const std::string& folder, int times) {
    return timed_report({"--db", db}, out / folder, extra, times);
  };
  const bench::RunFigures whole = report({}, "geheel", runs);
  const bench::RunFigures first_unit = report({"--unit", unit_name(0)}, "eerste-eenheid", 1);
  const bench::RunFigures unit = report({"--unit", unit_name(units / 2)}, "eenheid", runs);
  const bench::RunFigures board = report({"--by-unit"}, "bestuur", runs);
  const bench::RunFigures reference = best_of(runs, group_by.front(), {group_by.begin() + 1, group_by.end()});
  // A hundredth more responses, imported as `peiling import` does: it adds to the kept tallies.
  const int more = responses / 100;
  in_child(
      [&] {
        Store store(db);
        return add_responses(store, 1, responses, more, units);
      },
      "adding responses to the synthetic survey failed");
  const bench::RunFigures after_more = report({"--unit", unit_name(units / 2 + 1)}, "eenheid-later", 1);
  const auto forget = [&] { best_of(1, forget_kept_tallies.front(), {forget_kept_tallies.begin() + 1, forget_kept_tallies.end()}); };
  // No kept tallies (an import by an earlier peiling, or deleted): the unit's report counts the
  // board and keeps them; or the board report, run first, keeps them.
  forget();
  const bench::RunFigures counting = report({"--unit", unit_name(units / 2 + 2)}, "eenheid-telt-bestuur", 1);
  forget();
  const bench::RunFigures board_keeping = report({"--by-unit"}, "bestuur-eerst", 1);
  const bench::RunFigures unit_after_board = report({"--unit", unit_name(units / 2 + 3)}, "eenheid-na-bestuur", 1);
  print("peiling report (whole survey)", whole, whole);
  print("peiling report --unit (first unit)", first_unit, whole);
  print("peiling report --unit (one unit)", unit, whole);
  print("  the same after 1% more imported", after_more, whole);
  print("  the same, no kept board tallies", counting, whole);
  print("peiling report --by-unit (board)", board, whole);
  print("  the same, no kept board tallies", board_keeping, whole);
  print("  then --unit after that --by-unit", unit_after_board, whole);
  print((group_by.front() + " GROUP BY unit (mean of f1)").c_str(), reference, whole);
}

// A unit's and the board's reports reading every row from the standby (--read-db), the board's
// tallies kept on the primary, beside the whole survey's report from the standby alone. Both
// servers share this machine's cores and disk: this shows what a report costs there, not what
// a second machine would take off the primary.
void measure_standby_reports(const std::string& primary, const std::string& standby, const fs::path& out, int units,
                             int runs) {
  const auto report = [&](const std::vector<std::string>& extra, const std::string& folder, int times) {
    return timed_report({"--db", primary, "--read-db", standby}, out / folder, extra, times);
  };
  // The first unit's report finds no kept tallies, counts the board from the standby and keeps
  // them on the primary, as after an import by an earlier peiling; the later ones read them.
  bench::psql_value(primary, "DELETE FROM kept_board_tallies");
  const double lag = bench::seconds_until_replayed(primary, standby);
  const bench::RunFigures whole = timed_report({"--db", standby}, out / "geheel", {}, runs);
  const bench::RunFigures first_unit = report({"--unit", unit_name(1)}, "eerste-eenheid", 1);
  const bench::RunFigures unit = report({"--unit", unit_name(units / 2 + 3)}, "eenheid", runs);
  const bench::RunFigures board = report({"--by-unit"}, "bestuur", runs);
  std::printf("\nPostgreSQL standby (streaming replication from that server, on this machine; replayed %.2f s after the\n"
              "last write), --read-db, the board's tallies kept on the server:\n", lag);
  print("report from the standby (whole)", whole, whole);
  print("--unit first, no kept tallies", first_unit, whole);
  print("peiling report --unit (one unit)", unit, whole);
  print("peiling report --by-unit (board)", board, whole);
}

}  // namespace

int main(int argc, char** argv) try {
  int responses = 1'000'000, units = 1'000, runs = 3;
  bool keep = false, postgres = false;
  const bool run = bench::BenchArgs("build/bench_units [--responses N] [--units N] [--runs N] [--postgres] [--keep]")
                       .whole_number("--responses", responses, "synthetic responses", 100)
                       .whole_number("--units", units, "units (schools) they are spread over", 3)
                       .whole_number("--runs", runs, "timed runs per figure, the best counts", 1)
                       .flag("--postgres", postgres, "also the same survey copied into a throwaway PostgreSQL")
                       .flag("--keep", keep, "leave the database and reports in the temp folder (path printed)")
                       .read(argc, argv);
  if (!run) return 0;
  bench::start_launcher();
  const bench::WorkFolder folder("peiling-units-bench", keep);
  const fs::path& work = folder.path();
  const std::string db = (work / "bestuur.sqlite").string();
  const auto build_start = std::chrono::steady_clock::now();
  in_child([&] { return build_survey(db, responses, units); }, "building the synthetic survey failed");
  std::printf("%d responses over %d units stored in %.1f s (bulk import, one transaction)\n", responses, units,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - build_start).count());
  // Before the SQLite series adds to the survey, so both databases start the same.
  std::optional<bench::ThrowawayPostgres> server;
  std::string standby;
  if (postgres) {
    server.emplace(work / "postgres");
    if (server->running()) {
      standby = server->start_standby();
      const bench::RunFigures copy = bench::run_measured(PEILING_BINARY, {"copy", "--from", db, "--to", server->uri()});
      std::printf("copied into PostgreSQL with peiling copy in %.1f s", copy.seconds);
      if (standby.empty()) std::printf("; no standby (%s)\n", server->why().c_str());
      else std::printf("; its standby had replayed the copy %.2f s after it ended\n",
                       bench::seconds_until_replayed(server->uri(), standby));
    }
  }
  std::printf("\nSQLite:\n");
  measure_reports(db, work / "sqlite", responses, units, runs,
                  {"sqlite3", db, "SELECT unit_id, avg(json_extract(answer_data, '$.fasen.f1')) FROM responses GROUP BY unit_id"},
                  {"sqlite3", db, "DELETE FROM kept_board_tallies"});
  if (postgres && !server->running()) std::printf("\nPostgreSQL: skipped (%s)\n", server->why().c_str());
  if (postgres && server->running()) {
    std::printf("\nPostgreSQL (the same survey, one server on this machine):\n");
    // Right after a bulk load the visibility map is empty, so every count reads the table's
    // pages, not only its index; autovacuum sets it within a minute or so (insert threshold).
    const std::string uri = server->uri();
    const bench::RunFigures unsettled =
        timed_report({"--db", uri}, work / "postgres-unsettled", {"--unit", unit_name(units - 1)}, 1);
    bench::run_measured("psql", {"-q", uri, "-c", "VACUUM ANALYZE responses"});
    std::printf("%-34s %8.1f ms (cpu %8.1f ms) %7.1f MiB   right after the copy, before autovacuum;"
                " then VACUUM ANALYZE, as autovacuum does:\n",
                "peiling report --unit", unsettled.seconds * 1000, unsettled.cpu_seconds * 1000,
                unsettled.peak_kib / 1024.0);
    measure_reports(uri, work / "postgres-reports", responses, units, runs,
                    {"psql", "-qAt", uri, "-o", "/dev/null", "-c",
                     "SELECT unit_id, avg((answer_data::jsonb #>> '{fasen,f1}')::numeric) FROM responses GROUP BY unit_id"},
                    {"psql", "-q", uri, "-c", "DELETE FROM kept_board_tallies"});
    if (!standby.empty()) measure_standby_reports(uri, standby, work / "standby-reports", units, runs);
  }
  std::printf("\nthe import kept the board's tallies (peiling copy brought them to PostgreSQL); a unit's report reads\n"
              "its own responses and those after the kept ones (none, then %d: measured last)\n", responses / 100);
  std::printf("'no kept board tallies': deleted, the unit's report counts every response for the board and keeps\n"
              "the board's tallies, or the board report, run first, keeps them\n");
  std::printf("targets (issue 18): a unit's report under 1 s; the board report's memory flat (compare the whole\n"
              "survey's report, whose memory does not grow with the responses)\n");
  return 0;
} catch (const std::exception& error) {  // after the destructors have run (bench_failure.h)
  return peiling::bench::report_failure(error);
}
