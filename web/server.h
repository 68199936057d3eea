// The web form's HTTP server (cpp-httplib) for one survey: respondent pages, the presenter
// page behind a secret key, and the script and style sheet. Valid submissions are committed
// durably (group commit) before the thank-you page is sent.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "web/connection_gate.h"

namespace peiling::web {

struct ServerConfig {
  std::string db_path;
  std::int64_t survey_id = 0;
  std::string presenter_key;        // 32 hex digits (random_key())
  std::string public_url;           // how respondents reach the server, e.g. http://192.168.1.5:8080
  std::filesystem::path report_dir; // where the report is written once the survey is closed
  int threads = 96;                 // requests answered at once (each waits for its commit)
  ConnectionLimits limits{};        // deadlines and sizes while a request arrives (connection_gate.h)
};

class WebServer {
 public:
  // Opens the store and checks the survey exists (StoreError otherwise).
  explicit WebServer(ServerConfig config);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds to host:port (port 0: any free port) and returns the port; throws std::runtime_error.
  int bind(const std::string& host, int port);
  // Serves until stop(); then every accepted submission is committed before it returns.
  void run();
  void stop();  // safe from any thread (a signal-waiting thread, a test)

  const ServerConfig& config() const;
  void set_public_url(const std::string& url);

  struct State;  // internal to web/ (server_state.h): what the route handlers share

 private:
  std::unique_ptr<State> state_;
};

}  // namespace peiling::web
