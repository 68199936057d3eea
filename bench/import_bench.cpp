// Benchmark: `peiling import` of generated Greven responses (1,000,000 by default) as a
// process of its own, beside the floor measured in the same run: the sqlite3 shell's `.import`
// of the same CSV into a bare table. Prints responses per second, the ratio to the floor
// (target: within 3x) and the peak memory of both, at a tenth of the size too, so one sees
// that memory does not grow with the file. With --postgres, the same import into PostgreSQL (a
// throwaway server, scripts/pg_cluster.sh) beside its floor in the same run: psql's `\copy` of
// the CSV into a bare table (issue 18: within 3x), with the WAL each made the server write,
// the same rows copied raw into peiling's table, and into a table of its columns with only the
// primary key and with no index (what storing the rows costs at least). With --units N as
// well, a board's import: the responses split into one file per unit (school), each imported
// with `peiling import --unit`, beside psql's `\copy` of the same files, and the same
// responses as one file with an `eenheid` column. Not a test: it asserts nothing.
//
//   build/bench_import [--quick] [--keep] [--responses N] [--postgres [--units N] [--runs N]]
//   --quick: 100,000 responses; --keep: leave the files in the temp folder (path printed);
//   --runs: pairs of \copy and import per PostgreSQL file (3), the median pair's ratio counts.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_args.h"
#include "bench/measured_process.h"
#include "bench/throwaway_postgres.h"
#include "bench/work_folder.h"
#include "engine/definition_loader.h"
#include "engine/store.h"

using namespace peiling;
namespace fs = std::filesystem;

