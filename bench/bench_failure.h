// For the benchmarks: how one stops when something fails. A failure throws BenchFailure (or
// any std::exception) instead of calling std::exit, so the stack unwinds and what a benchmark
// holds is released by its destructor: a throwaway PostgreSQL server is stopped, peiling-web
// processes get their Ctrl-C. Each benchmark's main catches it with report_failure(), which
// prints the message and gives the exit code. A forked child that builds data runs its work
// through exit_code_in_child(), so an exception there never unwinds into the parent's main.
#pragma once

#include <cstdio>
#include <exception>
#include <stdexcept>

namespace peiling::bench {

struct BenchFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// For main's catch: prints why the benchmark stopped and returns its exit code (1).
inline int report_failure(const std::exception& error) {
  std::fprintf(stderr, "benchmark stopped: %s\n", error.what());
  return 1;
}

// Runs `work` (returning an exit code) in a forked child: an exception is reported and gives
// 1, so the child ends with _exit and never runs the destructors of what the parent holds.
template <typename Work>
int exit_code_in_child(Work&& work) {
  try {
    return work();
  } catch (const std::exception& error) {
    return report_failure(error);
  } catch (...) {
    return 1;
  }
}

}  // namespace peiling::bench
