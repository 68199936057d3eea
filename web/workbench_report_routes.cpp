// The report from the workbench: written by the same code as `peiling report` (and the
// presenter's close button) into reports_dir/peiling-ID, and shown in the page (in a survey
// with units, below the links to each school's report and the board report): rapport.html
// and slides.html in frames, each also to open on its own, every chart as a PNG to download,
// the folder's other files, and the whole folder as a zip.
// The report's files are served with its inline style allowed and scripts forbidden (as on
// the presenter page), so the slides show one under another in the frame.
#include <filesystem>

#include "base/escape.h"
#include "base/messages.h"
#include "reports/report.h"
#include "web/report_files.h"
#include "web/workbench_pages.h"
#include "web/workbench_report_zip.h"
#include "web/workbench_state.h"
#include "web/workbench_report_view.h"
#include "web/workbench_unit_report_pages.h"

namespace peiling::web {

namespace {

std::string report_path(std::int64_t id) { return "/peilingen/" + std::to_string(id) + "/rapport"; }

std::string make_form(std::int64_t id, const std::string& csrf, bool again) {
  return "<form method=\"post\" action=\"" + report_path(id) + "\">" + csrf_field(csrf) +
         "<p><button class=\"button\" type=\"submit\">" + escape_html(text(again ? Msg::wbr_make_report_again : Msg::wbr_make_report)) +
         "</button></p></form>";
}

// With units, the whole survey's report stands under its own h2, so its parts are h3s.
std::string report_part(std::int64_t id, const std::filesystem::path& folder, bool has_units) {
  return report_folder_part(
      {report_path(id),
       folder,
       text(Msg::wbr_download_zip),
       {{"rapport.html", text(Msg::wbr_report_heading), text(Msg::wbr_report_frame_title), ""},
        {"slides.html", text(Msg::wbr_slides_heading), text(Msg::wbr_slides_frame_title), text(Msg::wbr_slides_keys)}},
       has_units ? 3 : 2});
}

void get_report(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  std::string label;
  std::vector<UnitTally> units;
  {
    std::lock_guard lock(state.store_mutex);
    label = state.store.load_survey(id).summary.label;
    units = state.store.unit_tallies(id);
  }
  const auto folder = state.report_dir(id);
  const bool written = std::filesystem::exists(folder / "rapport.html");
  // A survey with units: first the choice of a school's report and the board report.
  std::string body = unit_reports_section(id, units, folder);
  if (!written) body += "<p>" + escape_html(text(Msg::wbr_no_report_yet)) + "</p>";
  if (request.has_param("gemaakt"))
    body += "<p class=\"notice\" role=\"status\">" + escape_html(text(Msg::wbr_report_made)) + "</p>";
  body += make_form(id, workbench_csrf(state), written);
  if (written) body += report_part(id, folder, !units.empty());
  send_html(response, 200, workbench_page(text(Msg::wbr_report_title, label), body));
}

// The same report as `peiling report` with its defaults (min-group 3), in the workbench's language.
void post_report(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  ReportOptions options;
  options.out_dir = state.report_dir(id);
  options.language = user_language();
  {
    std::lock_guard lock(state.store_mutex);
    write_survey_report(state.store, id, options);
  }
  response.set_redirect(report_path(id) + "?gemaakt=1", 303);
}

// The whole report folder as peiling-ID-rapport.zip (its files under peiling-ID/).
void get_report_zip(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const auto folder = state.report_dir(id);
  if (!std::filesystem::exists(folder / "rapport.html"))
    return send_html(response, 404, workbench_message_page(text(Msg::wbr_not_found), text(Msg::wbr_no_report_yet)));
  const std::string name = "peiling-" + std::to_string(id);
  response.set_header("Content-Disposition", "attachment; filename=\"" + name + "-rapport.zip\"");
  response.set_content(zip_folder(folder, name), "application/zip");
}

void get_report_file(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const std::filesystem::path file = state.report_dir(survey_in_path(request)) / request.matches[2].str();
  if (!send_report_file(response, file, "'self'"))
    send_html(response, 404, workbench_message_page(text(Msg::wbr_not_found), text(Msg::wbr_no_such_report_part)));
}

}  // namespace

void add_workbench_report_routes(WorkbenchServer::State& state) {
  auto& http = state.http;
  http.Get(R"(/peilingen/(\d{1,18})/rapport)", page_route(state, get_report));
  http.Post(R"(/peilingen/(\d{1,18})/rapport)", form_route(state, post_report));
  http.Get(R"(/peilingen/(\d{1,18})/rapport/([A-Za-z0-9_-][A-Za-z0-9._-]*))", page_route(state, get_report_file));
  http.Get(R"(/peilingen/(\d{1,18})/rapport\.zip)", page_route(state, get_report_zip));
}

}  // namespace peiling::web