namespace {

const std::string kGreven = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";

using bench::RunFigures;

std::string unit_name(int unit) {
  char name[16];
  std::snprintf(name, sizeof name, "s%04d", unit);
  return name;
}

// `count` valid responses in the canonical layout: random permutations, years, short texts;
// `first` numbers the first one (files of one board differ in content).
// With `units` > 0 an `eenheid` column after the group spreads them over that many units,
// ten responses in a row per unit (a board's export).
void write_responses_csv(const fs::path& path, int count, int first = 0, int units = 0) {
  std::ofstream out(path, std::ios::binary);
  out << (units > 0 ? "groep,eenheid," : "groep,") << "jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\r\n";
  std::mt19937 random(20261123 + static_cast<unsigned>(first));
  int ranks[] = {1, 2, 3, 4, 5};
  for (int i = first; i < first + count; ++i) {
    std::shuffle(std::begin(ranks), std::end(ranks), random);
    const bool teacher = i % 10 >= 2;
    out << (i % 10 == 0 ? "directie" : i % 10 == 1 ? "ib" : "leerkrachten") << ',';
    if (units > 0) out << unit_name((i / 10) % units) << ',';
    out << random() % 40;
    for (int rank : ranks) out << ',' << rank;
    out << ",antwoord " << i << " over coaching in de klas";
    out << (teacher ? ",,\"hulp bij gedrag, en ouders\"" : ",\"rol, als coach\",") << "\r\n";
  }
}

std::string new_survey(const std::string& db, int count) {
  Store store(db);
  const std::string text = read_definition_text(kGreven);
  const auto row = store.save_questionnaire(text, parse_definition(text, kGreven));
  return std::to_string(
      store.create_survey(row, "bench", {{"directie", count / 10}, {"ib", count / 10}, {"leerkrachten", count}}));
}

void measure(const fs::path& work, int count) {
  const fs::path csv = work / ("responses-" + std::to_string(count) + ".csv");
  write_responses_csv(csv, count);
  const fs::path floor_db = work / ("floor-" + std::to_string(count) + ".sqlite");
  const fs::path db = work / ("peiling-" + std::to_string(count) + ".sqlite");
  const std::string survey = new_survey(db.string(), count);
  const RunFigures floor = bench::run_measured("sqlite3", {floor_db.string(), "-csv", ".import " + csv.string() + " responses"});
  const RunFigures import = bench::run_measured(PEILING_BINARY, {"import", "--db", db.string(), "--survey", survey, csv.string()});
  std::printf("%9d responses (%5.1f MiB csv) | peiling import %7.2f s (cpu %6.2f s) %8.0f responses/s %6.1f MiB"
              " | sqlite3 .import %6.2f s (cpu %5.2f s) %5.1f MiB | ratio x%.2f, cpu x%.2f (issue 13: within x2 at 1M)\n",
              count, static_cast<double>(fs::file_size(csv)) / (1 << 20), import.seconds, import.cpu_seconds,
              count / import.seconds, import.peak_kib / 1024.0, floor.seconds, floor.cpu_seconds,
              floor.peak_kib / 1024.0, import.seconds / floor.seconds, import.cpu_seconds / floor.cpu_seconds);
}

// A program run on the server, after VACUUM and a checkpoint, with the WAL it made the server write
// (MiB): what a bulk load into PostgreSQL mostly waits for, since every byte is written and flushed.
struct ServerRun {
  RunFigures figures;
  double wal_mib = 0;
};

ServerRun run_on_server(const std::string& uri, const std::string& program, const std::vector<std::string>& args) {
  // Each run from a vacuumed and checkpointed server: else one run pays for the checkpoint the
  // WAL of the runs before it set off (max_wal_size), or shares the machine with autovacuum
  // going over the million rows they loaded, and the figures depend on their order.
  bench::psql_value(uri, "VACUUM ANALYZE");
  bench::psql_value(uri, "CHECKPOINT");
  const std::string before = bench::psql_value(uri, "SELECT pg_current_wal_lsn()");
  ServerRun run{bench::run_measured(program, args)};
  const std::string written = bench::psql_value(uri, "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '" + before + "')");
  run.wal_mib = written.empty() ? 0 : std::stod(written) / (1 << 20);
  return run;
}

// The columns of a stored response peiling fills (its origin left to its import's record on
// PostgreSQL: import_id names it).
constexpr const char* kResponseColumns =
    "survey_id, group_id, source, submitted_at, answer_data, import_file, link_code, unit_id, import_id";

// The survey with `units` units, each inviting its share of the responses.
std::string new_unit_survey(const std::string& db, int count, int units) {
  Store store(db);
  const std::string text = read_definition_text(kGreven);
  const auto row = store.save_questionnaire(text, parse_definition(text, kGreven));
  const auto survey = store.create_survey(row, "bestuur", {{"directie", 0}, {"ib", 0}, {"leerkrachten", 0}});
  const int per_unit = count / units;
  std::vector<UnitInvitation> invitations;
  for (int unit = 0; unit < units; ++unit)
    invitations.push_back({unit_name(unit), "", {{"directie", per_unit}, {"ib", per_unit}, {"leerkrachten", per_unit}}});
  store.add_units(survey, invitations);
  return std::to_string(survey);
}

// A bare table for the CSV's columns (write_responses_csv), all text: the floor a load into
// PostgreSQL cannot beat.
void create_bare_table(const std::string& uri, const std::string& table, bool unit_column) {
  bench::run_measured("psql", {"-q", uri, "-c",
                               "CREATE TABLE " + table + " (groep text, " + (unit_column ? "eenheid text, " : "") +
                                   "jaren text, f1 text, f2 text, f3 text, f4 text, f5 text, taak text, rol text, hulp text)"});
}

// psql's arguments to \copy a CSV file into the bare table.
std::vector<std::string> psql_copy_csv(const std::string& uri, const std::string& table, const std::string& csv) {
  return {"-q", uri, "-c", "\\copy " + table + " FROM '" + csv + "' WITH (FORMAT csv, HEADER true)"};
}

// A board's import into PostgreSQL: a file per unit, imported one after another with
// --unit, beside psql's \copy of the same files into a bare table; both wall time in total.
void measure_units_postgres(const fs::path& work, const std::string& uri, int count, int units) {
  const fs::path folder = work / ("units-" + std::to_string(count));
  fs::create_directories(folder);
  for (int unit = 0; unit < units; ++unit) write_responses_csv(folder / (unit_name(unit) + ".csv"), count / units, unit * (count / units));
  const std::string survey = new_unit_survey(uri, count, units);
  const std::string floor_table = "floor_units_" + std::to_string(count);
  create_bare_table(uri, floor_table, false);
  double floor_seconds = 0;
  double import_seconds = 0;
  long import_peak_kib = 0;
  for (int unit = 0; unit < units; ++unit) {
    const std::string file = (folder / (unit_name(unit) + ".csv")).string();
    floor_seconds += bench::run_measured("psql", psql_copy_csv(uri, floor_table, file)).seconds;
    const RunFigures import = bench::run_measured(
        PEILING_BINARY, {"import", "--db", uri, "--survey", survey, "--unit", unit_name(unit), file});
    import_seconds += import.seconds;
    import_peak_kib = std::max(import_peak_kib, import.peak_kib);
  }
  std::printf("%9d responses in %d files, one per unit, into PostgreSQL | peiling import --unit %7.2f s %8.0f"
              " responses/s %6.1f MiB | psql \\copy %6.2f s | ratio x%.2f (issue 18: within x3)\n",
              count, units, import_seconds, count / import_seconds, import_peak_kib / 1024.0, floor_seconds,
              import_seconds / floor_seconds);
}

// peiling's stored rows \copy'd into a table of responses' columns with only its primary key
// (no other index, no group check), or with no index at all: what storing a response costs
// before anything peiling adds to keep it findable and consistent, and what its row alone
// weighs (its answers as JSON, the record of its import), so the import's ratio can be read
// against them.
ServerRun copy_into_plain_table(const std::string& uri, const std::string& table, const fs::path& stored, bool keyed) {
  bench::run_measured("psql", {"-q", uri, "-c",
                               "CREATE TABLE " + table +
                                   " (LIKE responses INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING CONSTRAINTS);" +
                                   (keyed ? " ALTER TABLE " + table + " ADD PRIMARY KEY (id)" : std::string())});
  return run_on_server(uri, "psql", {"-q", uri, "-c", "\\copy " + table + " (" + kResponseColumns + ") FROM '" + stored.string() + "'"});
}

// One timed pair on the server: psql's \copy of the CSV into a fresh bare table, then `peiling
// import` of it into a fresh survey, so that every pair starts from the same state.
struct ImportPair {
  ServerRun floor, import;
  std::string survey;
};

ImportPair measure_pair(const std::string& uri, const fs::path& csv, int count, int units, int run) {
  // The survey first: the store refuses a database holding others' tables only.
  const std::string survey = units > 0 ? new_unit_survey(uri, count, units) : new_survey(uri, count);
  const std::string floor_table = "floor_" + std::to_string(units) + "_" + std::to_string(count) + "_" + std::to_string(run);
  create_bare_table(uri, floor_table, units > 0);
  ServerRun floor = run_on_server(uri, "psql", psql_copy_csv(uri, floor_table, csv.string()));
  ServerRun import = run_on_server(uri, PEILING_BINARY, {"import", "--db", uri, "--survey", survey, csv.string()});
  return {floor, import, survey};
}

// One CSV into PostgreSQL: `peiling import` (through COPY) beside psql's \copy into a bare
// table of its columns, both wall time (the server does most of the work), `runs` pairs one
// after the other, the median pair's ratio counting (a shared machine's disk is slower in some
// minutes than in others, and the two runs of a pair share theirs). To show where the
// difference lies, also the rows peiling stored, \copy'd raw into its responses table once more
// (the table's own cost: its wider rows with the answers as JSON, its key, its partition's group
// check), into a table with only the key and into one with no index, and the WAL each wrote.
// With `units`, the CSV is a board's export with an `eenheid` column over that many units (the
// issue's million over a thousand in one file).
void measure_one_file_postgres(const fs::path& work, const std::string& uri, int count, int runs, int units = 0) {
  const std::string name = (units > 0 ? "board-" : "responses-") + std::to_string(count);
  const fs::path csv = work / (name + ".csv");
  if (units > 0) write_responses_csv(csv, count, 0, units);  // else measure() wrote it for SQLite
  std::vector<ImportPair> pairs;
  for (int run = 0; run < runs; ++run) pairs.push_back(measure_pair(uri, csv, count, units, run));
  const auto seconds = [](const ServerRun& run) { return run.figures.seconds; };
  const auto ratio = [&](const ImportPair& pair) { return seconds(pair.import) / seconds(pair.floor); };
  // The pair whose ratio is the median: its two runs shared the disk's minute.
  std::vector<ImportPair> by_ratio = pairs;
  std::sort(by_ratio.begin(), by_ratio.end(), [&](const ImportPair& a, const ImportPair& b) { return ratio(a) < ratio(b); });
  const ServerRun& floor = by_ratio[by_ratio.size() / 2].floor;
  const ServerRun& import = by_ratio[by_ratio.size() / 2].import;
  const fs::path stored = work / ("stored-" + name + ".tsv");
  bench::run_measured("psql", {"-q", uri, "-c",
                               std::string("\\copy (SELECT ") + kResponseColumns + " FROM responses WHERE survey_id = " +
                                   pairs.front().survey + ") TO '" + stored.string() + "'"});
  const ServerRun raw = run_on_server(
      uri, "psql", {"-q", uri, "-c", std::string("\\copy responses (") + kResponseColumns + ") FROM '" + stored.string() + "'"});
  const std::string suffix = std::to_string(units) + "_" + std::to_string(count);
  const ServerRun keyed = copy_into_plain_table(uri, "keyed_" + suffix, stored, true);
  const ServerRun unindexed = copy_into_plain_table(uri, "unindexed_" + suffix, stored, false);
  std::printf("%9d responses", count);
  if (units > 0) std::printf(" over %d units in one file (eenheid column)", units);
  std::printf(" into PostgreSQL, the median of %d pairs | peiling import %7.2f s %8.0f responses/s %6.1f MiB"
              " | psql \\copy %6.2f s | ratio x%.2f (issue 18: within x3) | each pair in turn:",
              runs, seconds(import), count / seconds(import), import.figures.peak_kib / 1024.0, seconds(floor),
              seconds(import) / seconds(floor));
  for (const ImportPair& pair : pairs)
    std::printf(" %.2f/%.2f s x%.2f", seconds(pair.import), seconds(pair.floor), ratio(pair));
  std::printf("\n          where it goes | the stored rows \\copy'd raw into responses %6.2f s (x%.2f)"
              " | WAL: bare table %6.1f MiB, peiling import %6.1f MiB (x%.2f), raw into responses %6.1f MiB\n",
              seconds(raw), seconds(raw) / seconds(floor), floor.wal_mib, import.wal_mib, import.wal_mib / floor.wal_mib,
              raw.wal_mib);
  std::printf("          the floor of peiling's rows | the same rows \\copy'd into a table of responses' columns with"
              " only its primary key %6.2f s (x%.2f), WAL %6.1f MiB (x%.2f); with no index %6.2f s (x%.2f),"
              " WAL %6.1f MiB (x%.2f)\n",
              seconds(keyed), seconds(keyed) / seconds(floor), keyed.wal_mib, keyed.wal_mib / floor.wal_mib,
              seconds(unindexed), seconds(unindexed) / seconds(floor), unindexed.wal_mib, unindexed.wal_mib / floor.wal_mib);
}

}  // namespace

