// A web server for tests: a fresh database with one survey of a bundled questionnaire,
// the server on a free loopback port in a thread, and a client that fills in its forms
// the way a browser does (form page first: cookie, CSRF field and nonce). The database is an
// SQLite file in a scratch folder unless a location is given (a PostgreSQL URI), and more
// servers of the same survey may join (issue 18: several web servers, one database).
#pragma once

#include <httplib.h>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <thread>

#include "engine/definition_loader.h"
#include "engine/store.h"
#include "raw_query.h"
#include "test_support.h"
#include "web/server.h"

namespace peiling::testing {

struct FilledForm {
  std::string cookie;  // the Cookie header a browser would send back
  std::string csrf;
  std::string nonce;
  std::string token;
};

class WebFixture {
 public:
  // `adjust` may change the server's settings (limits, threads) before it starts.
  explicit WebFixture(const std::string& questionnaire_id,
                      std::function<void(web::ServerConfig&)> adjust = {}, std::string database = "")
      : adjust_(std::move(adjust)), database_(database.empty() ? dir.file("peiling.sqlite") : std::move(database)) {
    const std::string file = std::string(PEILING_SOURCE_DIR) + "/questionnaires/" + questionnaire_id + ".json";
    Store store(db_path());
    const std::string text = read_definition_text(file);
    const auto row = store.save_questionnaire(text, parse_definition(text, file));
    std::vector<GroupInvitation> invitations;
    for (const auto& group : parse_definition(text, file).groups) invitations.push_back({group.id, 5});
    survey_id = store.create_survey(row, "test", invitations);
    key = "0123456789abcdef0123456789abcdef";
    start();
  }
  ~WebFixture() {
    for (auto& other : others_) other.stop();
    halt();
  }

  // Stops the server (every acknowledged form is committed) and starts a new one on the
  // same database, as `peiling serve` run again would.
  void restart() {
    halt();
    start();
  }

  // Another server of the same survey and database, as a second `peiling serve` would be;
  // returns its port (give it to open_form and post). Stopped with the fixture.
  int start_another_server() {
    web::ServerConfig config{db_path(), survey_id, key, "", dir.path() / "rapport", 16};
    others_.emplace_back(config);
    return others_.back().port;
  }

  std::string db_path() const { return database_; }
  // A client of the first server, or of the one on `server_port`.
  httplib::Client client(int server_port = 0) const {
    httplib::Client client("127.0.0.1", server_port == 0 ? port : server_port);
    client.set_read_timeout(10, 0);
    return client;
  }

  // Opens a form page (/g/GROUP or /t/TOKEN) and keeps what the browser would keep.
  FilledForm open_form(const std::string& path, std::string cookie = "", int server_port = 0) {
    auto result = client(server_port).Get(path.c_str(), cookie.empty() ? httplib::Headers{} : httplib::Headers{{"Cookie", cookie}});
    REQUIRE(result);
    REQUIRE(result->status == 200);
    FilledForm form;
    const std::string set_cookie = result->get_header_value("Set-Cookie");
    form.cookie = set_cookie.empty() ? cookie : set_cookie.substr(0, set_cookie.find(';'));
    form.csrf = hidden_field(result->body, "csrf");
    form.nonce = hidden_field(result->body, "nonce");
    form.token = hidden_field(result->body, "token");
    return form;
  }

  // Posts fields (plus the form's hidden fields) to /g/GROUP.
  httplib::Result post(const std::string& group, const FilledForm& form, httplib::Params fields, int server_port = 0) {
    fields.emplace("csrf", form.csrf);
    fields.emplace("nonce", form.nonce);
    if (!form.token.empty()) fields.emplace("token", form.token);
    return client(server_port).Post(("/g/" + group).c_str(), httplib::Headers{{"Cookie", form.cookie}}, fields);
  }

  int stored_responses() {
    Store store(db_path());
    return store.load_survey(survey_id).summary.responses;
  }

  ScratchDir dir;
  std::int64_t survey_id = 0;
  std::string key;
  std::unique_ptr<web::WebServer> server;
  int port = 0;
  std::thread thread;

 private:
  void start() {
    web::ServerConfig config{db_path(), survey_id, key, "", dir.path() / "rapport", 16};
    if (adjust_) adjust_(config);
    server = std::make_unique<web::WebServer>(config);
    port = server->bind("127.0.0.1", 0);
    server->set_public_url("http://127.0.0.1:" + std::to_string(port));
    thread = std::thread([this] { server->run(); });
  }
  void halt() {
    server->stop();
    thread.join();
    server.reset();
  }

  // A server beside the first, in a thread of its own.
  struct OtherServer {
    std::unique_ptr<web::WebServer> server;
    int port = 0;
    std::thread thread;
    explicit OtherServer(const web::ServerConfig& config) : server(std::make_unique<web::WebServer>(config)) {
      port = server->bind("127.0.0.1", 0);
      thread = std::thread([this] { server->run(); });
    }
    OtherServer(const OtherServer&) = delete;  // its thread holds `this`
    void stop() {
      server->stop();
      thread.join();
    }
  };

  std::function<void(web::ServerConfig&)> adjust_;
  std::string database_;
  std::deque<OtherServer> others_;

  static std::string hidden_field(const std::string& html, const std::string& name) {
    std::smatch match;
    const std::regex pattern("name=\"" + name + "\" value=\"([^\"]*)\"");
    return std::regex_search(html, match, pattern) ? match[1].str() : "";
  }
};

}  // namespace peiling::testing
