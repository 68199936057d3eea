// The benchmarks' work folder (bench/work_folder.h): removed when a failure unwinds the
// benchmark, not only when it ends well (a failed benchmark used to leave its folder in the
// temp folder), and kept with --keep.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "bench/work_folder.h"

using peiling::bench::BenchFailure;
using peiling::bench::WorkFolder;
namespace fs = std::filesystem;

TEST_CASE("a benchmark's work folder is removed when a failure unwinds it", "[bench]") {
  fs::path made;
  try {
    const WorkFolder folder("peiling-work-folder-test", false);
    made = folder.path();
    CHECK(fs::is_directory(made));
    std::ofstream(made / "demo.sqlite") << "data";
    fs::create_directories(made / "postgres" / "base");
    throw BenchFailure("psql failed");
  } catch (const BenchFailure&) {
  }
  REQUIRE_FALSE(made.empty());
  CHECK_FALSE(fs::exists(made));
}

TEST_CASE("a benchmark's work folder is new each time and kept with --keep", "[bench]") {
  fs::path kept;
  {
    const WorkFolder first("peiling-work-folder-test", true);
    const WorkFolder second("peiling-work-folder-test", false);
    CHECK(first.path() != second.path());
    CHECK(first.path().parent_path() == fs::temp_directory_path());
    kept = first.path();
  }
  CHECK(fs::is_directory(kept));
  fs::remove_all(kept);
}
