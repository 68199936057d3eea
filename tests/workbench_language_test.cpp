// The workbench and its new pages speak Dutch by default and English with --lang en: their
// texts come from the catalogue (messages/workbench.def).
#include <catch2/catch.hpp>

#include "base/messages.h"
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
