// The workbench's reports of a survey that spans units (schools): a school's report with the
// board beside it (/peilingen/ID/rapport-school/NAME) and the board report with the schools
// side by side (/peilingen/ID/rapport-bestuur), each written by write_survey_report with
// ReportOptions::unit or ::by_unit, exactly as `peiling report --unit NAME` and `--by-unit`
// write them (the same defaults, min-group 3, so the same groups and board figures are
// withheld), into its own folder inside the survey's report folder, and shown in frames with
// its files and a zip as the whole report is.
#include <filesystem>
#include <optional>

#include "base/messages.h"
#include "reports/report.h"
#include "web/report_files.h"
#include "web/workbench_report_zip.h"
#include "web/workbench_state.h"
#include "web/workbench_unit_report_pages.h"

namespace peiling::web {

namespace {

// The survey's label and the unit named in the path (matches[2]); nothing, with the page
// naming the unit sent, when the survey has no such unit.
std::optional<UnitTally> unit_in_path(WorkbenchServer::State& state, const httplib::Request& request,
                                      httplib::Response& response, std::string* survey_label = nullptr) {
  const auto id = survey_in_path(request);
  const std::string asked = request.matches[2].str();
  std::optional<UnitTally> unit;
  {
    std::lock_guard lock(state.store_mutex);
    const auto survey = state.store.load_survey(id);  // an unknown survey: the store's message
    if (survey_label) *survey_label = survey.summary.label;
    unit = state.store.unit_tally(id, asked);
  }
  if (!unit) send_html(response, 404, unknown_unit_page(id, asked));
  return unit;
}

// The survey's label when it has units; otherwise the "no board report" page is sent.
std::optional<std::string> survey_with_units(WorkbenchServer::State& state, const httplib::Request& request,
                                             httplib::Response& response) {
  const auto id = survey_in_path(request);
  std::lock_guard lock(state.store_mutex);
  const std::string label = state.store.load_survey(id).summary.label;
  if (!state.store.unit_names(id).empty()) return label;
  send_html(response, 404, workbench_message_page(text(Msg::wbr_not_found), text(Msg::wbu_no_units)));
  return std::nullopt;
}

// The options of `peiling report` with its defaults, in the workbench's language.
ReportOptions report_options(const std::filesystem::path& folder) {
  ReportOptions options;
  options.out_dir = folder;
  options.language = user_language();
  return options;
}

void get_unit_report(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  UnitReportView view;
  const auto unit = unit_in_path(state, request, response, &view.survey_label);
  if (!unit) return;
  view.survey_id = survey_in_path(request);
  view.unit = *unit;
  view.folder = unit_report_folder(state.report_dir(view.survey_id), unit->unit);
  view.min_group = ReportOptions{}.min_group;
  view.made_now = request.has_param("gemaakt");
  view.csrf = workbench_csrf(state);
  send_html(response, 200, unit_report_page(view));
}

void post_unit_report(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto unit = unit_in_path(state, request, response);
  if (!unit) return;
  const auto id = survey_in_path(request);
  ReportOptions options = report_options(unit_report_folder(state.report_dir(id), unit->unit));
  options.unit = unit->unit;
  {
    std::lock_guard lock(state.store_mutex);
    write_survey_report(state.store, id, options);
  }
  response.set_redirect(unit_report_path(id, unit->unit) + "?gemaakt=1", 303);
}

void get_unit_report_file(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto unit = unit_in_path(state, request, response);
  if (!unit) return;
  const auto folder = unit_report_folder(state.report_dir(survey_in_path(request)), unit->unit);
  if (!send_report_file(response, folder / request.matches[3].str(), "'self'"))
    send_html(response, 404, workbench_message_page(text(Msg::wbr_not_found), text(Msg::wbr_no_such_report_part)));
}

// A written folder as NAME.zip with its files under NAME/; the 404 page when there is none.
void send_zip(httplib::Response& response, const std::filesystem::path& folder, const std::string& written_file,
              const std::string& name) {
  if (!std::filesystem::exists(folder / written_file))
    return send_html(response, 404, workbench_message_page(text(Msg::wbr_not_found), text(Msg::wbr_no_such_report_part)));
  response.set_header("Content-Disposition", "attachment; filename=\"" + name + ".zip\"");
  response.set_content(zip_folder(folder, name), "application/zip");
}

void get_unit_report_zip(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto unit = unit_in_path(state, request, response);
  if (!unit) return;
  const auto id = survey_in_path(request);
  send_zip(response, unit_report_folder(state.report_dir(id), unit->unit), "rapport.html",
           "peiling-" + std::to_string(id) + "-" + unit->unit);
}

void get_board_report(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto label = survey_with_units(state, request, response);
  if (!label) return;
  BoardReportView view;
  view.survey_id = survey_in_path(request);
  view.survey_label = *label;
  view.folder = board_report_folder(state.report_dir(view.survey_id));
  view.min_group = ReportOptions{}.min_group;
  view.made_now = request.has_param("gemaakt");
  view.csrf = workbench_csrf(state);
  send_html(response, 200, board_report_page(view));
}

void post_board_report(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!survey_with_units(state, request, response)) return;
  const auto id = survey_in_path(request);
  ReportOptions options = report_options(board_report_folder(state.report_dir(id)));
  options.by_unit = true;
  {
    std::lock_guard lock(state.store_mutex);
    write_survey_report(state.store, id, options);
  }
  response.set_redirect(board_report_path(id) + "?gemaakt=1", 303);
}

void get_board_report_file(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto folder = board_report_folder(state.report_dir(survey_in_path(request)));
  if (!send_report_file(response, folder / request.matches[2].str(), "'self'"))
    send_html(response, 404, workbench_message_page(text(Msg::wbr_not_found), text(Msg::wbr_no_such_report_part)));
}

void get_board_report_zip(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  send_zip(response, board_report_folder(state.report_dir(id)), "bestuur.html",
           "peiling-" + std::to_string(id) + "-bestuur");
}

}  // namespace

void add_workbench_unit_report_routes(WorkbenchServer::State& state) {
  auto& http = state.http;
  // Any text as the unit in the path, so that an unknown one gets a page naming it; the zip
  // first, as "NAME.zip" would match the page's pattern too (a unit name has no '.').
  const std::string school = R"(/peilingen/(\d{1,18})/rapport-school/([^/]{1,200}))";
  const std::string file = R"(/([A-Za-z0-9_-][A-Za-z0-9._-]*))";
  http.Get(R"(/peilingen/(\d{1,18})/rapport-school/([^/]{1,200})\.zip)", page_route(state, get_unit_report_zip));
  http.Get(school, page_route(state, get_unit_report));
  http.Post(school, form_route(state, post_unit_report));
  http.Get(school + file, page_route(state, get_unit_report_file));
  const std::string board = R"(/peilingen/(\d{1,18})/rapport-bestuur)";
  http.Get(board, page_route(state, get_board_report));
  http.Post(board, form_route(state, post_board_report));
  http.Get(board + R"(\.zip)", page_route(state, get_board_report_zip));
  http.Get(board + file, page_route(state, get_board_report_file));
}

}  // namespace peiling::web
