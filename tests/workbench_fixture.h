// The workbench for tests: a fresh database, the server on a free loopback port in a
// thread, and a client that holds the key cookie and reads CSRF tokens off the pages, the
// way a browser that opened the printed link does.
#pragma once

#include <httplib.h>

#include <memory>
#include <regex>
#include <string>
#include <thread>

#include "engine/store.h"
#include "test_support.h"
#include "web/workbench_server.h"

namespace peiling::testing {

class WorkbenchFixture {
 public:
  // `database`: a PostgreSQL URI (FreshDatabase) instead of a file in the scratch folder.
  explicit WorkbenchFixture(std::string database = "") : database_(std::move(database)) { start(); }
  ~WorkbenchFixture() { stop(); }

  // Stops the workbench and starts a new one on the same database and reports folder (a
  // researcher closing the terminal and running `peiling workbench` again).
  void restart() {
    stop();
    start();
  }

  std::string db_path() const { return database_.empty() ? dir.file("peiling.sqlite") : database_; }

  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(60, 0);
    return client;
  }
  // The Cookie header of a browser that opened the link.
  httplib::Headers with_key() const { return {{"Cookie", "peiling_workbench=" + key}}; }

  httplib::Result get(const std::string& path) { return client().Get(path.c_str(), with_key()); }

  // A CSRF token from a page of the workbench, as its forms carry it.
  std::string csrf() {
    auto page = get("/");
    REQUIRE(page);
    std::smatch match;
    REQUIRE(std::regex_search(page->body, match, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\"")));
    return match[1].str();
  }

  // A multipart form post (as the workbench's forms send), the CSRF token added unless given.
  httplib::Result post(const std::string& path, httplib::MultipartFormDataItems items, bool add_csrf = true) {
    if (add_csrf) items.push_back({"csrf", csrf(), "", ""});
    return client().Post(path.c_str(), with_key(), items);
  }

  // Creates a survey of a bundled questionnaire through the two steps of the page, inviting
  // `invited` people in each group; returns its id.
  std::int64_t create_survey(const std::string& bundled, const std::string& label, int invited = 5) {
    auto first = post("/peilingen/nieuw", {{"bundled", bundled, "", ""}});
    REQUIRE(first);
    REQUIRE(first->status == 200);
    httplib::MultipartFormDataItems items{{"label", label, "", ""},
                                          {"definition_text", hidden_value(first->body, "definition_text"), "", ""},
                                          {"source_name", hidden_value(first->body, "source_name"), "", ""}};
    const std::regex group_field("name=\"(invited:[^\"]+)\"");
    for (std::sregex_iterator it(first->body.begin(), first->body.end(), group_field), end; it != end; ++it)
      items.push_back({(*it)[1].str(), std::to_string(invited), "", ""});
    auto made = post("/peilingen/maken", items);
    REQUIRE(made);
    REQUIRE(made->status == 303);
    Store store(db_path());
    return store.list_surveys().back().id;
  }

  // The text of a hidden field, entities undone (the page escapes it).
  static std::string hidden_value(const std::string& html, const std::string& name) {
    const std::string marker = "name=\"" + name + "\" value=\"";
    const auto start = html.find(marker);
    REQUIRE(start != std::string::npos);
    const auto from = start + marker.size();
    std::string value = html.substr(from, html.find('"', from) - from);
    for (const auto& [entity, text] : {std::pair<std::string, std::string>{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                                       {"&#39;", "'"}, {"&amp;", "&"}})
      for (std::size_t at; (at = value.find(entity)) != std::string::npos;) value.replace(at, entity.size(), text);
    return value;
  }

  void start() {
    web::WorkbenchConfig config;
    config.db_path = db_path();
    config.key = key;
    config.reports_dir = dir.path() / "rapporten";
    config.questionnaire_dir = std::string(PEILING_SOURCE_DIR) + "/questionnaires";
    server = std::make_unique<web::WorkbenchServer>(config);
    port = server->bind("127.0.0.1", 0);
    thread = std::thread([this] { server->run(); });
  }
  void stop() {
    server->stop();
    thread.join();
    server.reset();
  }

  ScratchDir dir;
  std::string database_;
  std::string key = "0123456789abcdef0123456789abcdef";
  std::unique_ptr<web::WorkbenchServer> server;
  int port = 0;
  std::thread thread;
};

}  // namespace peiling::testing
