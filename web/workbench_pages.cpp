// The workbench's survey pages; see workbench_pages.h.
#include "web/workbench_pages.h"

#include "base/escape.h"
#include "base/messages.h"
#include "web/html_page.h"

namespace peiling::web {

std::string workbench_page(const std::string& title, const std::string& body) {
  const std::string nav = "<nav class=\"workbench-nav\" aria-label=\"Werkbank\"><a href=\"/\">Peilingen</a></nav>";
  return html_page(title + " · peiling werkbank", nav + "<h1>" + escape_html(title) + "</h1>\n" + body);
}

std::string workbench_message_page(const std::string& title, const std::string& message) {
  return workbench_page(title, "<p>" + escape_html(message) + "</p><p><a href=\"/\">Terug naar de peilingen</a></p>");
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
            std::to_string(tally.responded) + "</span> van " + std::to_string(tally.invited) + "</li>";
  }
  return html + "</ul>";
}

std::string open_close_form(const SurveyListing& survey, const std::string& csrf) {
  const bool open = survey.record.summary.open;
  const std::string action = survey_path(survey.record.summary.id) + (open ? "/sluiten" : "/heropenen");
  return "<form method=\"post\" action=\"" + action + "\">" + csrf_field(csrf) +
         "<button class=\"button secondary\" type=\"submit\">" + (open ? "Sluiten" : "Heropenen") +
         "<span class=\"visually-hidden\"> " + escape_html(survey.record.summary.label) + "</span></button></form>";
}

std::string survey_row(const SurveyListing& survey, const std::string& csrf) {
  const auto& summary = survey.record.summary;
  const std::string path = survey_path(summary.id);
  const std::string hidden_name = "<span class=\"visually-hidden\"> van " + escape_html(summary.label) + "</span>";
  return "<tr><th scope=\"row\">" + escape_html(summary.label) + "<br><span class=\"muted\">" +
         escape_html(survey.questionnaire.title) + " · nr. " + std::to_string(summary.id) + "</span></th><td>" +
         (summary.open ? "open" : "gesloten") + "</td><td>" + group_counts(survey) +
         "<p class=\"total\">Totaal: <span data-total=\"" + std::to_string(summary.id) + "\">" +
         std::to_string(summary.responses) + "</span></p></td><td class=\"actions\">" +
         "<a href=\"" + path + "/verzamelen\">" + escape_html(text(Msg::wb_collect_link)) + hidden_name + "</a> " +
         "<a href=\"" + path + "/import\">Importeren" + hidden_name + "</a> " +
         "<a href=\"" + path + "/coderen\">Coderen" + hidden_name + "</a> " +
         "<a href=\"" + path + "/rapport\">Rapport" + hidden_name + "</a> " + open_close_form(survey, csrf) +
         "<a href=\"" + path + "/verwijderen\">Verwijderen" + hidden_name + "</a></td></tr>";
}

std::string survey_table(const SurveysView& view) {
  if (view.surveys.empty()) return "<p>Er zijn nog geen peilingen. Maak hieronder de eerste.</p>";
  std::string html = "<div class=\"table-scroll\"><table class=\"surveys\"><caption>Peilingen in deze database, met "
                     "het aantal ingevulde vragenlijsten per groep</caption><thead><tr><th scope=\"col\">Peiling</th>"
                     "<th scope=\"col\">Status</th><th scope=\"col\">Ingevuld</th><th scope=\"col\">Acties</th></tr>"
                     "</thead><tbody>";
  for (const auto& survey : view.surveys) html += survey_row(survey, view.csrf);
  return html + "</tbody></table></div><p class=\"refresh\"><a href=\"/\">Aantallen vernieuwen</a> "
                "<span class=\"muted\" id=\"live-note\"></span></p>";
}

