// How a benchmark (bench/measured_process.h) and bench_launcher (bench/launcher_main.cpp)
// speak over their two pipes: a command (its word count, then each word's length and
// bytes) one way, a LauncherReply the other.
#pragma once

#include <unistd.h>

#include <cstddef>

namespace peiling::bench {

// Reads or writes exactly `size` bytes; false when the pipe closes or fails first.
inline bool read_all(int fd, void* data, std::size_t size) {
  char* bytes = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t got = ::read(fd, bytes, size);
    if (got <= 0) return false;
    bytes += got;
    size -= static_cast<std::size_t>(got);
  }
  return true;
}

inline bool write_all(int fd, const void* data, std::size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t written = ::write(fd, bytes, size);
    if (written <= 0) return false;
    bytes += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

struct LauncherReply {
  double seconds = 0;      // wall time
  double cpu_seconds = 0;  // user + system
  long peak_kib = 0;       // the program's peak resident size
  int ok = 0;              // it started and exited with 0
};

}  // namespace peiling::bench
