// Reports on a phone: rapport.html of the demo, of each bundled questionnaire filled with
// synthetic data and of a school's report, and a board's plain-table pages
// (vergelijking-bestuur.html, bestuur.html), opened as a 390-px phone in headless Chromium
// (tests/e2e/phone_fit.mjs): none may be wider than the phone, or the browser zooms the
// whole page out until no line can be read; nor may a chart's text be shrunk below 9.5 px
// (rapport.html shows a chart laid out for the phone there), nor a chart scroll sideways.
// Skipped, with a message, where node or chromium is missing.
#include <catch2/catch.hpp>

#include "browser_support.h"
#include "report_decks.h"

using namespace peiling::testing;

TEST_CASE("browser: every report page keeps a phone's width, its wide tables scroll, its charts stay readable",
          "[report][browser][units]") {
  if (!have_browser_tools()) return;
  ReportDecks decks;
  std::vector<std::string> args{"300", "node", PEILING_SOURCE_DIR "/tests/e2e/phone_fit.mjs", decks.dir.path().string()};
  for (const std::string& page : decks.files("rapport.html")) args.push_back(page);
  for (const auto& page : decks.unit_pages) args.push_back(page.string());
  const auto result = run_process("/usr/bin/timeout", args, decks.dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  // Three checks a page: its width, its charts' smallest text, and its charts whole.
  CHECK(count_occurrences(result.out, "ok  ") == 3 * (decks.folders.size() + decks.unit_pages.size()));
}
