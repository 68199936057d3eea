// The workbench server: its own gate and routes on the same machinery as the web form
// (connection_gate.h reads every request whole first), with a larger body limit for
// uploads, and its own headers: the report may be shown in a frame of the workbench.
#include "web/workbench_server.h"

#include <cstdlib>

#include "base/messages.h"
#include "web/html_page.h"
#include "web/security.h"
#include "web/server_request_stream.h"
#include "web/static_assets.h"
#include "web/workbench_assets.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

const httplib::Headers& workbench_headers() {
  static const httplib::Headers headers{
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"}};
  return headers;
}

std::string refusal(int status) {
  const std::string body = message_page(text(Msg::web_error_title, status),
                                        text(status == 413 ? Msg::wb_file_too_large : Msg::wb_cannot_handle));
  std::string response = "HTTP/1.1 " + std::to_string(status) + " Refused\r\n";
  for (const auto& [name, value] : workbench_headers()) response += name + ": " + value + "\r\n";
  return response + "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\n\r\n" + body;
}

// A private folder for uploads waiting for confirmation (mode 0700, removed on exit).
std::filesystem::path make_upload_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "peiling-werkbank-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error(text(Msg::wb_no_upload_folder));
  return pattern;
}

void add_static_routes(httplib::Server& http) {
  http.Get("/static/peiling.css", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string(kStyleSheet) + std::string(kWorkbenchStyle), "text/css; charset=utf-8");
  });
  http.Get("/static/peiling.js", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string(kScript), "text/javascript; charset=utf-8");
  });
  http.Get("/static/workbench.js", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string(kWorkbenchScript), "text/javascript; charset=utf-8");
  });
}

void set_limits_and_headers(WorkbenchServer::State& state) {
  auto& http = state.http;
  http.set_payload_max_length(state.config.limits.request.max_body_bytes);
  http.set_default_headers(workbench_headers());
  http.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty()) return;
    response.set_content(message_page(text(Msg::web_error_title, response.status),
                                      text(response.status == 404 ? Msg::web_error_404 : Msg::wb_cannot_handle)),
                         "text/html; charset=utf-8");
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    send_message(response, 500, text(Msg::web_went_wrong_title), text(Msg::wb_request_failed));
  });
}

}  // namespace

WorkbenchServer::State::State(WorkbenchConfig settings)
    : config(std::move(settings)),
      csrf_key(random_key()),
      upload_dir(make_upload_dir()),
      store(config.db_path),
      gate(config.limits, static_cast<std::size_t>(config.threads),
           [this](int socket, const std::string& request, bool last) {
             RequestStream stream(socket, request, config.limits.write_timeout);
             bool closed = false;
             const bool answered = http.answer(stream, last, closed);
             return answered && !closed && !stream.write_failed();
           },
           refusal) {}

WorkbenchServer::State::~State() {
  std::error_code ignored;
  std::filesystem::remove_all(upload_dir, ignored);
}

WorkbenchServer::WorkbenchServer(WorkbenchConfig config) : state_(std::make_unique<State>(std::move(config))) {
  set_limits_and_headers(*state_);
  add_static_routes(state_->http);
  add_workbench_survey_routes(*state_);
  add_workbench_import_routes(*state_);
  add_workbench_report_routes(*state_);
  add_workbench_unit_report_routes(*state_);
  add_workbench_coding_routes(*state_);
  add_workbench_collect_routes(*state_);
  add_workbench_definition_routes(*state_);
}

WorkbenchServer::~WorkbenchServer() { stop(); }

int WorkbenchServer::bind(const std::string& host, int port) { return state_->gate.bind(host, port); }
void WorkbenchServer::run() { state_->gate.run(); }
void WorkbenchServer::stop() { state_->gate.stop(); }

}  // namespace peiling::web
