// The presenter page. While the survey is open a small script (presenter_script.cpp) asks
// /presenter/tellingen every five seconds and writes the counts into the table; without
// JavaScript the "Ververs" link reloads the page. (A meta refresh did this before: it
// moved the page under a screen reader and a keyboard user, and axe-core rejects it.)
#include "web/presenter_page.h"

#include "base/escape.h"
#include "base/messages.h"
#include "web/html_page.h"
#include "web/qr.h"

namespace peiling::web {

namespace {

std::string group_label(const Questionnaire& questionnaire, const std::string& group_id) {
  const RespondentGroup* group = questionnaire.find_group(group_id);
  return group ? group->label : group_id;
}

std::string column_head(Msg name) { return "<th scope=\"col\">" + escape_html(text(name)) + "</th>"; }

// One row per group; the counts the script updates carry data-count and data-missing (the
// group's place in the list) and data-invited.
std::string group_row(const Questionnaire& questionnaire, const GroupTally& group, std::size_t index) {
  const int missing = group.invited > group.responded ? group.invited - group.responded : 0;
  const std::string at = std::to_string(index);
  return "<tr><th scope=\"row\">" + escape_html(group_label(questionnaire, group.group)) +
         "</th><td class=\"number\" data-count=\"" + at + "\" data-group=\"" + escape_html(group.group) + "\">" +
         std::to_string(group.responded) + "</td><td class=\"number\" data-invited=\"" + at + "\">" +
         std::to_string(group.invited) + "</td><td class=\"number\" data-missing=\"" + at + "\">" +
         std::to_string(missing) + "</td></tr>";
}

std::string counts_table(const SurveyRecord& survey, const Questionnaire& questionnaire) {
  std::string html = "<div class=\"table-scroll\"><table class=\"counts\"><thead><tr>" +
                     column_head(Msg::presenter_group) + column_head(Msg::presenter_responded) +
                     column_head(Msg::presenter_invited) + column_head(Msg::presenter_missing) + "</tr></thead><tbody>";
  int responded = 0;
  int invited = 0;
  for (std::size_t index = 0; index < survey.groups.size(); ++index) {
    responded += survey.groups[index].responded;
    invited += survey.groups[index].invited;
    html += group_row(questionnaire, survey.groups[index], index);
  }
  return html + "</tbody><tfoot><tr><th scope=\"row\">" + escape_html(text(Msg::presenter_total)) +
         "</th><td class=\"number\" id=\"totaal\">" + std::to_string(responded) + "</td><td class=\"number\">" +
         std::to_string(invited) + "</td><td></td></tr></tfoot></table></div>";
}

// The link that reloads the page, and the line the script fills when it keeps the counts
// up (its texts travel in data attributes, so the script holds no language).
std::string refresh_line() {
  return "<p class=\"refresh\"><a href=\"/presenter\">" + escape_html(text(Msg::presenter_refresh)) +
         "</a> <span id=\"live-note\" data-live=\"" + escape_html(text(Msg::presenter_live_note)) +
         "\" data-stopped=\"" + escape_html(text(Msg::presenter_live_stopped)) + "\"></span></p>";
}

std::string open_part(const PresenterView& view) {
  return qr_svg(view.respondent_url, text(Msg::presenter_qr_label)) + "<p class=\"link\"><a href=\"" +
         escape_html(view.respondent_url) + "\">" + escape_html(view.respondent_url) + "</a></p>" +
         counts_table(view.survey, view.questionnaire) + refresh_line() +
         "<form method=\"post\" action=\"/presenter/close\"><input type=\"hidden\" name=\"csrf\" value=\"" +
         escape_html(view.csrf) + "\"><p><button class=\"button\" type=\"submit\">" +
         escape_html(text(Msg::presenter_close_button)) + "</button></p></form>"
         "<script src=\"/static/presenter.js\" defer></script>";
}

std::string closed_part(const PresenterView& view) {
  std::string html = "<p><strong>" + escape_html(text(Msg::presenter_closed)) + "</strong></p>" +
                     counts_table(view.survey, view.questionnaire);
  if (view.report_note.empty())
    html += "<p><a class=\"button\" href=\"/presenter/rapport/rapport.html\">" +
            escape_html(text(Msg::presenter_to_report)) + "</a></p>";
  else
    html += "<p>" + escape_html(text(Msg::presenter_report_missing, view.report_note)) + "</p>";
  return html;
}

}  // namespace

std::string presenter_close_confirmation(const PresenterView& view) {
  int responded = 0;
  for (const auto& group : view.survey.groups) responded += group.responded;
  const std::string body =
      "<div class=\"presenter\"><h1>" + escape_html(text(Msg::presenter_sure)) + "</h1><p>" +
      escape_html(text(Msg::presenter_sure_text, responded, view.survey.summary.id)) +
      "</p><form method=\"post\" action=\"/presenter/close\"><input type=\"hidden\" name=\"csrf\" value=\"" +
      escape_html(view.csrf) + "\"><input type=\"hidden\" name=\"confirm\" value=\"ja\"><p>"
      "<button class=\"button\" type=\"submit\">" + escape_html(text(Msg::presenter_sure_yes)) + "</button> "
      "<a class=\"button\" href=\"/presenter\">" + escape_html(text(Msg::presenter_sure_no)) + "</a></p></form></div>";
  return html_page(text(Msg::presenter_title_closing, view.questionnaire.title), body);
}

std::string presenter_page(const PresenterView& view) {
  const bool open = view.survey.summary.open;
  const std::string body = "<div class=\"presenter\"><h1>" + escape_html(view.questionnaire.title) + "</h1>" +
                           (open ? open_part(view) : closed_part(view)) + "</div>";
  return html_page(text(Msg::presenter_title, view.questionnaire.title), body);
}

std::string presenter_counts_json(const SurveyRecord& survey) {
  std::string json = std::string("{\"open\":") + (survey.summary.open ? "true" : "false") + ",\"responded\":[";
  int total = 0;
  for (std::size_t index = 0; index < survey.groups.size(); ++index) {
    json += (index ? "," : "") + std::to_string(survey.groups[index].responded);
    total += survey.groups[index].responded;
  }
  return json + "],\"total\":" + std::to_string(total) + "}";
}

}  // namespace peiling::web
