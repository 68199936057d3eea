// Slides that always fit: headless Chromium walks every slide of the demo deck and of a
// deck of each bundled questionnaire filled with synthetic data, at 1280 x 720 and at
// 1024 x 768 (tests/e2e/slides_fit.mjs), and fails naming the slide and the element that
// reaches outside the screen, is clipped, or is set too small to read from the back of a
// classroom. Skipped, with a message, where node or chromium is missing.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "browser_support.h"
#include "report_decks.h"

using namespace peiling::testing;

TEST_CASE("browser: every slide of every deck fits the screen in readable type", "[report][slides][browser]") {
  if (!have_browser_tools()) return;
  ReportDecks decks;
  std::vector<std::string> args{"600", "node", PEILING_SOURCE_DIR "/tests/e2e/slides_fit.mjs", decks.dir.path().string()};
  if (const char* keep = std::getenv("PEILING_KEEP_SCREENSHOTS")) {
    args.push_back("--screenshots");
    args.push_back(keep);
  }
  for (const std::string& deck : decks.files("slides.html")) args.push_back(deck);
  const auto result = run_process("/usr/bin/timeout", args, decks.dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "ok  ") == 4 * decks.folders.size());
}
