// The workbench's definition editor (issue 17): a definition edited in a text area, checked
// by the same loader as `peiling validate` (its problems carry line and column), previewed
// per group as the respondent form renders it (form_page.h, in a 360-px frame), saved as a
// download the user keeps, or used for a new survey. The server keeps nothing but the
// last checked definitions for their previews' frames.
#include <filesystem>

#include "base/messages.h"
#include "web/form_page.h"
#include "web/html_page.h"
#include "web/security.h"
#include "web/workbench_definition_page.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

constexpr std::size_t kMaxDefinitionBytes = 1024 * 1024;  // as for an uploaded definition
constexpr std::size_t kKeptPreviews = 16;  // open editor tabs whose frames may still load

DefinitionEditorView editor_view(WorkbenchServer::State& state) {
  DefinitionEditorView view;
  view.bundled = bundled_definitions(state.config.questionnaire_dir);
  view.csrf = workbench_csrf(state);
  return view;
}

// A file name for the download: letters, digits, '-', '_' and '.', ending in .json.
std::string download_name(const std::string& wanted) {
  std::string name;
  for (char c : std::filesystem::path(wanted).filename().string())
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') name += c;
  if (name.empty() || name.front() == '.') name = "vragenlijst" + name;
  if (std::filesystem::path(name).extension() != ".json") name += ".json";
  return name;
}

void get_editor(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  DefinitionEditorView view = editor_view(state);
  const std::string wanted = request.has_param("vragenlijst") ? request.get_param_value("vragenlijst") : "";
  for (const auto& bundled : view.bundled)
    if (bundled.id == wanted) {
      view.file_name = bundled.id + ".json";
      view.text = read_definition_text((state.config.questionnaire_dir / view.file_name).string());
    }
  send_html(response, 200, definition_editor_page(view));
}

// Keeps the checked text for its previews' frames; the oldest go first (ids are random,
// so "oldest" is approximate: any one of them).
std::string keep_preview(WorkbenchServer::State& state, const std::string& text) {
  const std::string id = random_key();
  std::lock_guard lock(state.store_mutex);
  while (state.definition_previews.size() >= kKeptPreviews) state.definition_previews.erase(state.definition_previews.begin());
  state.definition_previews[id] = text;
  return id;
}

void send_create_page(WorkbenchServer::State& state, const DefinitionEditorView& view, httplib::Response& response) {
  CreateView create;
  create.definition_text = view.text;
  create.source_name = view.file_name;
  create.questionnaire = *view.questionnaire;
  create.csrf = workbench_csrf(state);
  send_html(response, 200, create_page(create));
}

void post_editor(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  DefinitionEditorView view = editor_view(state);
  view.text = posted_field(request, "definition_text");
  view.file_name = download_name(posted_field(request, "file_name"));
  if (view.text.size() > kMaxDefinitionBytes) {
    view.text.clear();
    view.error = text(Msg::wb_editor_too_large);
    return send_html(response, 413, definition_editor_page(view));
  }
  const std::string action = posted_field(request, "actie");
  if (action == "opslaan") {  // kept as typed, problems and all: it is the user's work
    response.set_header("Content-Disposition", "attachment; filename=\"" + view.file_name + "\"");
    return response.set_content(view.text, "application/json; charset=utf-8");
  }
  view.checked = true;
  try {
    view.questionnaire = parse_definition(view.text, view.file_name, user_language());  // the workbench's (--lang)
  } catch (const DefinitionError& problem) {
    view.problems = problem.problems();
  }
  if (view.questionnaire && action == "gebruiken") return send_create_page(state, view, response);
  if (view.questionnaire) view.preview_id = keep_preview(state, view.text);
  send_html(response, view.questionnaire ? 200 : 422, definition_editor_page(view));
}

// The respondent's form of one group, as a phone shows it; nothing in it can be sent.
void get_preview(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  std::string definition;
  {
    std::lock_guard lock(state.store_mutex);
    const auto kept = state.definition_previews.find(request.matches[1].str());
    if (kept != state.definition_previews.end()) definition = kept->second;
  }
  if (definition.empty()) return send_html(response, 404, message_page(text(Msg::wb_editor_title), text(Msg::wb_editor_preview_gone)));
  const Questionnaire questionnaire = parse_definition(definition, "definitie.json");
  const RespondentGroup* group = questionnaire.find_group(request.matches[2].str());
  if (!group) return send_html(response, 404, message_page(text(Msg::wb_editor_title), text(Msg::wb_editor_preview_gone)));
  response.headers.erase("Content-Security-Policy");
  response.set_header("Content-Security-Policy",
                      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'none'; "
                      "frame-ancestors 'self'; base-uri 'none'");
  send_html(response, 200, form_page(questionnaire, *group, FormState{}));
}

}  // namespace

void add_workbench_definition_routes(WorkbenchServer::State& state) {
  auto& http = state.http;
  http.Get("/definitie", page_route(state, get_editor));
  http.Post("/definitie", form_route(state, post_editor));
  http.Get(R"(/definitie/voorbeeld/([0-9a-f]{32})/([^/]{1,200}))", page_route(state, get_preview));
}

}  // namespace peiling::web
