// The Collect page; see workbench_collect_page.h.
#include "web/workbench_collect_page.h"

#include "base/escape.h"
#include "base/messages.h"
#include "web/form_page.h"
#include "web/qr.h"

namespace peiling::web {

namespace {

std::string escaped(Msg name) { return escape_html(text(name)); }

std::string collect_path(const CollectView& view) {
  return "/peilingen/" + std::to_string(view.survey.record.summary.id) + "/verzamelen";
}

std::string start_form(const CollectView& view) {
  return "<h2>" + escaped(Msg::wb_collect_start_heading) + "</h2><form method=\"post\" action=\"" + collect_path(view) +
         "/starten\">" + csrf_field(view.csrf) + "<fieldset><legend>" + escaped(Msg::wb_collect_scope_legend) +
         "</legend><div class=\"option\"><input type=\"radio\" id=\"scope-computer\" name=\"scope\" value=\"computer\" checked> "
         "<label for=\"scope-computer\">" + escaped(Msg::wb_collect_scope_computer) + "</label></div>"
         "<div class=\"option\"><input type=\"radio\" id=\"scope-network\" name=\"scope\" value=\"netwerk\"> <label for=\"scope-network\">" +
         escaped(Msg::wb_collect_scope_network) + "</label></div></fieldset><p><button class=\"button\" type=\"submit\">" +
         escaped(Msg::wb_collect_start_button) + "</button></p></form>";
}

std::string group_links(const CollectView& view) {
  if (view.uses_tokens) return "<p>" + escaped(Msg::wb_collect_tokens_only) + "</p>";
  std::string html = "<h3>" + escaped(Msg::wb_collect_links_heading) + "</h3><ul class=\"rows\">";
  for (const auto& group : view.survey.questionnaire.groups) {
    const std::string link = view.public_url + "/g/" + url_component(group.id);
    html += "<li>" + escape_html(group.label) + ": <a href=\"" + escape_html(link) + "\">" + escape_html(link) +
            "</a></li>";
  }
  return html + "</ul>";
}

// A survey with units: the plain address refuses, so each unit's link and QR code instead,
// as `peiling serve` prints them; each school shares only its own.
std::string unit_links(const CollectView& view) {
  if (view.uses_tokens) return "<p>" + escaped(Msg::wb_collect_tokens_only) + "</p>";
  std::string html = "<h3>" + escaped(Msg::wb_collect_unit_links_heading) + "</h3><p>" +
                     escaped(Msg::wb_collect_unit_links_text) + "</p><ul class=\"rows\">";
  for (const UnitTally& unit : view.units) {
    const std::string link = view.public_url + "/u/" + url_component(unit.unit) + "/";
    html += "<li>" + escape_html(unit.label) + ": <a href=\"" + escape_html(link) + "\">" + escape_html(link) +
            "</a><div class=\"collect-qr\">" + qr_svg(link, text(Msg::wb_collect_unit_qr_label, unit.label)) +
            "</div></li>";
  }
  return html + "</ul>";
}

// The form's address and QR code, and the links per group (or, with units, per unit).
std::string links_part(const CollectView& view) {
  const std::string only_here = view.network ? "" : "<p>" + escaped(Msg::wb_collect_only_here) + "</p>";
  if (!view.units.empty()) return only_here + unit_links(view);
  const std::string address = view.public_url + "/";
  return "<p>" + escaped(Msg::wb_collect_address) + " <a href=\"" + escape_html(address) + "\">" +
         escape_html(address) + "</a></p>" + only_here + "<div class=\"collect-qr\">" +
         qr_svg(address, text(Msg::wb_collect_qr_label)) + "</div>" + group_links(view);
}

std::string running_part(const CollectView& view) {
  return "<h2>" + escaped(Msg::wb_collect_running_heading) + "</h2>" + links_part(view) + "<p><a href=\"" +
         escape_html(view.presenter_url) + "\" target=\"_blank\" rel=\"noopener\">" + escaped(Msg::wb_collect_presenter) +
         "</a></p><form method=\"post\" action=\"" + collect_path(view) + "/stoppen\">" + csrf_field(view.csrf) +
         "<p><button class=\"button secondary\" type=\"submit\">" + escaped(Msg::wb_collect_stop_button) +
         "</button></p></form>";
}

std::string slips_form(const CollectView& view) {
  std::string html = "<h2>" + escaped(Msg::wb_slips_heading) + "</h2><p>" + escaped(Msg::wb_slips_explained) + "</p>";
  if (!view.running) return html + "<p>" + escaped(Msg::wb_slips_need_form) + "</p>";
  std::string options;
  for (const auto& group : view.survey.questionnaire.groups)
    options += "<option value=\"" + escape_html(group.id) + "\">" + escape_html(group.label) + "</option>";
  std::string unit_choice;  // with units, a school's slips: its responses are stored with it
  if (!view.units.empty()) {
    std::string units;
    for (const UnitTally& unit : view.units)
      units += "<option value=\"" + escape_html(unit.unit) + "\">" + escape_html(unit.label) + "</option>";
    unit_choice = "<p><label for=\"slip-unit\">" + escaped(Msg::wb_slips_unit) +
                  "</label><select id=\"slip-unit\" name=\"unit\">" + units + "</select></p>";
  }
  return html + "<form method=\"post\" action=\"" + collect_path(view) + "/briefjes\">" + csrf_field(view.csrf) +
         unit_choice + "<p><label for=\"slip-group\">" + escaped(Msg::wb_slips_group) + "</label><select id=\"slip-group\" "
         "name=\"group\">" + options + "</select></p><p><label for=\"slip-count\">" + escaped(Msg::wb_slips_count) +
         "</label><input id=\"slip-count\" name=\"count\" type=\"number\" min=\"1\" max=\"1000\" value=\"30\" "
         "inputmode=\"numeric\" required></p><p><button class=\"button\" type=\"submit\">" +
         escaped(Msg::wb_slips_button) + "</button></p></form>";
}

}  // namespace

std::string collect_page(const CollectView& view) {
  std::string body;
  if (!view.notice.empty()) body += "<p class=\"notice\" role=\"status\">" + escape_html(view.notice) + "</p>";
  body += error_box(view.error);
  if (!view.survey.record.summary.open && !view.running) {
    body += "<p>" + escaped(Msg::wb_collect_closed) + "</p><p><a href=\"/\">" + escaped(Msg::wb_back_to_surveys) +
            "</a></p>";
  } else {
    body += view.running ? running_part(view) : start_form(view);
    body += slips_form(view);
  }
  return workbench_page(text(Msg::wb_collect_title, survey_title(view.survey)), body);
}

}  // namespace peiling::web
