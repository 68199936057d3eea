// The workbench's definition editor: a definition checked by the same loader as `peiling
// validate`, its problems beside the lines they are about, a preview of the form per group
// (the respondent's own page, which can post nothing), a download of the text as typed, and
// a survey made from it.
#include <catch2/catch.hpp>

#include <regex>

#include "workbench_fixture.h"

using peiling::testing::WorkbenchFixture;

namespace {

std::string bundled_text(const std::string& id) {
  return peiling::testing::read_file(std::string(PEILING_SOURCE_DIR) + "/questionnaires/" + id + ".json");
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("workbench: the editor opens a bundled definition in its text area", "[web][workbench][editor]") {
  WorkbenchFixture bench;
  CHECK(bench.get("/")->body.find("href=\"/definitie\"") != std::string::npos);
  auto page = bench.get("/definitie?vragenlijst=ib-taken-bespreking");
  REQUIRE(page->status == 200);
  CHECK(page->body.find("&quot;id&quot;: &quot;ib-taken-bespreking&quot;") != std::string::npos);
  CHECK(page->body.find("value=\"ib-taken-bespreking.json\"") != std::string::npos);
  CHECK(bench.client().Get("/definitie")->status == 403);  // without the key
}

TEST_CASE("workbench: the editor shows each problem under the line it is about", "[web][workbench][editor]") {
  WorkbenchFixture bench;
  const std::string broken = replaced(bundled_text("ib-taken-bespreking"), "\"type\": \"choice\"", "\"type\": \"keuze\"");
  CHECK(bench.post("/definitie", {{"definition_text", broken, "", ""}, {"actie", "controleren", "", ""}}, false)->status ==
        403);  // no CSRF token
  auto page = bench.post("/definitie", {{"definition_text", broken, "", ""}, {"actie", "controleren", "", ""}});
  REQUIRE(page->status == 422);
  CHECK(page->body.find("role=\"alert\"") != std::string::npos);
  // Line 16 holds the bad type: the listing starts two lines above it, the problem follows it.
  CHECK(page->body.find("<ol class=\"listing\" start=\"14\">") != std::string::npos);
  const auto line = page->body.find("<code>      &quot;type&quot;: &quot;keuze&quot;,</code>");
  REQUIRE(line != std::string::npos);
  const auto next_line = page->body.find("<li>", line);
  const auto problem = page->body.find("<p class=\"line-problem\"><strong>regel 16, kolom 15", line);
  CHECK(problem < next_line);
  CHECK(page->body.find("onbekend vraagtype &#39;keuze&#39;", problem) != std::string::npos);
  CHECK(page->body.find("class=\"preview-frame\"") == std::string::npos);  // no preview of a broken definition
  CHECK(page->body.find("&quot;type&quot;: &quot;keuze&quot;") != std::string::npos);  // the text is kept
}

TEST_CASE("workbench: a sound definition is previewed per group as the respondent's form", "[web][workbench][editor]") {
  WorkbenchFixture bench;
  const std::string text = bundled_text("ib-taken-bespreking");
  auto page = bench.post("/definitie", {{"definition_text", text, "", ""}, {"actie", "controleren", "", ""}});
  REQUIRE(page->status == 200);
  CHECK(page->body.find("De definitie is in orde") != std::string::npos);
  std::smatch frame;
  REQUIRE(std::regex_search(page->body, frame, std::regex("src=\"(/definitie/voorbeeld/[0-9a-f]{32}/)ib\"")));
  CHECK(page->body.find("title=\"Voorbeeld van het formulier voor Intern begeleiders\"") != std::string::npos);
  auto preview = bench.get(frame[1].str() + "ib");
  REQUIRE(preview->status == 200);
  CHECK(preview->body.find("Hoe vaak zijn de taken") != std::string::npos);
  CHECK(preview->body.find("name=\"a:hoe-vaak\"") != std::string::npos);
  const std::string policy = preview->get_header_value("Content-Security-Policy");
  CHECK(policy.find("form-action 'none'") != std::string::npos);
  CHECK(policy.find("frame-ancestors 'self'") != std::string::npos);
  CHECK(bench.get(frame[1].str() + "niemand")->status == 404);
  CHECK(bench.get("/definitie/voorbeeld/0123456789abcdef0123456789abcdef/ib")->status == 404);
}

TEST_CASE("workbench: the editor saves the text as typed, and makes a survey of it", "[web][workbench][editor]") {
  WorkbenchFixture bench;
  const std::string text = bundled_text("ib-taken-bespreking");
  const std::string unfinished = text + "\n// nog niet af";
  auto saved = bench.post("/definitie", {{"definition_text", unfinished, "", ""},
                                         {"file_name", "../mijn vragen<lijst>", "", ""},
                                         {"actie", "opslaan", "", ""}});
  REQUIRE(saved->status == 200);
  CHECK(saved->body == unfinished);
  CHECK(saved->get_header_value("Content-Disposition") == "attachment; filename=\"mijnvragenlijst.json\"");

  auto create = bench.post("/definitie", {{"definition_text", text, "", ""}, {"actie", "gebruiken", "", ""}});
  REQUIRE(create->status == 200);
  CHECK(create->body.find("De definitie is gecontroleerd en in orde") != std::string::npos);
  CHECK(WorkbenchFixture::hidden_value(create->body, "definition_text") == text);

  auto huge = bench.post("/definitie", {{"definition_text", std::string(1024 * 1024 + 1, ' '), "", ""},
                                        {"actie", "controleren", "", ""}});
  CHECK(huge->status == 413);
}

TEST_CASE("workbench: the editor names the problems in the workbench's language", "[web][workbench][editor][language]") {
  peiling::testing::MessagesIn english(peiling::Language::en);
  WorkbenchFixture bench;
  const std::string broken = replaced(bundled_text("ib-taken-bespreking"), "\"type\": \"choice\"", "\"type\": \"keuze\"");
  auto page = bench.post("/definitie", {{"definition_text", broken, "", ""}, {"actie", "controleren", "", ""}});
  REQUIRE(page->status == 422);
  CHECK(page->body.find("unknown question type &#39;keuze&#39;") != std::string::npos);
  CHECK(page->body.find("onbekend vraagtype") == std::string::npos);
}
