// For the benchmarks: runs a program as a process of its own, as a user would, and
// measures its wall time, CPU time and peak memory.
//
// Peak memory as the OS sees it (what /usr/bin/time prints): Linux carries the peak
// resident size of the process a program is started from into the program's own figure
// when it execs, so a program started straight from a benchmark that has grown to 11 MiB
// never reads below 11 MiB. Programs are therefore started by bench_launcher, a small
// static program the benchmark starts first thing (start_launcher()), which measures them
// and reports back over a pipe.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "bench/bench_failure.h"
#include "bench/launcher_protocol.h"

namespace peiling::bench {

struct RunFigures {
  double seconds = 0;      // wall time
  double cpu_seconds = 0;  // user + system: steadier than wall time on a shared machine
  long peak_kib = 0;
};

inline double cpu_seconds(const rusage& usage) {
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs `program` (looked up on PATH when it has no slash) with `args`, stdout to
// /dev/null, in this process; false when it cannot start or fails.
inline bool spawn_and_measure(const std::vector<std::string>& command, RunFigures& figures) {
  std::vector<char*> argv;
  for (const auto& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  const auto start = std::chrono::steady_clock::now();
  pid_t child = 0;
  const int spawned = posix_spawnp(&child, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage usage{};
  if (spawned == 0) ::wait4(child, &status, 0, &usage);
  figures = {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), cpu_seconds(usage),
             usage.ru_maxrss};
  return spawned == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

namespace detail {

struct Launcher {
  int requests = -1;  // to the launcher
  int replies = -1;   // from it
};

inline Launcher& launcher() {
  static Launcher instance;
  return instance;
}

}  // namespace detail

// Starts bench_launcher, which then starts every measured program. Without it (not built)
// programs start from the benchmark itself, with its size as their floor.
inline void start_launcher() {
  int requests[2], replies[2];
  if (::pipe(requests) != 0 || ::pipe(replies) != 0) return;
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(requests[1]);
    ::close(replies[0]);
    const std::string in = std::to_string(requests[0]), out = std::to_string(replies[1]);
    ::execl(PEILING_BENCH_LAUNCHER, PEILING_BENCH_LAUNCHER, in.c_str(), out.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(requests[0]);
  ::close(replies[1]);
  if (child > 0) detail::launcher() = {requests[1], replies[0]};
}

// Runs `program` with `args` as a process of its own (through the launcher when it runs) and
// measures it. A program that cannot start or fails throws BenchFailure, which ends the
// benchmark in its main once the destructors have run (bench_failure.h).
inline RunFigures run_measured(const std::string& program, const std::vector<std::string>& args) {
  std::vector<std::string> command{program};
  command.insert(command.end(), args.begin(), args.end());
  RunFigures figures;
  int ok = 0;
  const detail::Launcher& launcher = detail::launcher();
  if (launcher.requests >= 0) {
    const auto words = static_cast<std::uint32_t>(command.size());
    bool sent = write_all(launcher.requests, &words, sizeof words);
    for (const auto& word : command) {
      const auto length = static_cast<std::uint32_t>(word.size());
      sent = sent && write_all(launcher.requests, &length, sizeof length) &&
             write_all(launcher.requests, word.data(), length);
    }
    LauncherReply reply;
    if (sent && read_all(launcher.replies, &reply, sizeof reply)) {
      figures = {reply.seconds, reply.cpu_seconds, reply.peak_kib};
      ok = reply.ok;
    }
  } else {
    ok = spawn_and_measure(command, figures) ? 1 : 0;
  }
  if (!ok) {
    std::string words;
    for (const auto& word : command) words += (words.empty() ? "" : " ") + word;
    throw BenchFailure(words + ": failed or could not start");
  }
  return figures;
}

}  // namespace peiling::bench
