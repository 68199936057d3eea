// The workbench's Collect page (issue 17): start a survey's respondent form as `peiling
// serve` does (the same WebServer, in a thread of the workbench, on a free port), for this
// computer only or for the network; show its links, QR code (per unit, for a survey with
// units) and presenter link; stop it; and make one-time token slips as `peiling tokens` does (only the hashes are stored, the
// slips are a download that is not kept). A form still running when the workbench stops is
// started again by the next one on the same port (workbench_form_memory.h).
#include <algorithm>

#include "base/messages.h"
#include "web/network_address.h"
#include "web/security.h"
#include "web/token_slips.h"
#include "web/workbench_collect_page.h"
#include "web/workbench_form_memory.h"
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
  view.units = state.store.unit_tallies(id);
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

// What the page says about a form the previous workbench had running: started again on its
// old address, or stopped because that address was taken; store_mutex held.
std::string restart_notice(const WorkbenchServer::State& state, std::int64_t id) {
  const auto running = state.running_forms.find(id);
  if (running != state.running_forms.end() && running->second->restored) return text(Msg::wbc_form_restored);
  const auto stopped = state.unrestored_forms.find(id);
  if (stopped != state.unrestored_forms.end()) return text(Msg::wbc_form_not_restored, stopped->second);
  return "";
}

void get_collect(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const std::string done = request.has_param("gedaan") ? request.get_param_value("gedaan") : "";
  std::string notice = done == "gestart"   ? text(Msg::wb_collect_started)
                       : done == "gestopt" ? text(Msg::wb_collect_stopped)
                                           : "";
  if (notice.empty()) {
    std::lock_guard lock(state.store_mutex);
    notice = restart_notice(state, survey_in_path(request));
  }
  send_collect_page(state, survey_in_path(request), response, 200, notice, "");
}

// Writes down which forms run now, for the next workbench; store_mutex held.
void remember_forms(const WorkbenchServer::State& state) {
  std::vector<RememberedForm> forms;
  for (const auto& [id, form] : state.running_forms) forms.push_back({id, form->network, form->port});
  write_remembered_forms(form_memory_file(state.config.reports_dir), forms);
}

// A new form server for the survey on `port` (0: a free one); on the network it is reached at
// this computer's network address (as `peiling serve --host 0.0.0.0` prints it).
std::unique_ptr<RunningForm> start_form(WorkbenchServer::State& state, std::int64_t id, bool network, int port = 0) {
  auto form = std::make_unique<RunningForm>();
  form->network = network;
  ServerConfig config{state.config.db_path, id, random_key(), "", state.report_dir(id)};
  form->server = std::make_unique<WebServer>(config);
  port = form->server->bind(network ? "0.0.0.0" : "127.0.0.1", port);
  form->port = port;
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
    state.unrestored_forms.erase(id);
    remember_forms(state);
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
    state.unrestored_forms.erase(id);
    remember_forms(state);
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
  // With units, the slips are one school's: chosen from the survey's own units.
  const UnitTally* unit = nullptr;
  if (!view.units.empty()) {
    const std::string chosen = posted_field(request, "unit");
    const auto found = std::find_if(view.units.begin(), view.units.end(),
                                    [&](const UnitTally& tally) { return tally.unit == chosen; });
    if (found == view.units.end()) throw StoreError(text(Msg::wb_slips_unit_unknown));
    unit = &*found;
  }
  std::vector<std::string> tokens;
  std::vector<std::string> hashes;
  for (int i = 0; i < *count; ++i) {
    tokens.push_back(random_key());
    hashes.push_back(secret_hash(tokens.back()));
  }
  const std::string page = token_slips_page(view.survey.questionnaire.title, group->label, view.public_url, tokens,
                                            unit ? unit->label : "");
  state.store.add_tokens(id, group->id, hashes, unit ? unit->unit : "");
  response.set_header("Content-Disposition",
                      "attachment; filename=\"briefjes-peiling-" + std::to_string(id) + ".html\"");
  response.set_content(page, "text/html; charset=utf-8");
}

// Starts again the forms the previous workbench had running, each on its old port, for the
// surveys still open; a form whose port is taken now is listed as not restored.
void restore_forms(WorkbenchServer::State& state) {
  std::lock_guard lock(state.store_mutex);
  for (const RememberedForm& remembered : read_remembered_forms(form_memory_file(state.config.reports_dir))) {
    try {
      if (!state.store.load_survey(remembered.survey_id).summary.open) continue;
    } catch (const StoreError&) {
      continue;  // deleted since
    }
    try {
      auto form = start_form(state, remembered.survey_id, remembered.network, remembered.port);
      form->restored = true;
      state.running_forms[remembered.survey_id] = std::move(form);
    } catch (const std::runtime_error&) {
      state.unrestored_forms[remembered.survey_id] = remembered.port;
    }
  }
  remember_forms(state);
}

}  // namespace

void add_workbench_collect_routes(WorkbenchServer::State& state) {
  restore_forms(state);
  auto& http = state.http;
  http.Get(R"(/peilingen/(\d{1,18})/verzamelen)", page_route(state, get_collect));
  http.Post(R"(/peilingen/(\d{1,18})/verzamelen/starten)", form_route(state, post_start));
  http.Post(R"(/peilingen/(\d{1,18})/verzamelen/stoppen)", form_route(state, post_stop));
  http.Post(R"(/peilingen/(\d{1,18})/verzamelen/briefjes)", form_route(state, post_slips));
}

}  // namespace peiling::web
