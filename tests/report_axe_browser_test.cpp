// Reports for everyone: axe-core (from npm, installed by scripts/setup.sh --with-browser)
// checks rapport.html and every slide of slides.html of the demo and of each bundled
// questionnaire filled with synthetic data, and a board's vergelijking-bestuur.html and
// bestuur.html, against the WCAG 2.1 A and AA rules
// (tests/e2e/report_axe.mjs); any violation fails, named with its rule and elements.
// Skipped, with a message, where node, chromium or axe-core is missing.
#include <catch2/catch.hpp>

#include "browser_support.h"
#include "report_decks.h"

using namespace peiling::testing;

TEST_CASE("browser: rapport.html and every slide pass axe-core's WCAG 2.1 A/AA rules", "[report][slides][browser]") {
  if (!have_browser_tools()) return;
  const std::filesystem::path axe = PEILING_SOURCE_DIR "/tests/e2e/node_modules/axe-core/axe.min.js";
  if (!std::filesystem::exists(axe)) {
    WARN("skipped: axe-core is not installed (scripts/setup.sh --with-browser runs npm ci in tests/e2e)");
    return;
  }
  ReportDecks decks;
  std::vector<std::string> args{"300", "node", PEILING_SOURCE_DIR "/tests/e2e/report_axe.mjs", decks.dir.path().string()};
  for (const auto& folder : decks.folders) {
    args.push_back((folder / "rapport.html").string());
    args.push_back((folder / "slides.html").string());
  }
  for (const auto& page : decks.unit_pages) args.push_back(page.string());
  const auto result = run_process("/usr/bin/timeout", args, decks.dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "ok  ") >= 2 * decks.folders.size() + decks.unit_pages.size());
}
