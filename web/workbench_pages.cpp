// The workbench's survey pages; see workbench_pages.h.
#include "web/workbench_pages.h"

#include "base/escape.h"
#include "base/messages.h"
#include "engine/definition_loader.h"
#include "web/html_page.h"

namespace peiling::web {

namespace {

std::string escaped(Msg name) { return escape_html(text(name)); }

}  // namespace

std::string workbench_page(const std::string& title, const std::string& body) {
  const std::string nav = "<nav class=\"workbench-nav\" aria-label=\"" + escaped(Msg::wb_nav_label) +
                          "\"><a href=\"/\">" + escaped(Msg::wb_surveys) + "</a></nav>";
  return html_page(text(Msg::wb_page_title, title), nav + "<h1>" + escape_html(title) + "</h1>\n" + body);
}

std::string workbench_message_page(const std::string& title, const std::string& message) {
  return workbench_page(title, "<p>" + escape_html(message) + "</p><p><a href=\"/\">" + escaped(Msg::wb_back_to_surveys) + "</a></p>");
}

std::string csrf_field(const std::string& csrf) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape_html(csrf) + "\">";
}

std::string error_box(const std::string& message) {
  if (message.empty()) return "";
  return "<div class=\"error summary\" role=\"alert\"><p>" + escape_html(message) + "</p></div>";
}

std::string survey_title(const SurveyListing& survey) {
  return survey.record.summary.label + " (" + survey.questionnaire.title + ")";
}

namespace {

std::string group_label(const Questionnaire& questionnaire, const std::string& group_id) {
  const RespondentGroup* group = questionnaire.find_group(group_id);
  return group ? group->label : group_id;
}

std::string survey_path(std::int64_t id) { return "/peilingen/" + std::to_string(id); }

// "Directie 3 van 4" per group, each count in a span the script updates.
std::string group_counts(const SurveyListing& survey) {
  const auto& record = survey.record;
  std::string html = "<ul class=\"tallies\">";
  for (std::size_t index = 0; index < record.groups.size(); ++index) {
    const auto& tally = record.groups[index];
    html += "<li>" + escape_html(group_label(survey.questionnaire, tally.group)) + ": <span data-count=\"" +
            std::to_string(record.summary.id) + ":" + std::to_string(index) + "\">" +
            std::to_string(tally.responded) + "</span>" + escape_html(text(Msg::wb_of_survey, tally.invited)) + "</li>";
  }
  return html + "</ul>";
}

std::string open_close_form(const SurveyListing& survey, const std::string& csrf) {
  const bool open = survey.record.summary.open;
  const std::string action = survey_path(survey.record.summary.id) + (open ? "/sluiten" : "/heropenen");
  return "<form method=\"post\" action=\"" + action + "\">" + csrf_field(csrf) +
         "<button class=\"button secondary\" type=\"submit\">" + escaped(open ? Msg::wb_close : Msg::wb_reopen) +
         "<span class=\"visually-hidden\"> " + escape_html(survey.record.summary.label) + "</span></button></form>";
}

std::string survey_row(const SurveyListing& survey, const std::string& csrf) {
  const auto& summary = survey.record.summary;
  const std::string path = survey_path(summary.id);
  const std::string hidden_name =
      "<span class=\"visually-hidden\">" + escape_html(text(Msg::wb_of_survey, summary.label)) + "</span>";
  return "<tr><th scope=\"row\">" + escape_html(summary.label) + "<br><span class=\"muted\">" +
         escape_html(text(Msg::wb_survey_number, survey.questionnaire.title, summary.id)) + "</span></th><td>" +
         escaped(summary.open ? Msg::state_open : Msg::state_closed) + "</td><td>" + group_counts(survey) +
         "<p class=\"total\">" + escaped(Msg::wb_total) + " <span data-total=\"" + std::to_string(summary.id) + "\">" +
         std::to_string(summary.responses) + "</span></p></td><td class=\"actions\">" +
         "<a href=\"" + path + "/verzamelen\">" + escaped(Msg::wb_collect_link) + hidden_name + "</a> " +
         "<a href=\"" + path + "/import\">" + escaped(Msg::wb_import) + hidden_name + "</a> " +
         "<a href=\"" + path + "/coderen\">" + escaped(Msg::wb_code) + hidden_name + "</a> " +
         "<a href=\"" + path + "/rapport\">" + escaped(Msg::wb_report) + hidden_name + "</a> " + open_close_form(survey, csrf) +
         "<a href=\"" + path + "/verwijderen\">" + escaped(Msg::wb_delete) + hidden_name + "</a></td></tr>";
}

std::string survey_table(const SurveysView& view) {
  if (view.surveys.empty()) return "<p>" + escaped(Msg::wb_no_surveys) + "</p>";
  std::string html = "<div class=\"table-scroll\"><table class=\"surveys\"><caption>" + escaped(Msg::wb_surveys_caption) +
                     "</caption><thead><tr><th scope=\"col\">" + escaped(Msg::wb_column_survey) +
                     "</th><th scope=\"col\">" + escaped(Msg::wb_column_state) + "</th><th scope=\"col\">" +
                     escaped(Msg::wb_column_responded) + "</th><th scope=\"col\">" + escaped(Msg::wb_column_actions) +
                     "</th></tr></thead><tbody>";
  for (const auto& survey : view.surveys) html += survey_row(survey, view.csrf);
  return html + "</tbody></table></div><p class=\"refresh\"><a href=\"/\">" + escaped(Msg::wb_refresh_counts) +
         "</a> <span class=\"muted\" id=\"live-note\" data-live=\"" + escaped(Msg::wb_live_note) +
         "\" data-stopped=\"" + escaped(Msg::wb_live_stopped) + "\"></span></p>";
}

std::string bundled_form(const SurveysView& view) {
  std::string options;
  for (const auto& bundled : view.bundled)
    options += "<option value=\"" + escape_html(bundled.id) + "\">" + escape_html(bundled.title) + "</option>";
  return "<form method=\"post\" action=\"/peilingen/nieuw\" enctype=\"multipart/form-data\">" + csrf_field(view.csrf) +
         "<h3>" + escaped(Msg::wb_with_bundled) + "</h3><label for=\"bundled\">" + escaped(Msg::wb_questionnaire) +
         "</label><select id=\"bundled\" name=\"bundled\">" + options +
         "</select><p><button class=\"button\" type=\"submit\">" + escaped(Msg::wb_next) + "</button></p></form>";
}

std::string upload_form(const SurveysView& view) {
  return "<form method=\"post\" action=\"/peilingen/nieuw\" enctype=\"multipart/form-data\">" + csrf_field(view.csrf) +
         "<h3>" + escaped(Msg::wb_with_own_file) + "</h3><label for=\"definition\">" + escaped(Msg::wb_definition_file) +
         "</label><input id=\"definition\" name=\"definition\" type=\"file\" accept=\".json,application/json\" "
         "required><p><button class=\"button\" type=\"submit\">" + escaped(Msg::wb_check_and_next) +
         "</button></p></form>";
}

}  // namespace

