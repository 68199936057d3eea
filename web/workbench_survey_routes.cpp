// The workbench's survey list and what it does to surveys: create (from a bundled or an
// uploaded definition, checked by the same loader as `peiling validate`), close, reopen,
// delete after a confirmation page, and the live counts its script polls.
#include <algorithm>
#include <filesystem>

#include "engine/definition_loader.h"
#include "web/workbench_pages.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

// An uploaded definition is read whole; this is far above any real questionnaire.
constexpr std::size_t kMaxDefinitionBytes = 1024 * 1024;

// Feedback after a redirect, by code, so the address bar never carries text to show.
std::string notice_for(const std::string& code) {
  if (code == "gemaakt") return "De peiling is gemaakt.";
  if (code == "gesloten") return "De peiling is gesloten: er komen geen antwoorden meer bij.";
  if (code == "heropend") return "De peiling is weer open.";
  if (code == "verwijderd") return "De peiling is verwijderd, met al haar antwoorden.";
  return "";
}


std::vector<SurveyListing> survey_listings(Store& store) {
  std::vector<SurveyListing> listings;
  for (const auto& summary : store.list_surveys())
    listings.push_back({store.load_survey(summary.id), store.questionnaire_of(summary.id)});
  return listings;
}

SurveysView surveys_view(WorkbenchServer::State& state) {
  SurveysView view;
  {
    std::lock_guard lock(state.store_mutex);
    view.surveys = survey_listings(state.store);
  }
  view.bundled = bundled_definitions(state.config.questionnaire_dir);
  view.csrf = workbench_csrf(state);
  return view;
}

void get_surveys(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  SurveysView view = surveys_view(state);
  if (request.has_param("gedaan")) view.notice = notice_for(request.get_param_value("gedaan"));
  send_html(response, 200, surveys_page(view));
}

void get_counts(WorkbenchServer::State& state, const httplib::Request&, httplib::Response& response) {
  std::vector<SurveyRecord> records;
  {
    std::lock_guard lock(state.store_mutex);
    for (const auto& summary : state.store.list_surveys()) records.push_back(state.store.load_survey(summary.id));
  }
  response.set_content(counts_json(records), "application/json");
}

void refuse_definition(WorkbenchServer::State& state, httplib::Response& response, const std::string& message) {
  SurveysView view = surveys_view(state);
  view.error = message;
  send_html(response, 422, surveys_page(view));
}

// Step one: the definition, bundled or uploaded, checked; step two asks the rest.
void post_new(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  CreateView view;
  if (request.has_file("definition") && !request.get_file_value("definition").filename.empty()) {
    const auto upload = request.get_file_value("definition");
    if (upload.content.size() > kMaxDefinitionBytes)
      return refuse_definition(state, response, upload.filename + ": het bestand is groter dan 1 MB; dat is geen "
                                                                  "definitie van een vragenlijst.");
    view.definition_text = upload.content;
    view.source_name = std::filesystem::path(upload.filename).filename().string();
  } else {
    const std::string wanted = posted_field(request, "bundled");
    for (const auto& bundled : bundled_definitions(state.config.questionnaire_dir))
      if (bundled.id == wanted) {
        view.source_name = bundled.id + ".json";
        view.definition_text = read_definition_text((state.config.questionnaire_dir / view.source_name).string());
      }
    if (view.source_name.empty()) return refuse_definition(state, response, "Kies een vragenlijst of een bestand.");
  }
  try {
    view.questionnaire = parse_definition(view.definition_text, view.source_name);
  } catch (const DefinitionError& problem) {
    return refuse_definition(state, response, problem.what());
  }
  view.csrf = workbench_csrf(state);
  send_html(response, 200, create_page(view));
}