std::string bundled_form(const SurveysView& view) {
  std::string options;
  for (const auto& bundled : view.bundled)
    options += "<option value=\"" + escape_html(bundled.id) + "\">" + escape_html(bundled.title) + "</option>";
  return "<form method=\"post\" action=\"/peilingen/nieuw\" enctype=\"multipart/form-data\">" + csrf_field(view.csrf) +
         "<h3>Met een meegeleverde vragenlijst</h3><label for=\"bundled\">Vragenlijst</label>"
         "<select id=\"bundled\" name=\"bundled\">" + options +
         "</select><p><button class=\"button\" type=\"submit\">Verder</button></p></form>";
}

std::string upload_form(const SurveysView& view) {
  return "<form method=\"post\" action=\"/peilingen/nieuw\" enctype=\"multipart/form-data\">" + csrf_field(view.csrf) +
         "<h3>Met een eigen definitiebestand</h3><label for=\"definition\">Definitie (JSON, hoogstens 1 MB)</label>"
         "<input id=\"definition\" name=\"definition\" type=\"file\" accept=\".json,application/json\" required>"
         "<p><button class=\"button\" type=\"submit\">Controleren en verder</button></p></form>";
}

}  // namespace

std::string surveys_page(const SurveysView& view) {
  std::string body;
  if (!view.notice.empty()) body += "<p class=\"notice\" role=\"status\">" + escape_html(view.notice) + "</p>";
  body += survey_table(view);
  body += "<h2 id=\"nieuw\">Nieuwe peiling</h2>" + error_box(view.error) + bundled_form(view) + upload_form(view);
  body += "<p><a href=\"/definitie\">" + escape_html(text(Msg::wb_editor_link)) + "</a></p>";
  body += "<script src=\"/static/workbench.js\" defer></script>";
  return workbench_page("Peilingen", body);
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
      error_box(view.error) + "<p>Vragenlijst: <strong>" + escape_html(view.questionnaire.title) +
      "</strong> (" + escape_html(view.source_name) + ", " + std::to_string(view.questionnaire.questions.size()) +
      " vragen). De definitie is gecontroleerd en in orde.</p>"
      "<form method=\"post\" action=\"/peilingen/maken\" enctype=\"multipart/form-data\">" + csrf_field(view.csrf) +
      "<input type=\"hidden\" name=\"definition_text\" value=\"" + escape_html(view.definition_text) + "\">"
      "<input type=\"hidden\" name=\"source_name\" value=\"" + escape_html(view.source_name) + "\">"
      "<p><label for=\"label\">Naam van deze peiling</label><span class=\"help\" id=\"label-help\">Neutraal, "
      "bijvoorbeeld \"nulmeting 2026\": geen namen van scholen of personen.</span><input id=\"label\" name=\"label\" "
      "type=\"text\" maxlength=\"200\" required aria-describedby=\"label-help\"></p>"
      "<fieldset><legend>Hoeveel mensen zijn per groep uitgenodigd?</legend>" + groups +
      "</fieldset><p><button class=\"button\" type=\"submit\">Peiling maken</button></p></form>";
  return workbench_page("Nieuwe peiling", body);
}

std::string delete_confirmation_page(const SurveyListing& survey, const std::string& csrf) {
  const auto& summary = survey.record.summary;
  const std::string body =
      "<p>Wil je de peiling <strong>" + escape_html(survey_title(survey)) + "</strong> verwijderen? Dan gaan ook " +
      std::to_string(summary.responses) + (summary.responses == 1 ? " antwoord" : " antwoorden") +
      " en alle coderingen ervan voorgoed uit de database. Dit kan niet ongedaan worden gemaakt.</p>"
      "<form method=\"post\" action=\"/peilingen/" + std::to_string(summary.id) + "/verwijderen\">" + csrf_field(csrf) +
      "<p><button class=\"button danger\" type=\"submit\">Ja, definitief verwijderen</button> "
      "<a href=\"/\">Nee, terug</a></p></form>";
  return workbench_page("Peiling verwijderen", body);
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
