// What the workbench's route handlers share (internal to web/): the store, the keys, the
// uploads waiting for confirmation, and the helpers for access, CSRF and form fields.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <memory>
#include <string>
#include <thread>

#include "engine/column_mapping.h"
#include "engine/store.h"
#include "web/server.h"
#include "web/server_state.h"
#include "web/workbench_pages.h"
#include "web/workbench_server.h"

namespace peiling::web {

// An uploaded CSV whose dry run passed, waiting for the user to confirm the import (or, for
// an exported form in another layout, waiting for its columns to be mapped on the page).
struct PendingImport {
  std::int64_t survey_id = 0;
  std::filesystem::path file;
  bool mapped = false;    // imported through `mapping`, chosen on the page
  ColumnMapping mapping;
  bool checked = false;   // its dry run passed: it may be stored
};

// A survey's respondent form, started from the Collect page: the same server as `peiling
// serve` runs, in a thread of the workbench, until stopped there or the workbench stops.
struct RunningForm {
  std::unique_ptr<WebServer> server;
  std::thread thread;
  bool network = false;  // listening on every address (phones), not only on loopback
  int port = 0;
  bool restored = false;  // started again by a new workbench, on the port it had before
  ~RunningForm() {
    if (server) server->stop();
    if (thread.joinable()) thread.join();
  }
};

struct WorkbenchServer::State {
  explicit State(WorkbenchConfig settings);
  ~State();

  WorkbenchConfig config;
  std::string csrf_key;              // signs this server's CSRF tokens (form_nonce.h)
  std::filesystem::path upload_dir;  // a private temporary folder, removed on exit
  Store store;                       // guarded by store_mutex
  std::mutex store_mutex;
  std::map<std::string, PendingImport> pending_imports;  // by a random id; guarded by store_mutex
  std::map<std::string, std::string> definition_previews;  // checked definitions by a random id; store_mutex
  RoutingServer http;
  ConnectionGate gate;
  // By survey id; guarded by store_mutex. Last, so the forms stop before the rest goes.
  std::map<std::int64_t, std::unique_ptr<RunningForm>> running_forms;
  // Forms that ran when the last workbench stopped but could not start again (their port
  // taken), by survey id with that port; store_mutex. Cleared when the form is started.
  std::map<std::int64_t, int> unrestored_forms;

  std::filesystem::path report_dir(std::int64_t survey_id) const {
    return config.reports_dir / ("peiling-" + std::to_string(survey_id));
  }
};

// True when the request carries the key (in the link or the cookie it set).
bool workbench_allowed(const WorkbenchServer::State& state, const httplib::Request& request);
// The page for a browser without the key: "use the link from the terminal window".
void refuse_without_key(httplib::Response& response);

// A new CSRF token for a form of this server, and the check of a posted one.
std::string workbench_csrf(const WorkbenchServer::State& state);
bool workbench_csrf_ok(const WorkbenchServer::State& state, const httplib::Request& request);

// A posted field, from a urlencoded or a multipart body; "" when absent.
std::string posted_field(const httplib::Request& request, const std::string& name);
// The survey id in the path (/peilingen/ID/...), 0 when it is no number.
std::int64_t survey_in_path(const httplib::Request& request);

// The bundled definitions in `folder` that load, by title (a broken one is not offered).
std::vector<BundledDefinition> bundled_definitions(const std::filesystem::path& folder);

// A handler bound to the state, running only for a browser with the key (and, for posts,
// a valid CSRF token); StoreError and friends become a page with their message.
using WorkbenchHandler = void (*)(WorkbenchServer::State&, const httplib::Request&, httplib::Response&);
httplib::Server::Handler page_route(WorkbenchServer::State& state, WorkbenchHandler handler);
httplib::Server::Handler form_route(WorkbenchServer::State& state, WorkbenchHandler handler);

void add_workbench_survey_routes(WorkbenchServer::State& state);
void add_workbench_import_routes(WorkbenchServer::State& state);
void add_workbench_report_routes(WorkbenchServer::State& state);
void add_workbench_unit_report_routes(WorkbenchServer::State& state);
void add_workbench_coding_routes(WorkbenchServer::State& state);
void add_workbench_collect_routes(WorkbenchServer::State& state);
void add_workbench_definition_routes(WorkbenchServer::State& state);

}  // namespace peiling::web