// "4" -> 4; anything but a whole number from 0 to 100000 is refused.
std::optional<int> invited_number(const std::string& text) {
  if (text.empty() || text.size() > 6 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const int number = std::stoi(text);
  return number <= 100000 ? std::optional<int>(number) : std::nullopt;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Step two: the definition again (a hidden field is the browser's to change, so it is
// checked again), the name and the invited numbers; then the survey is made.
void post_create(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  CreateView view;
  view.definition_text = posted_field(request, "definition_text");
  view.source_name = posted_field(request, "source_name");
  try {
    view.questionnaire = parse_definition(view.definition_text, view.source_name);
  } catch (const DefinitionError& problem) {
    return refuse_definition(state, response, problem.what());
  }
  view.csrf = workbench_csrf(state);
  const std::string label = trimmed(posted_field(request, "label"));
  std::vector<GroupInvitation> invitations;
  for (const auto& group : view.questionnaire.groups) {
    const auto invited = invited_number(trimmed(posted_field(request, "invited:" + group.id)));
    if (!invited) view.error = group.label + ": vul het aantal uitgenodigden in als een heel getal (0 of meer).";
    invitations.push_back({group.id, invited.value_or(0)});
  }
  if (label.empty()) view.error = "Geef de peiling een naam.";
  if (label.size() > 200) view.error = "De naam is te lang (hoogstens 200 tekens).";
  if (!view.error.empty()) return send_html(response, 422, create_page(view));
  {
    std::lock_guard lock(state.store_mutex);
    const auto row = state.store.save_questionnaire(view.definition_text, view.questionnaire);
    state.store.create_survey(row, label, invitations);
  }
  response.set_redirect("/?gedaan=gemaakt", 303);
}

void set_open(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response, bool open) {
  {
    std::lock_guard lock(state.store_mutex);
    state.store.set_survey_open(survey_in_path(request), open);
  }
  response.set_redirect(open ? "/?gedaan=heropend" : "/?gedaan=gesloten", 303);
}

void post_close(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  set_open(state, request, response, false);
}

void post_reopen(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  set_open(state, request, response, true);
}

void get_delete(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  SurveyListing survey;
  {
    std::lock_guard lock(state.store_mutex);
    survey = {state.store.load_survey(id), state.store.questionnaire_of(id)};
  }
  send_html(response, 200, delete_confirmation_page(survey, workbench_csrf(state)));
}

void post_delete(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  std::unique_ptr<RunningForm> form;  // a running respondent form of the survey stops first
  {
    std::lock_guard lock(state.store_mutex);
    if (const auto running = state.running_forms.find(id); running != state.running_forms.end()) {
      form = std::move(running->second);
      state.running_forms.erase(running);
    }
  }
  form.reset();
  {
    std::lock_guard lock(state.store_mutex);
    state.store.delete_survey(id);
    std::error_code ignored;
    for (auto pending = state.pending_imports.begin(); pending != state.pending_imports.end();) {
      if (pending->second.survey_id != id) {
        ++pending;
        continue;
      }
      std::filesystem::remove_all(pending->second.file.parent_path(), ignored);  // the upload's own folder
      pending = state.pending_imports.erase(pending);
    }
  }
  std::error_code ignored;
  std::filesystem::remove_all(state.report_dir(id), ignored);  // the report showed its answers too
  response.set_redirect("/?gedaan=verwijderd", 303);
}

}  // namespace

std::vector<BundledDefinition> bundled_definitions(const std::filesystem::path& folder) {
  std::vector<BundledDefinition> found;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() != ".json") continue;
    try {
      found.push_back({entry.path().stem().string(), load_definition_file(entry.path().string()).title});
    } catch (const DefinitionError&) {  // a broken bundled file is not offered
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.title < b.title; });
  return found;
}

void add_workbench_survey_routes(WorkbenchServer::State& state) {
  auto& http = state.http;
  http.Get("/", page_route(state, get_surveys));
  http.Get("/tellingen", page_route(state, get_counts));
  http.Post("/peilingen/nieuw", form_route(state, post_new));
  http.Post("/peilingen/maken", form_route(state, post_create));
  http.Post(R"(/peilingen/(\d{1,18})/sluiten)", form_route(state, post_close));
  http.Post(R"(/peilingen/(\d{1,18})/heropenen)", form_route(state, post_reopen));
  http.Get(R"(/peilingen/(\d{1,18})/verwijderen)", page_route(state, get_delete));
  http.Post(R"(/peilingen/(\d{1,18})/verwijderen)", form_route(state, post_delete));
}

}  // namespace peiling::web
