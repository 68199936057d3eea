// The workbench's Collect page: it starts a survey's respondent form as `peiling serve`
// does (on loopback unless the network is chosen), shows its links and QR code, stops it,
// and makes one-time token slips as `peiling tokens` does.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "workbench_fixture.h"

using peiling::testing::WorkbenchFixture;

namespace {

// The port of the running form, read off the page's address line.
int form_port(const std::string& page) {
  std::smatch match;
  REQUIRE(std::regex_search(page, match, std::regex(R"(href="http://127\.0\.0\.1:(\d+)/")")));
  return std::stoi(match[1].str());
}

httplib::Client form_client(int port) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(10, 0);
  client.set_connection_timeout(2, 0);
  return client;
}

}  // namespace

TEST_CASE("workbench: the Collect page starts the respondent form, shows its links and stops it", "[web][workbench]") {
  WorkbenchFixture bench;
  const auto id = bench.create_survey("ib-taken-bespreking", "nulmeting");
  const std::string path = "/peilingen/" + std::to_string(id) + "/verzamelen";
  CHECK(bench.get("/")->body.find("href=\"" + path + "\"") != std::string::npos);
  auto before = bench.get(path);
  REQUIRE(before->status == 200);
  CHECK(before->body.find("Formulier starten") != std::string::npos);
  CHECK(before->body.find("value=\"computer\" checked") != std::string::npos);
  CHECK(bench.post(path + "/starten", {{"scope", "computer", "", ""}}, false)->status == 403);  // no CSRF token

  auto started = bench.post(path + "/starten", {{"scope", "computer", "", ""}});
  REQUIRE(started->status == 303);
  CHECK(started->get_header_value("Location") == path + "?gedaan=gestart");
  auto page = bench.get(path + "?gedaan=gestart");
  REQUIRE(page->status == 200);
  CHECK(page->body.find("Het formulier is gestart") != std::string::npos);
  CHECK(page->body.find("<svg class=\"qr\"") != std::string::npos);
  const int port = form_port(page->body);
  CHECK(page->body.find("http://127.0.0.1:" + std::to_string(port) + "/g/ib") != std::string::npos);
  CHECK(page->body.find("/presenter?key=") != std::string::npos);
  auto form = form_client(port).Get("/g/ib");
  REQUIRE(form);
  CHECK(form->status == 200);
  CHECK(form->body.find("<form") != std::string::npos);

  REQUIRE(bench.post(path + "/stoppen", {})->status == 303);
  CHECK(bench.get(path + "?gedaan=gestopt")->body.find("Het formulier is gestopt") != std::string::npos);
  CHECK_FALSE(form_client(port).Get("/g/ib"));  // nobody listens there any more
}

TEST_CASE("workbench: token slips as 'peiling tokens' makes them, once the form runs", "[web][workbench]") {
  WorkbenchFixture bench;
  const auto id = bench.create_survey("ib-taken-bespreking", "nulmeting");
  const std::string path = "/peilingen/" + std::to_string(id) + "/verzamelen";
  // Without a running form the slips would hold no address.
  CHECK(bench.post(path + "/briefjes", {{"group", "ib", "", ""}, {"count", "3", "", ""}})->status == 400);
  REQUIRE(bench.post(path + "/starten", {{"scope", "computer", "", ""}})->status == 303);
  const int port = form_port(bench.get(path)->body);
  CHECK(bench.post(path + "/briefjes", {{"group", "ib", "", ""}, {"count", "0", "", ""}})->status == 422);
  CHECK(bench.post(path + "/briefjes", {{"group", "ib", "", ""}, {"count", "1001", "", ""}})->status == 422);
  CHECK(bench.post(path + "/briefjes", {{"group", "niemand", "", ""}, {"count", "3", "", ""}})->status == 400);
  {
    peiling::Store store(bench.db_path());
    CHECK_FALSE(store.survey_uses_tokens(id));
  }
  auto slips = bench.post(path + "/briefjes", {{"group", "ib", "", ""}, {"count", "3", "", ""}});
  REQUIRE(slips->status == 200);
  CHECK(slips->get_header_value("Content-Disposition") ==
        "attachment; filename=\"briefjes-peiling-" + std::to_string(id) + ".html\"");
  const std::regex token_link("http://127\\.0\\.0\\.1:" + std::to_string(port) + "/t/([0-9a-f]{32})");
  std::set<std::string> tokens;
  for (std::sregex_iterator it(slips->body.begin(), slips->body.end(), token_link), end; it != end; ++it)
    tokens.insert((*it)[1].str());
  REQUIRE(tokens.size() == 3);
  {
    peiling::Store store(bench.db_path());
    CHECK(store.survey_uses_tokens(id));
  }
  CHECK(form_client(port).Get(("/t/" + *tokens.begin()).c_str())->status == 200);
  CHECK(form_client(port).Get("/g/ib")->status != 200);  // with tokens, the group links no longer open
  CHECK(bench.get(path)->body.find("eenmalige codes: respondenten gebruiken de link op hun briefje") !=
        std::string::npos);
}

TEST_CASE("workbench: a closed survey's form does not start, and deleting a survey stops its form", "[web][workbench]") {
  WorkbenchFixture bench;
  const auto id = bench.create_survey("ib-taken-bespreking", "nulmeting");
  const std::string path = "/peilingen/" + std::to_string(id);
  REQUIRE(bench.post(path + "/verzamelen/starten", {{"scope", "computer", "", ""}})->status == 303);
  const int port = form_port(bench.get(path + "/verzamelen")->body);
  REQUIRE(bench.post(path + "/verwijderen", {})->status == 303);
  CHECK_FALSE(form_client(port).Get("/g/ib"));

  const auto closed = bench.create_survey("ib-taken-bespreking", "gesloten");
  const std::string closed_path = "/peilingen/" + std::to_string(closed);
  REQUIRE(bench.post(closed_path + "/sluiten", {})->status == 303);
  CHECK(bench.get(closed_path + "/verzamelen")->body.find("Heropen haar eerst") != std::string::npos);
  CHECK(bench.post(closed_path + "/verzamelen/starten", {{"scope", "computer", "", ""}})->status == 400);
}

TEST_CASE("workbench: a form still running when the workbench stops runs again, on its old port, in the next one",
          "[web][workbench]") {
  WorkbenchFixture bench;
  const auto id = bench.create_survey("ib-taken-bespreking", "nulmeting");
  const auto other = bench.create_survey("ib-taken-bespreking", "herhaling");
  const std::string path = "/peilingen/" + std::to_string(id) + "/verzamelen";
  const std::string other_path = "/peilingen/" + std::to_string(other) + "/verzamelen";
  REQUIRE(bench.post(path + "/starten", {{"scope", "computer", "", ""}})->status == 303);
  REQUIRE(bench.post(other_path + "/starten", {{"scope", "computer", "", ""}})->status == 303);
  const int port = form_port(bench.get(path)->body);
  const int other_port = form_port(bench.get(other_path)->body);

  bench.restart();
  auto page = bench.get(path);
  CHECK(page->body.find("is weer gestart, op hetzelfde adres") != std::string::npos);
  CHECK(form_port(page->body) == port);
  auto form = form_client(port).Get("/g/ib");
  REQUIRE(form);
  CHECK(form->status == 200);

  // Stopped by hand it stays stopped; a form whose port another program took says so plainly.
  REQUIRE(bench.post(path + "/stoppen", {})->status == 303);
  bench.stop();
  httplib::Server squatter;
  REQUIRE(squatter.bind_to_port("127.0.0.1", other_port));
  std::thread squatting([&squatter] { squatter.listen_after_bind(); });
  bench.start();
  CHECK(bench.get(path)->body.find("Formulier starten") != std::string::npos);
  auto stopped = bench.get(other_path);
  CHECK(stopped->body.find("maar is gestopt: poort " + std::to_string(other_port) + " is nu in gebruik") !=
        std::string::npos);
  CHECK(stopped->body.find("Formulier starten") != std::string::npos);
  squatter.stop();
  squatting.join();
}
