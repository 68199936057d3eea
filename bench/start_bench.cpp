// Benchmark: the start of `peiling` (issue 3: every `peiling report` pays it). Runs
// `peiling --help` many times and prints its best and median wall time beside two
// references run in the same loop: /bin/true (a program that only starts: the floor of exec
// and the dynamic loader) and `peiling-web --help` (the web server program, which loads
// cpp-httplib, OpenSSL and libstdc++ as shared libraries). Not a test: it asserts nothing.
//
//   build/bench_start [--runs N]   (default 200)
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_args.h"
#include "bench/measured_process.h"

namespace {

struct Program {
  const char* label;
  std::string path;
  std::vector<std::string> args;
  std::vector<double> seconds;
};

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) try {
  int runs = 200;
  if (!peiling::bench::BenchArgs("build/bench_start [--runs N]")
           .whole_number("--runs", runs, "runs of each program", 1)
           .read(argc, argv))
    return 0;
  peiling::bench::start_launcher();  // measured programs start from it (measured_process.h)
  const std::string companion = (std::filesystem::path(PEILING_BINARY).parent_path() / "peiling-web").string();
  std::vector<Program> programs{{"/bin/true (floor)", "/bin/true", {}, {}},
                                {"peiling --help", PEILING_BINARY, {"--help"}, {}},
                                {"peiling serve --help", PEILING_BINARY, {"serve", "--help"}, {}},
                                {"peiling-web --help", companion, {"--help"}, {}}};
  // Interleaved, so a busy moment on the machine hits every program alike.
  for (int run = 0; run < runs; ++run)
    for (auto& program : programs) program.seconds.push_back(peiling::bench::run_measured(program.path, program.args).seconds);

  const double floor_median = median(programs.front().seconds);
  std::printf("%-24s %9s %9s   %s\n", "program", "best", "median", "median against /bin/true");
  for (const auto& program : programs)
    std::printf("%-24s %6.2f ms %6.2f ms   x%.1f\n", program.label,
                1e3 * *std::min_element(program.seconds.begin(), program.seconds.end()), 1e3 * median(program.seconds),
                median(program.seconds) / floor_median);
  std::printf("target (issue 3): peiling starts in a few ms, near the floor and well below peiling-web\n");
  return 0;
} catch (const std::exception& error) {  // after the destructors have run (bench_failure.h)
  return peiling::bench::report_failure(error);
}
