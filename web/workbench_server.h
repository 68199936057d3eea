// The researcher's workbench (issue 17): a local web application for what otherwise needs
// the terminal (create, open, close and delete surveys with live counts, import a CSV after
// a dry run, write and view the report). Like the respondent form it is server-rendered
// HTML that works without JavaScript. It answers only a browser that holds its secret key
// (given once in the printed link, then kept in a cookie), every form carries a signed
// CSRF token, and it listens on loopback unless told otherwise.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "web/connection_gate.h"

namespace peiling::web {

// Largest request the workbench reads (an uploaded definition or CSV and the form around it).
constexpr std::size_t kMaxWorkbenchUploadBytes = 8 * 1024 * 1024;

struct WorkbenchConfig {
  std::string db_path;
  std::string key;                   // 32 hex digits (random_key()): the secret in the printed link
  std::filesystem::path reports_dir; // each survey's report goes to reports_dir/peiling-ID
  std::filesystem::path questionnaire_dir;  // the bundled definitions offered for a new survey
  int threads = 8;
  ConnectionLimits limits = workbench_limits();

  static ConnectionLimits workbench_limits() {
    ConnectionLimits limits;
    limits.request.max_body_bytes = kMaxWorkbenchUploadBytes;
    limits.body_timeout = std::chrono::milliseconds(60000);  // a large upload over a slow laptop
    return limits;
  }
};

class WorkbenchServer {
 public:
  // Opens (or creates) the database.
  explicit WorkbenchServer(WorkbenchConfig config);
  ~WorkbenchServer();
  WorkbenchServer(const WorkbenchServer&) = delete;
  WorkbenchServer& operator=(const WorkbenchServer&) = delete;

  int bind(const std::string& host, int port);  // port 0: any free port; returns the port
  void run();                                   // until stop()
  void stop();                                  // from any thread

  struct State;  // internal (workbench_state.h)

 private:
  std::unique_ptr<State> state_;
};

}  // namespace peiling::web
