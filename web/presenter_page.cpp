// The presenter page. It refreshes itself every five seconds while the survey is open
// (a meta refresh: no script needed), so the counter keeps up during the meeting.
#include "web/presenter_page.h"

#include "base/escape.h"
#include "web/html_page.h"
#include "web/qr.h"

namespace peiling::web {

namespace {

std::string group_label(const Questionnaire& questionnaire, const std::string& group_id) {
  const RespondentGroup* group = questionnaire.find_group(group_id);
  return group ? group->label : group_id;
}

std::string counts_table(const SurveyRecord& survey, const Questionnaire& questionnaire) {
  std::string html = "<div class=\"table-scroll\"><table class=\"counts\"><thead><tr><th scope=\"col\">Groep</th><th scope=\"col\">Ingevuld</th>"
                     "<th scope=\"col\">Uitgenodigd</th><th scope=\"col\">Nog niet</th></tr></thead><tbody>";
  int responded = 0;
  int invited = 0;
  for (const auto& group : survey.groups) {
    responded += group.responded;
    invited += group.invited;
    const int missing = group.invited > group.responded ? group.invited - group.responded : 0;
    html += "<tr><th scope=\"row\">" + escape_html(group_label(questionnaire, group.group)) + "</th><td class=\"number\" data-group=\"" +
            escape_html(group.group) + "\">" + std::to_string(group.responded) + "</td><td class=\"number\">" +
            std::to_string(group.invited) + "</td><td class=\"number\">" + std::to_string(missing) + "</td></tr>";
  }
  return html + "</tbody><tfoot><tr><th scope=\"row\">Totaal</th><td class=\"number\" id=\"totaal\">" +
         std::to_string(responded) + "</td><td class=\"number\">" + std::to_string(invited) +
         "</td><td></td></tr></tfoot></table></div>";
}

std::string open_part(const PresenterView& view) {
  return qr_svg(view.respondent_url, "QR-code van de vragenlijst") + "<p class=\"link\"><a href=\"" +
         escape_html(view.respondent_url) + "\">" + escape_html(view.respondent_url) + "</a></p>" +
         counts_table(view.survey, view.questionnaire) +
         "<form method=\"post\" action=\"/presenter/close\"><input type=\"hidden\" name=\"csrf\" value=\"" +
         escape_html(view.csrf) + "\"><p><button class=\"button\" type=\"submit\">Peiling sluiten</button></p></form>";
}

std::string closed_part(const PresenterView& view) {
  std::string html = "<p><strong>De peiling is gesloten.</strong></p>" + counts_table(view.survey, view.questionnaire);
  if (view.report_note.empty())
    html += "<p><a class=\"button\" href=\"/presenter/rapport/rapport.html\">Naar het rapport</a></p>";
  else
    html += "<p>Het rapport is er nog niet: " + escape_html(view.report_note) + "</p>";
  return html;
}

}  // namespace

std::string presenter_close_confirmation(const PresenterView& view) {
  int responded = 0;
  for (const auto& group : view.survey.groups) responded += group.responded;
  const std::string body =
      "<div class=\"presenter\"><h1>Weet u het zeker?</h1><p>Na het sluiten neemt de peiling geen antwoorden meer "
      "aan (" + std::to_string(responded) + " zijn er nu binnen) en wordt het rapport geschreven. Heropenen kan "
      "later met <code>peiling survey reopen " + std::to_string(view.survey.summary.id) + "</code>.</p>"
      "<form method=\"post\" action=\"/presenter/close\"><input type=\"hidden\" name=\"csrf\" value=\"" +
      escape_html(view.csrf) + "\"><input type=\"hidden\" name=\"confirm\" value=\"ja\"><p>"
      "<button class=\"button\" type=\"submit\">Ja, peiling sluiten</button> "
      "<a class=\"button\" href=\"/presenter\">Nee, terug</a></p></form></div>";
  return html_page(view.questionnaire.title + " (sluiten?)", body, 0);
}

std::string presenter_page(const PresenterView& view) {
  const bool open = view.survey.summary.open;
  const std::string body = "<div class=\"presenter\"><h1>" + escape_html(view.questionnaire.title) + "</h1>" +
                           (open ? open_part(view) : closed_part(view)) + "</div>";
  return html_page(view.questionnaire.title + " (presentatie)", body, open ? 5 : 0);
}

}  // namespace peiling::web
