// Benchmark: `peiling import` of generated Greven responses (1,000,000 by default) as a
// process of its own, beside the floor measured in the same run: the sqlite3 shell's
// `.import` of the same CSV into a bare table. Prints responses per second, the ratio to
// the floor (target: within 3x) and the peak memory of both, at a tenth of the size too,
// so one sees that memory does not grow with the file. Not a test: it asserts nothing.
//
//   build/bench_import [--quick] [--keep] [--responses N]
//   --quick: 100,000 responses; --keep: leave the files in the temp folder (path printed).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "bench/measured_process.h"
#include "engine/definition_loader.h"
#include "engine/store.h"

using namespace peiling;
namespace fs = std::filesystem;

namespace {

const std::string kGreven = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";

using bench::RunFigures;

// `count` valid responses in the canonical layout: random permutations, years, short texts.
void write_responses_csv(const fs::path& path, int count) {
  std::ofstream out(path, std::ios::binary);
  out << "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\r\n";
  std::mt19937 random(20261123);
  int ranks[] = {1, 2, 3, 4, 5};
  for (int i = 0; i < count; ++i) {
    std::shuffle(std::begin(ranks), std::end(ranks), random);
    const bool teacher = i % 10 >= 2;
    out << (i % 10 == 0 ? "directie" : i % 10 == 1 ? "ib" : "leerkrachten") << ',' << random() % 40;
    for (int rank : ranks) out << ',' << rank;
    out << ",antwoord " << i << " over coaching in de klas";
    out << (teacher ? ",,\"hulp bij gedrag, en ouders\"" : ",\"rol, als coach\",") << "\r\n";
  }
}

std::string new_survey(const fs::path& db, int count) {
  Store store(db.string());
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
  const std::string survey = new_survey(db, count);
  const RunFigures floor = bench::run_measured("sqlite3", {floor_db.string(), "-csv", ".import " + csv.string() + " responses"});
  const RunFigures import = bench::run_measured(PEILING_BINARY, {"import", "--db", db.string(), "--survey", survey, csv.string()});
  std::printf("%9d responses (%5.1f MiB csv) | peiling import %7.2f s (cpu %6.2f s) %8.0f responses/s %6.1f MiB"
              " | sqlite3 .import %6.2f s (cpu %5.2f s) %5.1f MiB | ratio x%.2f, cpu x%.2f (issue 13: within x2 at 1M)\n",
              count, static_cast<double>(fs::file_size(csv)) / (1 << 20), import.seconds, import.cpu_seconds,
              count / import.seconds, import.peak_kib / 1024.0, floor.seconds, floor.cpu_seconds,
              floor.peak_kib / 1024.0, import.seconds / floor.seconds, import.cpu_seconds / floor.cpu_seconds);
}

}  // namespace

int main(int argc, char** argv) {
  peiling::bench::start_launcher();  // measured programs start from it (measured_process.h)
  int responses = 1'000'000;
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--quick") responses = 100'000;
    if (arg == "--keep") keep = true;
    if (arg == "--responses" && i + 1 < argc) responses = std::stoi(argv[++i]);
  }
  const fs::path work = fs::temp_directory_path() / ("peiling-import-bench-" + std::to_string(::getpid()));
  fs::create_directories(work);
  measure(work, responses / 10);
  measure(work, responses);
  if (keep) std::printf("kept %s\n", work.c_str());
  else fs::remove_all(work);
  return 0;
}
