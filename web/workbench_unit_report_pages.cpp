// The pages of a school's report and the board report in the workbench; see
// workbench_unit_report_pages.h.
#include "web/workbench_unit_report_pages.h"

#include <algorithm>
#include <stdexcept>

#include "base/escape.h"
#include "base/messages.h"
#include "web/form_page.h"
#include "web/workbench_pages.h"
#include "web/workbench_report_view.h"

namespace peiling::web {

namespace {

std::string escaped(Msg id) { return escape_html(text(id)); }

std::string whole_report_path(std::int64_t survey_id) { return "/peilingen/" + std::to_string(survey_id) + "/rapport"; }

// The engine's rule for a unit name (engine/store_units.cpp): checked again here because the
// name becomes a folder, and a path must never be built from anything else.
bool path_safe(const std::string& unit) {
  return !unit.empty() && unit.size() <= 64 && std::all_of(unit.begin(), unit.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::string notice(const std::string& message) {
  return "<p class=\"notice\" role=\"status\">" + escape_html(message) + "</p>";
}

std::string make_form(const std::string& action, const std::string& csrf, const std::string& label) {
  return "<form method=\"post\" action=\"" + escape_html(action) + "\">" + csrf_field(csrf) +
         "<p><button class=\"button\" type=\"submit\">" + escape_html(label) + "</button></p></form>";
}

std::string back_link(std::int64_t survey_id) {
  return "<p><a href=\"" + whole_report_path(survey_id) + "\">" + escaped(Msg::wbu_back_to_report) + "</a></p>";
}

std::string made_mark(bool made) {
  return made ? " <span class=\"made-mark\">" + escaped(Msg::wbu_report_made_mark) + "</span>" : "";
}

}  // namespace

std::string unit_report_path(std::int64_t survey_id, const std::string& unit) {
  return "/peilingen/" + std::to_string(survey_id) + "/rapport-school/" + url_component(unit);
}

std::string board_report_path(std::int64_t survey_id) {
  return "/peilingen/" + std::to_string(survey_id) + "/rapport-bestuur";
}

std::filesystem::path unit_report_folder(const std::filesystem::path& survey_folder, const std::string& unit) {
  if (!path_safe(unit)) throw std::invalid_argument("not a unit name: " + unit);
  return survey_folder / ("eenheid-" + unit);
}

std::filesystem::path board_report_folder(const std::filesystem::path& survey_folder) { return survey_folder / "bestuur"; }

std::string unit_reports_section(std::int64_t survey_id, const std::vector<UnitTally>& units,
                                 const std::filesystem::path& survey_folder) {
  if (units.empty()) return "";
  const bool board_made = std::filesystem::exists(board_report_folder(survey_folder) / "bestuur.html");
  std::string html = "<section aria-labelledby=\"unit-reports\"><h2 id=\"unit-reports\">" + escaped(Msg::wbu_units_heading) +
                     "</h2><p>" + escape_html(units.size() == 1 ? text(Msg::wbu_units_text_one) : text(Msg::wbu_units_text, units.size())) + "</p><p><a href=\"" +
                     board_report_path(survey_id) + "\">" + escaped(Msg::wbu_board_link) + "</a>" + made_mark(board_made) +
                     "</p><h3 id=\"unit-list\">" + escaped(Msg::wbu_schools_heading) +
                     "</h3><ul class=\"unit-list\" aria-labelledby=\"unit-list\">";
  for (const UnitTally& unit : units) {
    const bool made = std::filesystem::exists(unit_report_folder(survey_folder, unit.unit) / "rapport.html");
    html += "<li><a href=\"" + escape_html(unit_report_path(survey_id, unit.unit)) + "\">" + escape_html(unit.label) +
            "</a>" + made_mark(made) + "</li>";
  }
  return html + "</ul></section><h2>" + escaped(Msg::wbu_whole_heading) + "</h2>";
}

std::string unit_report_page(const UnitReportView& view) {
  const std::string& label = view.unit.label;
  const std::string base = escape_html(unit_report_path(view.survey_id, view.unit.unit));
  const bool written = std::filesystem::exists(view.folder / "rapport.html");
  std::string body = back_link(view.survey_id) + "<p>" + escape_html(text(Msg::wbu_unit_explained, label, view.min_group)) +
                     "</p>";
  if (!written) body += "<p>" + escape_html(text(Msg::wbu_no_unit_report_yet, label)) + "</p>";
  if (view.made_now) body += notice(text(Msg::wbu_unit_report_made, label));
  body += make_form(unit_report_path(view.survey_id, view.unit.unit), view.csrf,
                    text(written ? Msg::wbu_make_unit_report_again : Msg::wbu_make_unit_report, label));
  if (written)
    body += report_folder_part(
        {base,
         view.folder,
         text(Msg::wbu_download_unit_zip, label),
         {{"rapport.html", text(Msg::wbr_report_heading), text(Msg::wbr_report_frame_title), ""},
          {"vergelijking-bestuur.html", text(Msg::wbu_comparison_heading), text(Msg::wbu_comparison_frame_title), ""},
          {"slides.html", text(Msg::wbr_slides_heading), text(Msg::wbr_slides_frame_title), text(Msg::wbr_slides_keys)}}});
  return workbench_page(text(Msg::wbu_unit_title, label, view.survey_label), body);
}

std::string board_report_page(const BoardReportView& view) {
  const std::string base = board_report_path(view.survey_id);
  const bool written = std::filesystem::exists(view.folder / "bestuur.html");
  std::string body = back_link(view.survey_id) + "<p>" + escape_html(text(Msg::wbu_board_explained, view.min_group)) + "</p>";
  if (!written) body += "<p>" + escaped(Msg::wbu_no_board_report_yet) + "</p>";
  if (view.made_now) body += notice(text(Msg::wbu_board_report_made));
  body += make_form(base, view.csrf, text(written ? Msg::wbu_make_board_report_again : Msg::wbu_make_board_report));
  if (written)
    body += report_folder_part({base,
                                view.folder,
                                text(Msg::wbu_download_board_zip),
                                {{"bestuur.html", text(Msg::wbu_board_heading), text(Msg::wbu_board_frame_title), ""}}});
  return workbench_page(text(Msg::wbu_board_title, view.survey_label), body);
}

std::string unknown_unit_page(std::int64_t survey_id, const std::string& asked) {
  return workbench_page(text(Msg::wbu_unknown_unit_title),
                        "<p>" + escape_html(text(Msg::wbu_unknown_unit, asked)) + "</p>" + back_link(survey_id));
}

}  // namespace peiling::web
