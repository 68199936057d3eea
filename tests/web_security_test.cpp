// The web server's defences over HTTP: CSRF, the presenter key, closed surveys, one-time
// tokens, and oversized or malformed requests.
#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "web/form_nonce.h"
#include "web/security.h"
#include "web_fixture.h"

using peiling::testing::FilledForm;
using peiling::testing::WebFixture;

namespace {

httplib::Params valid_ib_answers() {
  return {{"a:hoe-vaak", "nooit"}, {"a:duidelijk", "3"}};
}

// Sends raw bytes and returns the status line the server answers with.
std::string raw_status_line(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size()));
  char buffer[256] = {};
  const auto got = read(fd, buffer, sizeof buffer - 1);
  close(fd);
  const std::string answer(buffer, got > 0 ? static_cast<std::size_t>(got) : 0);
  return answer.substr(0, answer.find("\r\n"));
}

}  // namespace

TEST_CASE("keys are 128 random bits and compared in constant time", "[web]") {
  const auto a = peiling::web::random_key();
  CHECK(peiling::web::is_key_shaped(a));
  CHECK(a != peiling::web::random_key());
  CHECK(peiling::web::constant_time_equal(a, a));
  CHECK_FALSE(peiling::web::constant_time_equal(a, a.substr(0, 31) + (a[31] == '0' ? "1" : "0")));
  CHECK_FALSE(peiling::web::constant_time_equal(a, a.substr(1)));
  CHECK(peiling::web::secret_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("a form without or with a wrong CSRF token stores nothing", "[web]") {
  WebFixture web("ib-taken-bespreking");
  auto form = web.open_form("/g/ib");
  FilledForm no_cookie = form;
  no_cookie.cookie = "";
  CHECK(web.post("ib", no_cookie, valid_ib_answers())->status == 403);
  FilledForm wrong = form;
  wrong.csrf = peiling::web::random_key();
  CHECK(web.post("ib", wrong, valid_ib_answers())->status == 403);
  FilledForm missing = form;
  missing.csrf = "";
  CHECK(web.post("ib", missing, valid_ib_answers())->status == 403);
  CHECK(web.stored_responses() == 0);
  CHECK(web.post("ib", form, valid_ib_answers())->status == 200);
  CHECK(web.stored_responses() == 1);
}

TEST_CASE("the presenter page needs the key, and closing the survey stops responses", "[web]") {
  WebFixture web("ib-taken-bespreking");
  auto client = web.client();
  CHECK(client.Get("/presenter")->status == 403);
  CHECK(client.Get("/presenter?key=0123456789abcdef0123456789abcdee")->status == 403);
  CHECK(client.Get("/presenter", {{"Cookie", "peiling_presenter=wrong"}})->status == 403);
  CHECK(client.Post("/presenter/close", httplib::Params{})->status == 403);

  auto form = web.open_form("/g/ib");
  REQUIRE(web.post("ib", form, valid_ib_answers())->status == 200);

  auto login = client.Get(("/presenter?key=" + web.key).c_str());
  REQUIRE(login->status == 303);
  const std::string key_cookie = login->get_header_value("Set-Cookie").substr(0, login->get_header_value("Set-Cookie").find(';'));
  const std::string cookies = key_cookie + "; " + form.cookie;
  auto page = client.Get("/presenter", {{"Cookie", cookies}});
  REQUIRE(page->status == 200);
  CHECK(page->body.find("data-group=\"ib\">1</td>") != std::string::npos);
  CHECK(page->body.find("<svg class=\"qr\"") != std::string::npos);

  // Closing needs the CSRF field too.
  CHECK(client.Post("/presenter/close", {{"Cookie", cookies}}, httplib::Params{})->status == 403);
  // The button asks first ("Weet u het zeker?", a form of its own: no script needed) and
  // closes only on the confirmation, which carries the CSRF field too.
  auto asked = client.Post("/presenter/close", {{"Cookie", cookies}}, httplib::Params{{"csrf", form.csrf}});
  REQUIRE(asked->status == 200);
  CHECK(asked->body.find("Weet u het zeker?") != std::string::npos);
  CHECK(asked->body.find("name=\"confirm\" value=\"ja\"") != std::string::npos);
  CHECK(asked->body.find("name=\"csrf\" value=\"" + form.csrf + "\"") != std::string::npos);
  CHECK(asked->body.find("href=\"/presenter\"") != std::string::npos);  // "Nee, terug"
  peiling::Store store(web.db_path());
  CHECK(store.load_survey(web.survey_id).summary.open);
  CHECK(client.Post("/presenter/close", {{"Cookie", cookies}}, httplib::Params{{"confirm", "ja"}})->status == 403);
  auto closed = client.Post("/presenter/close", {{"Cookie", cookies}},
                            httplib::Params{{"csrf", form.csrf}, {"confirm", "ja"}});
  CHECK(closed->status == 303);
  CHECK_FALSE(store.load_survey(web.survey_id).summary.open);

  CHECK(client.Get("/g/ib")->status == 403);
  CHECK(web.post("ib", form, valid_ib_answers())->status == 403);
  CHECK(web.stored_responses() == 1);
  auto after = client.Get("/presenter", {{"Cookie", cookies}});
  CHECK(after->body.find("De peiling is gesloten") != std::string::npos);
  CHECK(after->body.find("/presenter/rapport/rapport.html") != std::string::npos);
  auto report = client.Get("/presenter/rapport/rapport.html", {{"Cookie", cookies}});
  CHECK(report->status == 200);
  // The same report as `peiling report` writes, statistics section and all.
  const auto cli = peiling::testing::run_process(PEILING_BINARY, {"report", "--db", web.db_path(), "--survey",
                                                std::to_string(web.survey_id), "--out", "cli-rapport"},
                               web.dir.path());
  REQUIRE(cli.exit_code == 0);
  CHECK(report->body == peiling::testing::read_file(web.dir.file("cli-rapport/rapport.html")));
  CHECK(client.Get("/presenter/rapport/rapport.html")->status == 403);
  CHECK(client.Get("/presenter/rapport/..%2Fpeiling.sqlite", {{"Cookie", cookies}})->status == 404);
}

TEST_CASE("a closed survey shows no form and stores nothing", "[web]") {
  WebFixture web("ib-taken-bespreking");
  auto form = web.open_form("/g/ib");
  {
    peiling::Store store(web.db_path());
    store.set_survey_open(web.survey_id, false);
  }
  // The batch writer refuses it even though the server had not seen the close yet.
  CHECK(web.post("ib", form, valid_ib_answers())->status == 403);
  CHECK(web.stored_responses() == 0);
}

TEST_CASE("one-time tokens: a token submits once, for its own group only", "[web]") {
  WebFixture web("ib-taken-bespreking");
  const std::string token = peiling::web::random_key();
  const std::string other_token = peiling::web::random_key();
  {
    peiling::Store store(web.db_path());
    store.add_tokens(web.survey_id, "ib", {peiling::web::secret_hash(token), peiling::web::secret_hash(other_token)});
  }
  CHECK(web.client().Get("/g/ib")->status == 403);  // token mode: no open group links
  CHECK(web.client().Get(("/t/" + peiling::web::random_key()).c_str())->status == 403);
  auto form = web.open_form("/t/" + token);
  CHECK(form.token == token);
  // An ib form is refused by another group's address (its nonce was issued for ib), and so
  // is an ib token on a form of another group.
  CHECK(web.post("leerkrachten", form, valid_ib_answers())->status == 400);
  FilledForm other_group = form;
  other_group.nonce = peiling::web::issue_form_nonce(
      peiling::Store(web.db_path()).web_form_key(web.survey_id, ""), web.survey_id, "leerkrachten");
  CHECK(web.post("leerkrachten", other_group, valid_ib_answers())->status == 403);
  FilledForm tokenless = form;
  tokenless.token = "";
  CHECK(web.post("ib", tokenless, valid_ib_answers())->status == 403);
  CHECK(web.post("ib", form, valid_ib_answers())->status == 200);
  CHECK(web.stored_responses() == 1);

  // Used: the link no longer opens a form, and a second form with the token is refused.
  CHECK(web.client().Get(("/t/" + token).c_str())->status == 403);
  FilledForm second = web.open_form("/t/" + other_token, form.cookie);
  second.token = token;
  CHECK(web.post("ib", second, valid_ib_answers())->status == 403);
  CHECK(web.stored_responses() == 1);
  peiling::Store store(web.db_path());
  peiling::RawQuery columns(store, "SELECT group_concat(name) FROM pragma_table_info('web_tokens')");
  columns.step();
  CHECK(columns.column_text(0) == "token_hash,survey_id,group_id,used,unit_id");  // nothing that leads to a response
}

TEST_CASE("oversized and malformed requests are refused without storing", "[web]") {
  WebFixture web("greven-fasen");
  auto form = web.open_form("/g/ib");
  auto big_field = httplib::Params{{"a:taak", std::string(20 * 1024, 'x')}};
  CHECK(web.post("ib", form, big_field)->status == 413);
  auto huge = httplib::Params{{"a:taak", std::string(70 * 1024, 'x')}};
  CHECK(web.post("ib", form, huge)->status == 413);
  httplib::Params many;
  for (int i = 0; i < 500; ++i) many.emplace("x" + std::to_string(i), "1");
  CHECK(web.post("ib", form, many)->status == 413);
  auto json = web.client().Post("/g/ib", {{"Cookie", form.cookie}}, "{\"a\":1}", "application/json");
  CHECK(json->status == 400);
  FilledForm bad_nonce = form;
  bad_nonce.nonce = "'; DROP TABLE responses; --";
  CHECK(web.post("ib", bad_nonce, {{"a:jaren", "3"}})->status == 400);
  CHECK(raw_status_line(web.port, "GARBAGE\r\n\r\n").find(" 400 ") != std::string::npos);
  CHECK(web.stored_responses() == 0);
  // Still serving afterwards.
  CHECK(web.client().Get("/static/peiling.js")->status == 200);
}
