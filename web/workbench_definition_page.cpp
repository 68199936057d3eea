// The definition editor's page; see workbench_definition_page.h.
#include "web/workbench_definition_page.h"

#include <algorithm>
#include <sstream>

#include "base/escape.h"
#include "base/messages.h"
#include "web/form_page.h"

namespace peiling::web {

namespace {

constexpr int kContextBefore = 2;  // lines shown above a problem's line
constexpr int kContextAfter = 1;   // and below it

std::string escaped(Msg name) { return escape_html(text(name)); }

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

std::string where(const DefinitionProblem& problem) {
  if (problem.line <= 0) return "";
  return problem.column > 0 ? text(Msg::wb_editor_problem_at, problem.line, problem.column)
                            : text(Msg::wb_editor_problem_line, problem.line);
}

std::string problem_text(const DefinitionProblem& problem) {
  return problem.node_path.empty() ? problem.problem : problem.node_path + ": " + problem.problem;
}

std::string problem_list(const std::vector<DefinitionProblem>& problems) {
  std::string html = "<div class=\"error summary\" role=\"alert\"><p>" +
                     escape_html(problems.size() == 1 ? text(Msg::wb_editor_one_problem) : text(Msg::wb_editor_problems, problems.size())) + "</p><ul>";
  for (const auto& problem : problems) {
    const std::string at = where(problem);
    html += "<li>" + (at.empty() ? "" : "<strong>" + escape_html(at) + "</strong>: ") +
            escape_html(problem_text(problem)) + "</li>";
  }
  return html + "</ul></div>";
}

std::string bundled_choice(const DefinitionEditorView& view) {
  std::string options;
  for (const auto& bundled : view.bundled)
    options += "<option value=\"" + escape_html(bundled.id) + "\"" +
               (bundled.id + ".json" == view.file_name ? " selected" : "") + ">" + escape_html(bundled.title) + "</option>";
  return "<form method=\"get\" action=\"/definitie\" class=\"inline-form\"><label for=\"start-from\">" +
         escaped(Msg::wb_editor_start_from) + "</label><select id=\"start-from\" name=\"vragenlijst\">" + options +
         "</select> <button class=\"button secondary\" type=\"submit\">" + escaped(Msg::wb_editor_load) +
         "</button></form>";
}

std::string editor_form(const DefinitionEditorView& view) {
  return "<form method=\"post\" action=\"/definitie\">" + csrf_field(view.csrf) + "<p><label for=\"file-name\">" +
         escaped(Msg::wb_editor_file_name) + "</label><input id=\"file-name\" name=\"file_name\" type=\"text\" "
         "maxlength=\"100\" value=\"" + escape_html(view.file_name) + "\"></p><p><label for=\"definition-text\">" +
         escaped(Msg::wb_editor_text) + "</label><textarea id=\"definition-text\" name=\"definition_text\" "
         "class=\"definition-text\" rows=\"24\" spellcheck=\"false\">" + escape_html(view.text) +
         "</textarea></p><p class=\"editor-actions\"><button class=\"button\" type=\"submit\" name=\"actie\" "
         "value=\"controleren\">" + escaped(Msg::wb_editor_check) + "</button> <button class=\"button secondary\" "
         "type=\"submit\" name=\"actie\" value=\"opslaan\">" + escaped(Msg::wb_editor_save) + "</button> "
         "<button class=\"button secondary\" type=\"submit\" name=\"actie\" value=\"gebruiken\">" +
         escaped(Msg::wb_editor_use) + "</button></p></form>";
}

std::string previews(const DefinitionEditorView& view) {
  const Questionnaire& questionnaire = *view.questionnaire;
  std::string html = "<p class=\"notice\" role=\"status\">" +
                     escape_html(text(Msg::wb_editor_ok, questions_counted(questionnaire), groups_counted(questionnaire))) +
                     "</p><h2>" + escaped(Msg::wb_editor_preview) + "</h2><div class=\"previews\">";
  for (const auto& group : questionnaire.groups)
    html += "<figure class=\"preview\"><figcaption>" + escape_html(group.label) + "</figcaption><iframe "
            "class=\"preview-frame\" title=\"" + escape_html(text(Msg::wb_editor_preview_frame, group.label)) +
            "\" src=\"/definitie/voorbeeld/" + view.preview_id + "/" + url_component(group.id) + "\"></iframe></figure>";
  return html + "</div>";
}

}  // namespace

std::string problem_listing(const std::string& text, const std::vector<DefinitionProblem>& problems) {
  const std::vector<std::string> lines = split_lines(text);
  std::vector<bool> shown(lines.size() + 1, false);  // by line number
  for (const auto& problem : problems)
    for (int line = problem.line - kContextBefore; problem.line > 0 && line <= problem.line + kContextAfter; ++line)
      if (line >= 1 && line <= static_cast<int>(lines.size())) shown[static_cast<std::size_t>(line)] = true;
  std::string html;
  bool open = false;
  for (std::size_t number = 1; number <= lines.size(); ++number) {
    if (!shown[number]) {
      if (open) html += "</ol>";
      open = false;
      continue;
    }
    if (!open) html += "<ol class=\"listing\" start=\"" + std::to_string(number) + "\">";
    open = true;
    html += "<li><code>" + escape_html(lines[number - 1]) + "</code>";
    for (const auto& problem : problems)
      if (problem.line == static_cast<int>(number))
        html += "<p class=\"line-problem\"><strong>" + escape_html(where(problem)) + "</strong>: " +
                escape_html(problem_text(problem)) + "</p>";
    html += "</li>";
  }
  return open ? html + "</ol>" : html;
}

std::string definition_editor_page(const DefinitionEditorView& view) {
  std::string body = "<p>" + escaped(Msg::wb_editor_intro) + "</p>" + error_box(view.error) + bundled_choice(view);
  if (!view.problems.empty()) {
    body += problem_list(view.problems);
    const std::string listing = problem_listing(view.text, view.problems);
    if (!listing.empty())
      body += "<section class=\"problem-listing\" aria-labelledby=\"listing-heading\"><h2 id=\"listing-heading\">" +
              escaped(Msg::wb_editor_listing) + "</h2>" + listing + "</section>";
  }
  body += editor_form(view);
  if (view.questionnaire) body += previews(view);
  return workbench_page(text(Msg::wb_editor_title), body);
}

}  // namespace peiling::web
