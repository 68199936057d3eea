// bench_launcher: starts the programs a benchmark measures and reports their figures, so
// their peak memory is their own. Linux counts the resident size of the process a program
// is started from into the program's peak (it carries the old memory's high-water mark
// over at exec); started from this small, statically linked program, that floor is a few
// hundred KiB instead of the benchmark's own size. See bench/measured_process.h, which
// speaks to it over two pipes: a command (its word count, then each word's length and
// bytes) in, the figures and whether the program succeeded out.
//
//   bench_launcher REQUEST_FD REPLY_FD
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

#include "bench/launcher_protocol.h"

using peiling::bench::read_all;
using peiling::bench::write_all;

namespace {

double now() {
  timespec time{};
  ::clock_gettime(CLOCK_MONOTONIC, &time);
  return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_nsec) / 1e9;
}

// Runs argv (stdout to /dev/null) and measures it.
peiling::bench::LauncherReply run(char** argv) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  const double start = now();
  pid_t child = 0;
  const int spawned = posix_spawnp(&child, argv[0], &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage usage{};
  if (spawned == 0) ::wait4(child, &status, 0, &usage);
  peiling::bench::LauncherReply reply;
  reply.seconds = now() - start;
  reply.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                      static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  reply.peak_kib = usage.ru_maxrss;
  reply.ok = spawned == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return reply;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  const int requests = std::atoi(argv[1]);
  const int replies = std::atoi(argv[2]);
  for (;;) {
    std::uint32_t words = 0;
    if (!read_all(requests, &words, sizeof words) || words == 0 || words > 4096) return 0;
    char** command = static_cast<char**>(std::calloc(words + 1, sizeof(char*)));
    for (std::uint32_t i = 0; i < words; ++i) {
      std::uint32_t length = 0;
      if (!read_all(requests, &length, sizeof length)) return 0;
      command[i] = static_cast<char*>(std::calloc(length + 1, 1));
      if (!read_all(requests, command[i], length)) return 0;
    }
    const peiling::bench::LauncherReply reply = run(command);
    for (std::uint32_t i = 0; i < words; ++i) std::free(command[i]);
    std::free(command);
    if (!write_all(replies, &reply, sizeof reply)) return 0;
  }
}
