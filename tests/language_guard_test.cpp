// One language per user, end to end: every page of the web form, the command's error paths
// and a report, run in English, hold no Dutch words, and run in Dutch, no English ones
// (tests/language_guard.h). The catalogue test (messages_test.cpp) checks that every message
// has both languages; this one catches the texts that never went through the catalogue.
#include <catch2/catch.hpp>

#include <sstream>

#include "app/coding_session.h"
#include "app/demo_survey.h"
#include "app/resolve_session.h"
#include "base/messages.h"
#include "language_guard.h"
#include "web_fixture.h"

using namespace peiling;
using peiling::testing::WebFixture;

namespace {

const char* language_name(Language language) { return language == Language::en ? "en" : "nl"; }

// Sets the run's language for one test and puts Dutch back after it.
struct LanguageForTest {
  explicit LanguageForTest(Language language) { set_user_language(language); }
  ~LanguageForTest() { set_user_language(Language::nl); }
};

std::string definition_file(const std::string& id) {
  return std::string(PEILING_SOURCE_DIR) + "/questionnaires/" + id + ".json";
}

void check_page(const std::string& what, const std::string& html, const std::string& questionnaire, Language language) {
  INFO(what << " in " << language_name(language) << ":\n" << html);
  const std::string own_words = testing::without_definition_texts(testing::readable_text(html), definition_file(questionnaire));
  CHECK(testing::other_language_words(own_words, language) == std::vector<std::string>{});
}

// Every page a respondent can see of one questionnaire, in the server's language.
void check_web_pages(const std::string& questionnaire, Language language) {
  LanguageForTest chosen(language);
  WebFixture web(questionnaire);
  const std::string group = parse_definition(read_definition_text(definition_file(questionnaire)), "").groups.front().id;
  auto client = web.client();
  check_page("group choice", client.Get("/")->body, questionnaire, language);
  check_page("form", client.Get(("/g/" + group).c_str())->body, questionnaire, language);
  auto form = web.open_form("/g/" + group);
  const auto refused = web.post(group, form, {{"a:no-such-question", "x"}});
  CHECK(refused->status == 422);
  check_page("form with problems", refused->body, questionnaire, language);
  check_page("unknown group", client.Get("/g/no-such-group")->body, questionnaire, language);
  check_page("unknown token", client.Get("/t/0123456789abcdef0123456789abcdef")->body, questionnaire, language);
  check_page("no such page", client.Get("/no/such/page")->body, questionnaire, language);
  check_page("expired form", web.post(group, {form.cookie, "forged", form.nonce, ""}, {})->body, questionnaire, language);
}

}  // namespace

TEST_CASE("the web form speaks only the server's language, Dutch or English", "[messages][language][web]") {
  for (const char* questionnaire : {"ib-overleg", "lbbo-kernactiviteiten", "greven-fasen"}) {
    for (const Language language : {Language::nl, Language::en}) {
      INFO(questionnaire);
      check_web_pages(questionnaire, language);
    }
  }
}

TEST_CASE("the guard finds a word of the other language", "[messages][language]") {
  CHECK(testing::other_language_words("Deze pagina bestaat niet.", Language::en) ==
        std::vector<std::string>{"deze", "bestaat", "niet"});
  CHECK(testing::other_language_words("This page does not exist.", Language::nl) ==
        std::vector<std::string>{"this", "does", "not"});
  CHECK(testing::other_language_words("peiling survey list", Language::en).empty());
}

namespace {

// peiling's own words in a coding dialogue: without the answers quoted on their own line
// and without the definition's texts (the frame's labels, the questions).
std::string dialogue_words(const std::string& output) {
  std::string kept;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("  \"", 0) != 0) kept += line + "\n";
  return testing::without_definition_texts(kept, definition_file("greven-fasen"));
}

}  // namespace

TEST_CASE("the coding dialogues speak only the user's language", "[messages][language][coding]") {
  for (const Language language : {Language::nl, Language::en}) {
    LanguageForTest chosen(language);
    testing::ScratchDir dir;
    Store store(dir.file("demo.sqlite"));
    const std::int64_t survey = build_demo_survey(store, definition_file("greven-fasen"));
    std::istringstream session_in("\n?\n3\nu\nm memo\nm\nxyz\n1 2\nn\ns\n2\nq\n");
    std::ostringstream session_out;
    run_coding_session(store, survey, "derde", session_in, session_out);
    INFO(language_name(language) << " session:\n" << session_out.str());
    CHECK(testing::other_language_words(dialogue_words(session_out.str()), language) == std::vector<std::string>{});
    std::istringstream resolve_in("?\nm memo\na\nb\nn\nq\n");
    std::ostringstream resolve_out;
    run_resolve_session(store, survey, {"demo", "derde"}, resolve_in, resolve_out);
    INFO(language_name(language) << " resolve:\n" << resolve_out.str());
    CHECK(testing::other_language_words(dialogue_words(resolve_out.str()), language) == std::vector<std::string>{});
  }
}