std::string surveys_page(const SurveysView& view) {
  std::string body;
  if (!view.notice.empty()) body += "<p class=\"notice\" role=\"status\">" + escape_html(view.notice) + "</p>";
  body += survey_table(view);
  body += "<h2 id=\"nieuw\">" + escaped(Msg::wb_new_survey) + "</h2>" + error_box(view.error) + bundled_form(view) + upload_form(view);
  body += "<p><a href=\"/definitie\">" + escaped(Msg::wb_editor_link) + "</a></p>";
  body += "<script src=\"/static/workbench.js\" defer></script>";
  return workbench_page(text(Msg::wb_surveys), body);
}

std::string create_page(const CreateView& view) {
  std::string groups;
  for (const auto& group : view.questionnaire.groups) {
    const std::string id = "invited-" + escape_html(group.id);
    groups += "<p><label for=\"" + id + "\">" + escape_html(group.label) + "</label><input id=\"" + id +
              "\" name=\"invited:" + escape_html(group.id) +
              "\" type=\"number\" min=\"0\" max=\"100000\" inputmode=\"numeric\" required></p>";
  }
  const std::string body =
      error_box(view.error) + "<p>" +
      escape_html(text(Msg::wb_create_checked, view.questionnaire.title, view.source_name,
                       questions_counted(view.questionnaire))) + "</p>"
      "<form method=\"post\" action=\"/peilingen/maken\" enctype=\"multipart/form-data\">" + csrf_field(view.csrf) +
      "<input type=\"hidden\" name=\"definition_text\" value=\"" + escape_html(view.definition_text) + "\">"
      "<input type=\"hidden\" name=\"source_name\" value=\"" + escape_html(view.source_name) + "\">"
      "<p><label for=\"label\">" + escaped(Msg::wb_survey_name) + "</label><span class=\"help\" id=\"label-help\">" +
      escaped(Msg::wb_survey_name_help) + "</span><input id=\"label\" name=\"label\" "
      "type=\"text\" maxlength=\"200\" required aria-describedby=\"label-help\"></p>"
      "<fieldset><legend>" + escaped(Msg::wb_invited_legend) + "</legend>" + groups +
      "</fieldset><p><button class=\"button\" type=\"submit\">Peiling maken</button></p></form>";
  return workbench_page(text(Msg::wb_new_survey), body);
}

std::string delete_confirmation_page(const SurveyListing& survey, const std::string& csrf) {
  const auto& summary = survey.record.summary;
  const std::string body =
      "<p>" + escape_html(text(Msg::wb_delete_question, survey_title(survey),
                               summary.responses == 1 ? text(Msg::wb_one_response)
                                                      : text(Msg::wb_responses, summary.responses))) + "</p>"
      "<form method=\"post\" action=\"/peilingen/" + std::to_string(summary.id) + "/verwijderen\">" + csrf_field(csrf) +
      "<p><button class=\"button danger\" type=\"submit\">" + escaped(Msg::wb_delete_yes) + "</button> "
      "<a href=\"/\">" + escaped(Msg::wb_delete_no) + "</a></p></form>";
  return workbench_page(text(Msg::wb_delete_title), body);
}

std::string counts_json(const std::vector<SurveyRecord>& surveys) {
  std::string json = "{\"surveys\":[";
  for (std::size_t s = 0; s < surveys.size(); ++s) {
    const auto& record = surveys[s];
    json += (s ? ",{" : "{") + std::string("\"id\":") + std::to_string(record.summary.id) + ",\"groups\":[";
    for (std::size_t g = 0; g < record.groups.size(); ++g)
      json += (g ? "," : "") + std::to_string(record.groups[g].responded);
    json += "],\"total\":" + std::to_string(record.summary.responses) + "}";
  }
  return json + "]}";
}

}  // namespace peiling::web
