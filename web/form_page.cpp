// The form page. Every question is a fieldset with a legend, every input has a label, and
// an error is tied to its inputs with aria-describedby, so screen readers announce it.
#include "web/form_page.h"

#include "base/escape.h"
#include "base/messages.h"
#include "engine/linking_code.h"
#include "engine/show_if.h"
#include "web/form_fields.h"
#include "web/html_page.h"
#include "web/question_inputs.h"

namespace peiling::web {

std::string url_component(const std::string& text) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 0xF];
    }
  }
  return out;
}

namespace {

std::string paragraphs(const std::string& text) {
  return text.empty() ? "" : "<p class=\"intro\">" + escape_html(text) + "</p>";
}

std::string error_list(const std::vector<std::string>& problems, const std::string& id) {
  if (problems.empty()) return "";
  std::string html = "<div class=\"error\" id=\"" + escape_html(id) + "\">";
  for (const auto& problem : problems) html += "<p>" + escape_html(problem) + "</p>";
  return html + "</div>";
}

// A conditional question names the field and options it depends on, for the script to
// hide it until one is chosen; without the script it stays, with its condition in words.
std::string condition_attributes(const Questionnaire& questionnaire, const Question& question) {
  if (!question.show_if) return "";
  const Question* source = questionnaire.find_question(question.show_if->question);
  std::string values;
  for (const std::string& option : question.show_if->is) values += (values.empty() ? "" : " ") + option;
  const std::string field = source->kind().layout == AnswerLayout::ticked_options ? multi_field(*source)
                                                                                   : answer_field(*source);
  return " data-show-field=\"" + escape_html(field) + "\" data-show-values=\"" + escape_html(values) + "\"";
}

std::string question_block(const Questionnaire& questionnaire, const Question& question, const FormState& state) {
  const auto found = state.problems.find(question.id);
  const std::vector<std::string> none;
  const auto& problems = found == state.problems.end() ? none : found->second;
  const std::string error_id = "fout-" + question.id;
  QuestionContext context{question, state.values, problems.empty() ? "" : error_id};
  std::string html = "<fieldset class=\"question" + std::string(problems.empty() ? "" : " invalid") + "\" id=\"" +
                     escape_html("vraag-" + question.id) + "\"" + condition_attributes(questionnaire, question) +
                     "><legend>" + escape_html(question.text);
  if (question.required) html += " <span class=\"required\">" + text(Msg::web_required) + "</span>";
  html += "</legend>";
  if (question.show_if)
    html += "<p class=\"condition\">" + escape_html(show_if_note(questionnaire, question, user_language())) + "</p>";
  if (!question.help.empty()) html += "<p class=\"help\">" + escape_html(question.help) + "</p>";
  html += error_list(problems, error_id);
  return html + question_inputs(context) + "</fieldset>\n";
}

// The optional linking code (engine/linking_code.h), after the questions; its problem, if
// any, is listed at the top with the problems about the form as a whole.
std::string linking_code_block(const FormState& state) {
  return "<fieldset class=\"question\" id=\"vraag-koppelcode\"><legend>" +
         escape_html(std::string(linking_code_prompt(user_language()))) + "</legend><p class=\"help\" id=\"uitleg-koppelcode\">" +
         escape_html(std::string(linking_code_help(user_language()))) +
         "</p><label for=\"koppelcode\">" + text(Msg::web_linking_code_label) + "</label><input type=\"text\" id=\"koppelcode\" name=\"" +
         kLinkingCodeField + "\" maxlength=\"8\" size=\"6\" autocomplete=\"off\" aria-describedby=\"uitleg-koppelcode\" value=\"" +
         escape_html(field_value(state.values, kLinkingCodeField)) + "\"></fieldset>\n";
}

// Problems about the form as a whole, or about questions this group's form does not show.
std::vector<std::string> problems_off_the_form(const Questionnaire& questionnaire, const RespondentGroup& group,
                                               const FormState& state) {
  std::vector<std::string> off;
  for (const auto& [question_id, problems] : state.problems) {
    const Question* question = questionnaire.find_question(question_id);
    if (question && question->asked_to(group.id)) continue;
    for (const auto& problem : problems) off.push_back(question ? question->text + ": " + problem : problem);
  }
  return off;
}

}  // namespace

std::string group_choice_page(const Questionnaire& questionnaire, const std::string& base) {
  std::string body = "<h1>" + escape_html(questionnaire.title) + "</h1>" + paragraphs(questionnaire.intro);
  body += "<h2>" + text(Msg::web_which_group) + "</h2><ul class=\"groups\">";
  for (const auto& group : questionnaire.groups)
    body += "<li><a class=\"button\" href=\"" + escape_html(base) + "/g/" + escape_html(url_component(group.id)) + "\">" +
            escape_html(group.label) + "</a></li>";
  return html_page(questionnaire.title, body + "</ul>");
}

std::string form_page(const Questionnaire& questionnaire, const RespondentGroup& group, const FormState& state) {
  std::string body = "<h1>" + escape_html(questionnaire.title) + "</h1>" + paragraphs(questionnaire.intro) +
                     "<p class=\"group\">" + text(Msg::web_filling_in_as) + " <strong>" + escape_html(group.label) +
                     "</strong></p>";
  if (!state.problems.empty())
    body += "<div class=\"error summary\" role=\"alert\"><p>" + text(Msg::web_not_all_right) + "</p>" +
            error_list(problems_off_the_form(questionnaire, group, state), "fout-algemeen") + "</div>";
  body += "<form method=\"post\" action=\"" + escape_html(state.base) + "/g/" + escape_html(url_component(group.id)) +
          "\" novalidate>";
  body += "<input type=\"hidden\" name=\"csrf\" value=\"" + escape_html(state.csrf) + "\">";
  body += "<input type=\"hidden\" name=\"nonce\" value=\"" + escape_html(state.nonce) + "\">";
  if (!state.token.empty()) body += "<input type=\"hidden\" name=\"token\" value=\"" + escape_html(state.token) + "\">";
  for (const Question* question : questionnaire.questions_for(group.id)) body += question_block(questionnaire, *question, state);
  if (questionnaire.linking_code) body += linking_code_block(state);
  body += "<p><button type=\"submit\" class=\"button\">" + text(Msg::web_send) + "</button></p></form>";
  return html_page(questionnaire.title, body);
}

std::string thanks_page(const Questionnaire& questionnaire) {
  return html_page(text(Msg::web_thanks_title), "<h1>" + text(Msg::web_thanks_heading) + "</h1><p>" +
                                                    text(Msg::web_thanks_text, escape_html(questionnaire.title)) + "</p>");
}

}  // namespace peiling::web
