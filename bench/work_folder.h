// For the benchmarks: the temporary folder a benchmark works in (databases, CSVs, reports, a
// throwaway PostgreSQL). Made new and empty under the system's temp folder; removed when the
// WorkFolder goes out of scope, whether the benchmark ends well or a failure unwinds it
// (bench_failure.h), unless --keep asked to keep it, when its path is printed instead. Declare
// it before whatever lives in it (a ThrowawayPostgres, peiling-web processes), so that is
// stopped first. A forked child leaves with _exit and never runs this destructor.
#pragma once

#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>

#include "bench/bench_failure.h"

namespace peiling::bench {

class WorkFolder {
 public:
  // TEMP/NAME-XXXXXX, the X's chosen by mkdtemp so no earlier run's leftovers are reused.
  WorkFolder(const std::string& name, bool keep) : keep_(keep) {
    std::string pattern = (std::filesystem::temp_directory_path() / (name + "-XXXXXX")).string();
    if (!::mkdtemp(pattern.data())) throw BenchFailure("cannot make a work folder like " + pattern);
    path_ = pattern;
  }
  ~WorkFolder() {
    if (keep_) {
      std::printf("kept %s\n", path_.c_str());
      return;
    }
    std::error_code ignored;  // a destructor that may run while unwinding must not throw
    std::filesystem::remove_all(path_, ignored);
  }
  WorkFolder(const WorkFolder&) = delete;
  WorkFolder& operator=(const WorkFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  bool keep_;
};

}  // namespace peiling::bench
