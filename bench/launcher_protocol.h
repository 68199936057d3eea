// What bench_launcher (bench/launcher_main.cpp) answers for each program it ran.
#pragma once

namespace peiling::bench {

struct LauncherReply {
  double seconds = 0;      // wall time
  double cpu_seconds = 0;  // user + system
  long peak_kib = 0;       // the program's peak resident size
  int ok = 0;              // it started and exited with 0
};

}  // namespace peiling::bench
