// Who may use the workbench, and how forms prove they came from it. The key arrives once in
// the printed link (/?key=...), is kept in an HttpOnly, SameSite=Strict cookie and leaves
// the address bar by a redirect, as on the presenter page. A browser without it gets only
// the page that points to the terminal. CSRF tokens are nonces signed with a key this
// server made at start (form_nonce.h): issuing one stores nothing, and a page from an
// earlier run of the workbench asks to be reloaded.
#include <iostream>

#include "base/messages.h"
#include "engine/csv_reader.h"
#include "engine/csv_row_mapper.h"
#include "engine/definition_loader.h"
#include "web/form_nonce.h"
#include "web/security.h"
#include "web/workbench_pages.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

const char* const kKeyCookie = "peiling_workbench";
const char* const kCsrfPurpose = "workbench";

bool key_matches(const WorkbenchServer::State& state, const std::string& given) {
  return is_key_shaped(given) && constant_time_equal(given, state.config.key);
}

// Runs a handler, turning a refusal of the store, the definition loader or the CSV reader
// into a page with its message; anything else is the server's fault (500).
void run_guarded(WorkbenchServer::State& state, WorkbenchHandler handler, const httplib::Request& request,
                 httplib::Response& response) {
  try {
    handler(state, request, response);
  } catch (const StoreError& problem) {
    send_html(response, 400, workbench_message_page(text(Msg::wb_refused_title), problem.what()));
  } catch (const DefinitionError& problem) {
    send_html(response, 400, workbench_message_page(text(Msg::wb_refused_title), problem.what()));
  } catch (const CsvError& problem) {
    send_html(response, 400, workbench_message_page(text(Msg::wb_refused_title), problem.what()));
  } catch (const std::exception& problem) {
    std::cerr << "peiling workbench: " << request.method << " " << request.path << ": " << problem.what() << "\n";
    send_html(response, 500, workbench_message_page(text(Msg::web_went_wrong_title), problem.what()));
  }
}

}  // namespace

bool workbench_allowed(const WorkbenchServer::State& state, const httplib::Request& request) {
  return key_matches(state, cookie_value(request, kKeyCookie));
}

void refuse_without_key(httplib::Response& response) {
  send_html(response, 403,
            workbench_message_page(text(Msg::wb_no_access_title), text(Msg::wb_no_access)));
}

std::string workbench_csrf(const WorkbenchServer::State& state) {
  return issue_form_nonce(state.csrf_key, 0, kCsrfPurpose);
}

bool workbench_csrf_ok(const WorkbenchServer::State& state, const httplib::Request& request) {
  return is_issued_form_nonce(state.csrf_key, 0, kCsrfPurpose, posted_field(request, "csrf"));
}

std::string posted_field(const httplib::Request& request, const std::string& name) {
  if (request.has_file(name)) return request.get_file_value(name).content;
  if (request.has_param(name)) return request.get_param_value(name);
  return "";
}

std::int64_t survey_in_path(const httplib::Request& request) {
  if (request.matches.size() < 2) return 0;
  try {
    return std::stoll(request.matches[1].str());
  } catch (const std::exception&) {
    return 0;
  }
}

httplib::Server::Handler page_route(WorkbenchServer::State& state, WorkbenchHandler handler) {
  return [&state, handler](const httplib::Request& request, httplib::Response& response) {
    if (request.has_param("key") && key_matches(state, request.get_param_value("key"))) {
      response.set_header("Set-Cookie", std::string(kKeyCookie) + "=" + state.config.key +
                                            "; Path=/; HttpOnly; SameSite=Strict");
      response.set_redirect(request.path, 303);
      return;
    }
    if (!workbench_allowed(state, request)) return refuse_without_key(response);
    run_guarded(state, handler, request, response);
  };
}

httplib::Server::Handler form_route(WorkbenchServer::State& state, WorkbenchHandler handler) {
  return [&state, handler](const httplib::Request& request, httplib::Response& response) {
    if (!workbench_allowed(state, request)) return refuse_without_key(response);
    if (!workbench_csrf_ok(state, request))
      return send_html(response, 403, workbench_message_page(text(Msg::wb_form_expired_title), text(Msg::wb_form_expired)));
    run_guarded(state, handler, request, response);
  };
}

}  // namespace peiling::web
