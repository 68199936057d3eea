// A crash in the middle of a large import: `peiling import` killed hard (SIGKILL) while it
// writes leaves a database that passes PRAGMA integrity_check and holds either the whole
// file or none of it, and the same file can then be imported normally.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "import_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

constexpr int kRows = 200'000;

void write_large_csv(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  out << "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n";
  for (int i = 0; i < kRows; ++i)
    out << (i % 2 ? "ib" : "leerkrachten") << "," << i % 40 << ",5,4,3,2,1,antwoord " << i << ",,\n";
}

pid_t start_import(const ScratchDir& dir, const std::string& survey) {
  const pid_t child = ::fork();
  if (child == 0) {
    if (::chdir(dir.path().c_str()) != 0 || !std::freopen("/dev/null", "w", stdout) ||
        !std::freopen("/dev/null", "w", stderr))
      ::_exit(127);
    ::execl(PEILING_BINARY, PEILING_BINARY, "import", "--survey", survey.c_str(), "groot.csv", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return child;
}

std::uintmax_t file_size_or_zero(const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  return error ? 0 : size;
}

}  // namespace

TEST_CASE("an import killed with SIGKILL stores all of the file or none of it", "[import][crash]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  write_large_csv(dir.file("groot.csv"));
  const std::uintmax_t size_before = file_size_or_zero(dir.file("peiling.sqlite"));
  const pid_t child = start_import(dir, survey);
  REQUIRE(child > 0);

  // Alone with the database, the import writes through a rollback journal, so the database
  // file itself grows once its transaction spills pages (with another connection open it
  // would be the write-ahead log): then it is halfway through writing.
  const auto written = [&] {
    return file_size_or_zero(dir.file("peiling.sqlite")) + file_size_or_zero(dir.file("peiling.sqlite-wal")) >
           size_before + (2u << 20);
  };
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  int status = 0;
  bool exited = false;
  while (!written() && std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(child, &status, WNOHANG) == child) {
      exited = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE_FALSE(exited);  // it must still be importing, or the test shows nothing
  CHECK(std::filesystem::exists(dir.file("peiling.sqlite-journal")));  // what the next open must roll back
  ::kill(child, SIGKILL);
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));

  {
    Store store(dir.file("peiling.sqlite"));
    RawQuery check(store, "PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.column_text(0) == "ok");
    RawQuery answers(store, "SELECT count(*) FROM answers");
    answers.step();
    const int stored = response_count(dir, survey);
    CHECK((stored == 0 || stored == kRows));
    CHECK((answers.column_int(0) == 0 || answers.column_int(0) == std::int64_t{kRows} * 7));
  }

  const auto again = peiling_in(dir, {"import", "--survey", survey, "groot.csv"});
  INFO(again.err);
  if (response_count(dir, survey) == 0) CHECK(again.exit_code == 0);
  CHECK(response_count(dir, survey) == kRows);
}
