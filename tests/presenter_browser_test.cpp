// The presenter page and the respondent form in headless Chromium
// (tests/e2e/presenter_e2e.mjs): axe-core's WCAG 2.1 A/AA rules with 0 violations on the
// presenter page (open, the close question, closed), the form of every group on a 360-px
// phone, the thank-you page and the form's errors without JavaScript; and the presenter's
// counts following a response without the page reloading (no meta refresh). Skipped, with
// a message, where node, chromium or axe-core is missing.
#include <catch2/catch.hpp>

#include <filesystem>

#include "browser_support.h"
#include "web_fixture.h"

using namespace peiling::testing;

TEST_CASE("browser: the presenter page and the respondent form pass axe-core, the counts live", "[web][presenter][browser]") {
  if (!have_browser_tools()) return;
  if (!std::filesystem::exists(PEILING_SOURCE_DIR "/tests/e2e/node_modules/axe-core/axe.min.js")) {
    WARN("skipped: axe-core is not installed (scripts/setup.sh --with-browser runs npm ci in tests/e2e)");
    return;
  }
  WebFixture web("greven-fasen");
  const auto result = run_process(
      "/usr/bin/timeout",
      {"120", "node", PEILING_SOURCE_DIR "/tests/e2e/presenter_e2e.mjs", web.dir.path().string(),
       "http://127.0.0.1:" + std::to_string(web.port), web.key, "directie", "ib", "leerkrachten"},
      web.dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "(axe-core)") == 8);
  CHECK(web.stored_responses() == 1);
}
