// For the benchmarks: runs a program as a process of its own, as a user would, and
// measures its wall time, CPU time and peak memory. posix_spawn (vfork underneath), so the
// child's peak memory is its own, not a copy of the benchmark's.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

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

// Runs `program` (looked up on PATH when it has no slash) with `args`, stdout to /dev/null.
// A program that cannot start or fails ends the benchmark with a message.
inline RunFigures run_measured(const std::string& program, const std::vector<std::string>& args) {
  std::vector<char*> argv{const_cast<char*>(program.c_str())};
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  const auto start = std::chrono::steady_clock::now();
  pid_t child = 0;
  const int spawned = posix_spawnp(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage usage{};
  if (spawned == 0) ::wait4(child, &status, 0, &usage);
  if (spawned != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "%s %s failed\n", program.c_str(), args.empty() ? "" : args.front().c_str());
    std::exit(1);
  }
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), cpu_seconds(usage),
          usage.ru_maxrss};
}

}  // namespace peiling::bench
