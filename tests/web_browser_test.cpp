// End-to-end: headless Chromium fills in the web form on a phone-sized screen (the script
// tests/e2e/form_e2e.mjs, over the DevTools protocol), submits, and sees the response
// counted on the presenter page; then, with JavaScript off, the server-side errors. Skipped, with a message, where node or chromium is missing.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "web_fixture.h"

using namespace peiling::testing;

namespace {

bool have_program(const std::string& name) {
  return run_process("/bin/sh", {"-c", "command -v " + name}, std::filesystem::temp_directory_path()).exit_code == 0;
}

}  // namespace

TEST_CASE("browser: a respondent fills in the form and the presenter sees the count", "[web][browser]") {
  if (!have_program("node") || !have_program("chromium")) {
    WARN("skipped: node and chromium are needed for the end-to-end web test (scripts/setup.sh --with-browser)");
    return;
  }
  WebFixture web("greven-fasen");
  const std::string base = "http://127.0.0.1:" + std::to_string(web.port);
  const auto result = run_process("/usr/bin/timeout",
                                  {"90", "node", std::string(PEILING_SOURCE_DIR) + "/tests/e2e/form_e2e.mjs",
                                   base + "/g/leerkrachten", base + "/presenter?key=" + web.key, web.dir.path().string()},
                                  web.dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "ok  ") == 13);
  CHECK(web.stored_responses() == 1);

  peiling::Store store(web.db_path());
  peiling::RawQuery ranks(store,
                           "SELECT group_concat(item_id || '=' || value, ' ') FROM "
                           "(SELECT item_id, value FROM answers WHERE question_id = 'fasen' ORDER BY item_id)");
  ranks.step();
  CHECK(ranks.column_text(0) == "f1=4 f2=3 f3=2 f4=1 f5=5");
  if (const char* keep = std::getenv("PEILING_KEEP_SCREENSHOTS"))
    for (const char* name : {"form-duplicate.png", "form-filled.png", "thanks.png", "presenter.png", "form-errors-nojs.png"})
      std::filesystem::copy_file(web.dir.path() / name, std::string(keep) + "/web-" + name,
                                 std::filesystem::copy_options::overwrite_existing);
}

TEST_CASE("browser: every form of every bundled questionnaire fits a 360-px phone", "[web][browser]") {
  if (!have_program("node") || !have_program("chromium")) {
    WARN("skipped: node and chromium are needed for the end-to-end web test (scripts/setup.sh --with-browser)");
    return;
  }
  for (const char* questionnaire : {"greven-fasen", "ib-taken-bespreking", "lbbo-kernactiviteiten", "ib-overleg"}) {
    WebFixture web(questionnaire);
    const std::string base = "http://127.0.0.1:" + std::to_string(web.port);
    std::vector<std::string> args{"90", "node", std::string(PEILING_SOURCE_DIR) + "/tests/e2e/forms_fit.mjs",
                                  web.dir.path().string()};
    if (const char* keep = std::getenv("PEILING_KEEP_SCREENSHOTS")) {
      const std::filesystem::path folder = std::filesystem::path(keep) / questionnaire;
      std::filesystem::create_directories(folder);
      args.push_back("--screenshots");
      args.push_back(folder.string());
    }
    for (const auto& group : peiling::load_definition_file(std::string(PEILING_SOURCE_DIR) + "/questionnaires/" +
                                                           questionnaire + ".json")
                                 .groups)
      args.push_back(base + "/g/" + group.id);
    const auto result = run_process("/usr/bin/timeout", args, web.dir.path());
    INFO(questionnaire << "\n" << result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(count_occurrences(result.out, "ok  ") >= 6);
  }
}

TEST_CASE("browser: a conditional question on a 360-px phone, with and without JavaScript", "[web][browser][show_if]") {
  if (!have_program("node") || !have_program("chromium")) {
    WARN("skipped: node and chromium are needed for the end-to-end web test (scripts/setup.sh --with-browser)");
    return;
  }
  WebFixture web("ib-overleg");
  const std::string base = "http://127.0.0.1:" + std::to_string(web.port);
  const auto result = run_process("/usr/bin/timeout",
                                  {"90", "node", std::string(PEILING_SOURCE_DIR) + "/tests/e2e/show_if_e2e.mjs",
                                   base + "/g/leerkrachten", web.dir.path().string()},
                                  web.dir.path());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "ok  ") == 13);
  CHECK(web.stored_responses() == 2);
  // The answers ticked while the follow-up was shown were not sent once it was hidden.
  peiling::Store store(web.db_path());
  peiling::RawQuery answers(store,
                             "SELECT count(*) FROM answers WHERE question_id IN ('waarom-niet', 'anders-reden')");
  answers.step();
  CHECK(answers.column_int(0) == 0);
  if (const char* keep = std::getenv("PEILING_KEEP_SCREENSHOTS"))
    for (const char* name : {"show-if-nooit.png", "show-if-soms.png", "show-if-nojs.png", "show-if-nojs-refused.png"})
      std::filesystem::copy_file(web.dir.path() / name, std::string(keep) + "/web-" + name,
                                 std::filesystem::copy_options::overwrite_existing);
}
