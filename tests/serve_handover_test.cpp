// `peiling` starts without the web server's libraries: `peiling serve` hands over to the
// companion program peiling-web (app/serve_handover.cpp), with the same help, messages and
// exit codes; without the companion it says what is missing. Only peiling-web links the
// web server's cpp-httplib; everything else is Debian's shared libraries.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.h"

using namespace peiling::testing;
namespace fs = std::filesystem;

namespace {

const std::string kGreven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";
const std::string kCompanion = (fs::path(PEILING_BINARY).parent_path() / "peiling-web").string();

}  // namespace

TEST_CASE("peiling serve runs in peiling-web with the same help, messages and exit codes", "[cli][start]") {
  ScratchDir dir;
  const auto help = run_process(PEILING_BINARY, {"serve", "--help"}, dir.path());
  CHECK(help.exit_code == 0);
  CHECK(help.out.rfind("gebruik: peiling serve --survey NR", 0) == 0);
  CHECK(help.out == run_process(kCompanion, {"--help"}, dir.path()).out);

  const auto bad_port = run_process(PEILING_BINARY, {"serve", "--survey", "1", "--port", "70000"}, dir.path());
  CHECK(bad_port.exit_code == 2);
  CHECK(bad_port.err.find("--port moet 0 tot en met 65535 zijn") != std::string::npos);

  const auto no_db = run_process(PEILING_BINARY, {"serve", "--survey", "1", "--db", "missing.sqlite"}, dir.path());
  CHECK(no_db.exit_code == 1);
  CHECK(no_db.err.find("missing.sqlite: die database bestaat niet") != std::string::npos);
}

TEST_CASE("without peiling-web beside it, peiling serve names what is missing: other verbs work", "[cli][start]") {
  ScratchDir dir;
  const fs::path alone = dir.path() / "peiling";
  fs::copy_file(PEILING_BINARY, alone);
  fs::permissions(alone, fs::perms::owner_all);

  const auto serve = run_process(alone.string(), {"serve", "--help"}, dir.path());
  CHECK(serve.exit_code == 1);
  CHECK(serve.err.find((dir.path() / "peiling-web").string()) != std::string::npos);
  CHECK(serve.err.find("in dezelfde map") != std::string::npos);
  CHECK(serve.out.empty());

  CHECK(run_process(alone.string(), {"validate", kGreven}, dir.path()).exit_code == 0);
}

TEST_CASE("peiling links Debian's shared libraries: only peiling-web links the web server's", "[start]") {
  ScratchDir dir;
  const auto peiling = run_process("/usr/bin/ldd", {PEILING_BINARY}, dir.path());
  REQUIRE(peiling.exit_code == 0);
  // Shared, so that a security update of one of them reaches peiling without a rebuild.
  for (const char* library : {"libsqlite3", "libcairo", "libxlsxwriter"}) {
    INFO(library);
    CHECK(peiling.out.find(library) != std::string::npos);
  }
  CHECK(peiling.out.find("libcpp-httplib") == std::string::npos);
  const auto companion = run_process("/usr/bin/ldd", {kCompanion}, dir.path());
  CHECK(companion.out.find("libcpp-httplib") != std::string::npos);
}
