// The presenter page's live counts without a meta refresh: the page links to itself
// ("Ververs") for a browser without JavaScript, and its script polls /presenter/tellingen,
// which answers only with the presenter's key. Its texts come from the catalogue.
#include <catch2/catch.hpp>

#include "base/messages.h"
#include "web_fixture.h"

using peiling::testing::WebFixture;

namespace {

// The presenter's cookie, as the printed link sets it.
std::string presenter_cookie(WebFixture& web) {
  auto login = web.client().Get(("/presenter?key=" + web.key).c_str());
  REQUIRE(login->status == 303);
  const std::string set_cookie = login->get_header_value("Set-Cookie");
  return set_cookie.substr(0, set_cookie.find(';'));
}

}  // namespace

TEST_CASE("the presenter page has no meta refresh: a Ververs link and a script that polls the counts", "[web][presenter]") {
  WebFixture web("ib-taken-bespreking");
  auto client = web.client();
  const std::string cookie = presenter_cookie(web);
  auto page = client.Get("/presenter", {{"Cookie", cookie}});
  REQUIRE(page->status == 200);
  CHECK(page->body.find("http-equiv=\"refresh\"") == std::string::npos);
  CHECK(page->body.find("<a href=\"/presenter\">Ververs</a>") != std::string::npos);
  CHECK(page->body.find("<script src=\"/static/presenter.js\" defer></script>") != std::string::npos);
  CHECK(page->body.find("data-count=\"0\"") != std::string::npos);
  CHECK(page->get_header_value("Content-Security-Policy").find("connect-src 'self'") != std::string::npos);
  auto script = client.Get("/static/presenter.js");
  REQUIRE(script->status == 200);
  CHECK(script->body.find("/presenter/tellingen") != std::string::npos);
}

TEST_CASE("the presenter's live counts need the key and follow the responses", "[web][presenter]") {
  WebFixture web("ib-taken-bespreking");
  auto client = web.client();
  CHECK(client.Get("/presenter/tellingen")->status == 403);
  CHECK(client.Get("/presenter/tellingen", {{"Cookie", "peiling_presenter=wrong"}})->status == 403);
  const std::string cookie = presenter_cookie(web);
  auto before = client.Get("/presenter/tellingen", {{"Cookie", cookie}});
  REQUIRE(before->status == 200);
  CHECK(before->get_header_value("Content-Type") == "application/json");
  CHECK(before->body == "{\"open\":true,\"responded\":[0,0,0],\"total\":0}");
  auto form = web.open_form("/g/ib");
  REQUIRE(web.post("ib", form, {{"a:hoe-vaak", "nooit"}, {"a:duidelijk", "3"}})->status == 200);
  CHECK(client.Get("/presenter/tellingen", {{"Cookie", cookie}})->body ==
        "{\"open\":true,\"responded\":[0,1,0],\"total\":1}");
  {
    peiling::Store store(web.db_path());
    store.set_survey_open(web.survey_id, false);
  }
  CHECK(client.Get("/presenter/tellingen", {{"Cookie", cookie}})->body ==
        "{\"open\":false,\"responded\":[0,1,0],\"total\":1}");
}

TEST_CASE("the presenter page speaks English with --lang en", "[web][presenter][messages]") {
  WebFixture web("ib-taken-bespreking");
  const std::string cookie = presenter_cookie(web);
  peiling::set_user_language(peiling::Language::en);
  auto page = web.client().Get("/presenter", {{"Cookie", cookie}});
  auto refused = web.client().Get("/presenter");
  peiling::set_user_language(peiling::Language::nl);
  REQUIRE(page->status == 200);
  CHECK(page->body.find(">Refresh</a>") != std::string::npos);
  CHECK(page->body.find(">Close the survey</button>") != std::string::npos);
  CHECK(page->body.find("<th scope=\"col\">Responded</th>") != std::string::npos);
  CHECK(refused->body.find("This page is for the presenter only") != std::string::npos);
}
