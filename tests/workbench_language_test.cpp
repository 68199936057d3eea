// The workbench and its new pages speak Dutch by default and English with --lang en: their
// texts come from the catalogue (messages/workbench.def).
#include <catch2/catch.hpp>

#include "base/messages.h"
#include <regex>

#include "greven_draft.h"
#include "language_guard.h"
#include "test_support.h"
#include "workbench_fixture.h"

using peiling::testing::WorkbenchFixture;

TEST_CASE("workbench: the survey list, Collect page and editor speak English with --lang en", "[web][workbench][messages]") {
  WorkbenchFixture bench;
  const auto id = bench.create_survey("ib-taken-bespreking", "nulmeting");
  const std::string collect = "/peilingen/" + std::to_string(id) + "/verzamelen";
  CHECK(bench.get("/")->body.find("<h2 id=\"nieuw\">Nieuwe peiling</h2>") != std::string::npos);
  peiling::set_user_language(peiling::Language::en);
  const auto list = bench.get("/");
  const auto start = bench.get(collect);
  const auto editor = bench.get("/definitie");
  const auto deleting = bench.get("/peilingen/" + std::to_string(id) + "/verwijderen");
  peiling::set_user_language(peiling::Language::nl);
  CHECK(list->body.find("<h2 id=\"nieuw\">New survey</h2>") != std::string::npos);
  CHECK(list->body.find("<title>Surveys · peiling workbench</title>") != std::string::npos);
  CHECK(list->body.find("data-live=\"(updated every 5 seconds)\"") != std::string::npos);
  CHECK(list->body.find(">Collect<span class=\"visually-hidden\"> of nulmeting</span>") != std::string::npos);
  CHECK(start->body.find(">Start the form</button>") != std::string::npos);
  CHECK(editor->body.find(">Check</button>") != std::string::npos);
  CHECK(deleting->body.find("Then 0 responses and all their codings go") != std::string::npos);
}

namespace {

// The words of the language other than `language` on a workbench page, without the
// questionnaire's own (Dutch) texts and the survey's label.
std::vector<std::string> foreign_words(const httplib::Result& page, peiling::Language language) {
  REQUIRE(page);
  // File and folder names (rapporten/, open-antwoorden.csv) are the same in both languages.
  const std::string html = std::regex_replace(
      page->body, std::regex("<code>[^<]*</code>|<a href=\"[^\"]*\">[^<]*\\.(csv|html|md|png|svg|xlsx)</a>"), " ");
  const std::string own = peiling::testing::without_definition_texts(
      peiling::testing::readable_text(html), std::string(PEILING_SOURCE_DIR) + "/questionnaires/greven-fasen.json");
  const std::string words = peiling::testing::without_quoted_values(own);
  const auto found = peiling::testing::other_language_words(words, language);
  if (!found.empty()) UNSCOPED_INFO(words);
  return found;
}

}  // namespace

TEST_CASE("workbench: the coding, import and report pages speak only the chosen language",
          "[web][workbench][messages][language]") {
  for (const auto language : {peiling::Language::nl, peiling::Language::en}) {
    WorkbenchFixture bench;
    const auto id = bench.create_survey("greven-fasen", "meting");
    {
      peiling::Store store(bench.db_path());
      peiling::ResponseDraft draft{"ib", {{"jaren", "", "4"}, {"fasen", "f1", "1"}, {"fasen", "f2", "2"},
                                          {"fasen", "f3", "3"}, {"fasen", "f4", "4"}, {"fasen", "f5", "5"},
                                          {"taak", "", "Coachen"}}};
      store.add_responses(id, {draft, draft}, peiling::ResponseSource::terminal);
    }
    const std::string survey = "/peilingen/" + std::to_string(id);
    peiling::testing::MessagesIn chosen(language);
    INFO((language == peiling::Language::en ? "en" : "nl"));
    CHECK(foreign_words(bench.get(survey + "/coderen"), language) == std::vector<std::string>{});
    CHECK(foreign_words(bench.get(survey + "/coderen?coder=anna"), language) == std::vector<std::string>{});
    CHECK(foreign_words(bench.get(survey + "/import"), language) == std::vector<std::string>{});
    CHECK(foreign_words(bench.post(survey + "/import", {{"csv", "groep,jaren\nnobody,x\n", "a.csv", "text/csv"}}),
                        language) == std::vector<std::string>{});
    CHECK(foreign_words(bench.get(survey + "/rapport"), language) == std::vector<std::string>{});
    REQUIRE(bench.post(survey + "/rapport", {})->status == 303);
    CHECK(foreign_words(bench.get(survey + "/rapport"), language) == std::vector<std::string>{});
  }
}

TEST_CASE("workbench: a school's report page and the board report page speak only the chosen language",
          "[web][workbench][messages][language][units]") {
  for (const auto language : {peiling::Language::nl, peiling::Language::en}) {
    WorkbenchFixture bench;
    const auto id = bench.create_survey("greven-fasen", "meting");
    {
      peiling::Store store(bench.db_path());
      std::vector<peiling::GroupInvitation> groups;
      for (const auto& group : store.questionnaire_of(id).groups) groups.push_back({group.id, 5});
      store.add_units(id, {{"klimop", "Klimop", groups}, {"esdoorn", "Esdoorn", groups}});
      std::vector<peiling::ResponseDraft> drafts;
      for (const char* unit : {"klimop", "klimop", "klimop", "esdoorn"})
        drafts.push_back(peiling::testing::greven_draft("leerkrachten", unit, 1, 4, "Coachen"));
      store.add_responses(id, drafts, peiling::ResponseSource::terminal);
    }
    const std::string survey = "/peilingen/" + std::to_string(id);
    peiling::testing::MessagesIn chosen(language);
    INFO((language == peiling::Language::en ? "en" : "nl"));
    CHECK(foreign_words(bench.get(survey + "/rapport"), language) == std::vector<std::string>{});
    CHECK(foreign_words(bench.get(survey + "/rapport-school/klimop"), language) == std::vector<std::string>{});
    REQUIRE(bench.post(survey + "/rapport-school/klimop", {})->status == 303);
    CHECK(foreign_words(bench.get(survey + "/rapport-school/klimop?gemaakt=1"), language) == std::vector<std::string>{});
    CHECK(foreign_words(bench.get(survey + "/rapport-bestuur"), language) == std::vector<std::string>{});
    REQUIRE(bench.post(survey + "/rapport-bestuur", {})->status == 303);
    CHECK(foreign_words(bench.get(survey + "/rapport-bestuur?gemaakt=1"), language) == std::vector<std::string>{});
    CHECK(foreign_words(bench.get(survey + "/rapport-school/berk"), language) == std::vector<std::string>{});
  }
}
