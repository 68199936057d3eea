// The workbench's Collect page (issue 17): start a survey's respondent form as `peiling
// serve` does (the same WebServer, in a thread of the workbench, on a free port), for this
// computer only or for the network; show its links, QR code and presenter link; stop it;
// and make one-time token slips as `peiling tokens` does (only the hashes are stored, the
// slips are a download that is not kept).
#include <algorithm>

#include "base/messages.h"
#include "web/network_address.h"
#include "web/security.h"
#include "web/token_slips.h"
#include "web/workbench_collect_page.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

constexpr int kMaxSlips = 1000;

std::string collect_path(std::int64_t id) { return "/peilingen/" + std::to_string(id) + "/verzamelen"; }

// Reads the survey and the running form (if any) into the page's view; store_mutex held.
CollectView collect_view(WorkbenchServer::State& state, std::int64_t id) {
  CollectView view;
  view.survey = {state.store.load_survey(id), state.store.questionnaire_of(id)};
  view.uses_tokens = state.store.survey_uses_tokens(id);
  const auto running = state.running_forms.find(id);
  if (running != state.running_forms.end()) {
    const ServerConfig& config = running->second->server->config();
    view.running = true;
    view.network = running->second->network;
    view.public_url = config.public_url;
    view.presenter_url = config.public_url + "/presenter?key=" + config.presenter_key;
  }
  view.csrf = workbench_csrf(state);
  return view;
}

void send_collect_page(WorkbenchServer::State& state, std::int64_t id, httplib::Response& response, int status,
                       const std::string& notice, const std::string& error) {
  CollectView view;
  {
    std::lock_guard lock(state.store_mutex);
    view = collect_view(state, id);
  }
  view.notice = notice;
  view.error = error;
  send_html(response, status, collect_page(view));
}

void get_collect(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const std::string done = request.has_param("gedaan") ? request.get_param_value("gedaan") : "";
  const std::string notice = done == "gestart"   ? text(Msg::wb_collect_started)
                             : done == "gestopt" ? text(Msg::wb_collect_stopped)
                                                 : "";
  send_collect_page(state, survey_in_path(request), response, 200, notice, "");
}

// A new form server for the survey on a free port; on the network it is reached at this
// computer's network address (as `peiling serve --host 0.0.0.0` prints it).
std::unique_ptr<RunningForm> start_form(WorkbenchServer::State& state, std::int64_t id, bool network) {
  auto form = std::make_unique<RunningForm>();
  form->network = network;
  ServerConfig config{state.config.db_path, id, random_key(), "", state.report_dir(id)};
  form->server = std::make_unique<WebServer>(config);
  const int port = form->server->bind(network ? "0.0.0.0" : "127.0.0.1", 0);
  form->server->set_public_url("http://" + (network ? network_address() : std::string("127.0.0.1")) + ":" +
                               std::to_string(port));
  WebServer* server = form->server.get();
  form->thread = std::thread([server] { server->run(); });
  return form;
}

void post_start(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const bool network = posted_field(request, "scope") == "netwerk";
  {
    std::lock_guard lock(state.store_mutex);
    if (!state.store.load_survey(id).summary.open) throw StoreError(text(Msg::wb_collect_closed));
    state.running_forms.erase(id);  // a form started again (say, now for the network) replaces the old one
    state.running_forms[id] = start_form(state, id, network);
  }
  response.set_redirect(collect_path(id) + "?gedaan=gestart", 303);
}

void post_stop(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  std::unique_ptr<RunningForm> stopped;
  {
    std::lock_guard lock(state.store_mutex);
    const auto running = state.running_forms.find(id);
    if (running != state.running_forms.end()) {
      stopped = std::move(running->second);
      state.running_forms.erase(running);
    }
  }
  stopped.reset();  // stops the server and waits for its last submissions, outside the lock
  response.set_redirect(collect_path(id) + "?gedaan=gestopt", 303);
}

std::optional<int> slip_count(const std::string& text) {
  if (text.empty() || text.size() > 4 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const int count = std::stoi(text);
  return count >= 1 && count <= kMaxSlips ? std::optional<int>(count) : std::nullopt;
}

// The slips page as a download; the tokens' hashes are stored only once it is made, so no
// token exists that nobody can hand out.
void post_slips(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const auto count = slip_count(posted_field(request, "count"));
  if (!count) return send_collect_page(state, id, response, 422, "", text(Msg::wb_slips_count_range));
  std::lock_guard lock(state.store_mutex);
  const CollectView view = collect_view(state, id);
  if (!view.running) throw StoreError(text(Msg::wb_slips_need_form));
  const RespondentGroup* group = view.survey.questionnaire.find_group(posted_field(request, "group"));
  if (!group) throw StoreError(text(Msg::wb_slips_group_unknown));
  std::vector<std::string> tokens;
  std::vector<std::string> hashes;
  for (int i = 0; i < *count; ++i) {
    tokens.push_back(random_key());
    hashes.push_back(secret_hash(tokens.back()));
  }
  const std::string page = token_slips_page(view.survey.questionnaire.title, group->label, view.public_url, tokens);
  state.store.add_tokens(id, group->id, hashes);
  response.set_header("Content-Disposition",
                      "attachment; filename=\"briefjes-peiling-" + std::to_string(id) + ".html\"");
  response.set_content(page, "text/html; charset=utf-8");
}

}  // namespace

void add_workbench_collect_routes(WorkbenchServer::State& state) {
  auto& http = state.http;
  http.Get(R"(/peilingen/(\d{1,18})/verzamelen)", page_route(state, get_collect));
  http.Post(R"(/peilingen/(\d{1,18})/verzamelen/starten)", form_route(state, post_start));
  http.Post(R"(/peilingen/(\d{1,18})/verzamelen/stoppen)", form_route(state, post_stop));
  http.Post(R"(/peilingen/(\d{1,18})/verzamelen/briefjes)", form_route(state, post_slips));
}

}  // namespace peiling::web