int main(int argc, char** argv) try {
  int responses = 1'000'000;
  bool keep = false;
  bool postgres = false;
  int units = 0;
  int runs = 3;
  const bool run = bench::BenchArgs(
                       "build/bench_import [--quick] [--keep] [--responses N] [--postgres [--units N] [--runs N]]")
                       .flag("--quick", [&] { responses = 100'000; }, "100,000 responses")
                       .flag("--keep", keep, "leave the files in the temp folder (its path is printed)")
                       .whole_number("--responses", responses, "responses to import", 10)
                       .flag("--postgres", postgres, "also into a throwaway PostgreSQL")
                       .whole_number("--units", units, "with --postgres: also a board's import over N units")
                       .whole_number("--runs", runs, "with --postgres: pairs of \\copy and import per file, the median pair counts", 1)
                       .read(argc, argv);
  if (!run) return 0;
  peiling::bench::start_launcher();  // measured programs start from it (measured_process.h)
  const bench::WorkFolder folder("peiling-import-bench", keep);
  const fs::path& work = folder.path();
  measure(work, responses / 10);
  measure(work, responses);
  if (postgres) {
    const bench::ThrowawayPostgres server(work / "postgres");
    if (!server.running()) {
      std::printf("PostgreSQL: skipped (%s)\n", server.why().c_str());
    } else {
      measure_one_file_postgres(work, server.uri(), responses / 10, runs);
      measure_one_file_postgres(work, server.uri(), responses, runs);
      if (units > 0) {
        measure_units_postgres(work, server.uri(), responses, units);
        measure_one_file_postgres(work, server.uri(), responses, runs, units);
      }
    }
  }
  return 0;
} catch (const std::exception& error) {  // after the destructors have run (bench_failure.h)
  return peiling::bench::report_failure(error);
}
