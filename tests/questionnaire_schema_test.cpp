// The JSON Schema of the definition format against the bundled definitions and the
// loader: tests/e2e/schema_check.mjs validates every bundled definition with ajv and
// checks the schema refuses a set of mutants; here the loader must refuse each mutant too.
// Skipped, with a message, where node or ajv (npm, scripts/setup.sh --with-browser) is missing.
#include <catch2/catch.hpp>
#include <filesystem>

#include "engine/definition_loader.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

TEST_CASE("the JSON Schema accepts every bundled definition and refuses what the loader refuses", "[schema]") {
  const std::filesystem::path ajv = PEILING_SOURCE_DIR "/tests/e2e/node_modules/ajv/package.json";
  if (run_process("/bin/sh", {"-c", "command -v node"}, std::filesystem::temp_directory_path()).exit_code != 0 ||
      !std::filesystem::exists(ajv)) {
    WARN("skipped: node and ajv are needed (scripts/setup.sh --with-browser runs npm ci in tests/e2e)");
    return;
  }
  ScratchDir dir;
  const auto result = run_process("/usr/bin/timeout",
                                  {"60", "node", std::string(PEILING_SOURCE_DIR) + "/tests/e2e/schema_check.mjs",
                                   std::string(PEILING_SOURCE_DIR) + "/questionnaires", dir.path().string()},
                                  dir.path());
  INFO(result.out << result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "ok  ") >= 20);
  int mutants = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    if (entry.path().filename().string().rfind("mutant-", 0) != 0) continue;
    ++mutants;
    INFO(entry.path().filename().string());
    CHECK_THROWS_AS(load_definition_file(entry.path().string()), DefinitionError);
  }
  CHECK(mutants == 17);
}
