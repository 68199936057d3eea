// rapport.html: the whole report as one self-contained page for screen and A4 print.
// No script and no external resource, so it opens the same from a USB stick, an e-mail
// attachment or a school laptop without network.
#include "base/escape.h"
#include "reports/coding_sections.h"
#include "reports/comparison_section.h"
#include "reports/findings.h"
#include "reports/html_parts.h"
#include "reports/report_page_style.h"
#include "reports/report_documents.h"
#include "reports/statistics_section.h"

namespace peiling {

namespace {

std::string page_header(const ReportModel& model) {
  return "<header>" + html_element("p", std::string(model.text.report_kind()), "kicker") +
         html_element("h1", model.analysis->questionnaire.title) +
         (model.analysis->survey.label.empty() ? "" : html_element("p", model.analysis->survey.label, "survey")) +
         "</header>\n";
}

std::string response_section(const ReportModel& model) {
  return "<section>" + html_element("h2", std::string(model.text.response_heading())) +
         html_table(response_table(model)) + "</section>\n";
}

// The items with their descriptions, so a reader knows what "Fase 3" stands for.
std::string item_descriptions(const Question& question) {
  std::string list;
  for (const Item& item : question.items)
    if (!item.description.empty()) list += html_element("dt", item.label) + html_element("dd", item.description);
  return list.empty() ? "" : "<dl class=\"items\">" + list + "</dl>\n";
}

std::string scale_line(const Question& question) {
  std::string line;
  if (!question.high_label.empty()) line = std::to_string(question.items.size()) + " = " + question.high_label;
  if (!question.low_label.empty()) line += (line.empty() ? "" : ", ") + std::string("1 = ") + question.low_label;
  return line.empty() ? "" : html_element("p", line, "scale");
}

std::string rank_group_part(const ReportModel& model, const Question& question, const GroupAnalysis& group) {
  const QuestionSummary* summary = summary_for(group, question);
  const ReportChart* chart = model.chart_for(question, &group);
  if (!summary || !chart) return "";
  return html_element("h3", group.group->label) + html_page_figure(*chart) +
         html_table(rank_table(model, question, std::get<RankSummary>(summary->result)));
}

std::string all_groups_part(const ReportModel& model, const Question& question) {
  std::string html;
  if (const ReportChart* combined = model.chart_for(question, nullptr))
    html += html_element("h3", std::string(model.text.side_by_side())) + html_page_figure(*combined);
  const QuestionSummary* total = summary_for(model.analysis->all_groups, question);
  if (total && model.adds_all_groups(question))
    html += html_element("h3", std::string(model.text.all_groups_together())) +
            html_table(rank_table(model, question, std::get<RankSummary>(total->result)));
  else if (total && !withheld_notes(model, question).empty())
    html += html_notes({std::string(model.text.all_groups_withheld())});
  return html;
}

std::string rank_section(const ReportModel& model, const Question& question) {
  std::string html = html_element("h2", question.text) + scale_line(question) + item_descriptions(question);
  for (const GroupAnalysis& group : model.analysis->groups)
    if (model.shows_answers(group)) html += rank_group_part(model, question, group);
  html += html_notes(withheld_notes(model, question));
  return "<section>" + html + all_groups_part(model, question) + html_notes(board_notes(model, question)) +
         "</section>\n";
}

// A closed question other than a ranking: its charts (per group, then side by side), its
// tables, and the notes on what they leave out.
std::string closed_section(const ReportModel& model, const Question& question) {
  std::string html = html_element("h2", question.text);
  for (const ReportChart* chart : model.charts_of(question))
    html += html_element("h3", chart->group ? chart->group->group->label : std::string(model.text.side_by_side())) +
            html_page_figure(*chart);
  for (const Table& table : closed_question_tables(model, question)) html += html_table(table);
  if (question.kind().layout == AnswerLayout::ticked_options) html += html_notes({std::string(model.text.several_answers_note())});
  return "<section>" + html + html_notes(withheld_notes(model, question)) + "</section>\n";
}

std::string shoebox_section(const ReportModel& model) {
  std::string html;
  for (const Question& question : model.analysis->questionnaire.questions) {
    if (!question.kind().open) continue;
    for (const Shoebox& shoebox : model.shoeboxes) {
      if (shoebox.question != &question) continue;
      html += html_element("h3", question.text + " — " + shoebox.group->group->label) +
              html_element("p", model.text.open_counts(shoebox.summary.answered, shoebox.summary.coded), "note");
      // "0 antwoorden" says it; a table whose every box holds a dash reads as a broken one.
      if (shoebox.summary.answered > 0) html += html_table(shoebox_table(model, shoebox), "shoebox");
    }
    html += html_notes(withheld_notes(model, question));
  }
  if (html.empty()) return "";
  return "<section>" + html_element("h2", std::string(model.text.shoebox_heading())) +
         html_element("p", std::string(model.text.shoebox_intro())) + html + "</section>\n";
}

std::string findings_section(const ReportModel& model) {
  std::string html;
  for (const GroupAnalysis* group : model.shown_groups()) {
    const auto findings = group_findings(model, *group);
    if (findings.empty()) continue;
    html += html_element("h3", group->group->label) + "<ul class=\"findings\">";
    for (const std::string& finding : findings) html += html_element("li", finding);
    html += "</ul>\n";
  }
  if (html.empty()) return "";
  return "<section>" + html_element("h2", std::string(model.text.findings_heading())) + html + "</section>\n";
}

std::string page_footer(const ReportModel& model) {
  const Questionnaire& questionnaire = model.analysis->questionnaire;
  return "<footer>" + escape_html(model.text.made_with(questionnaire.id, questionnaire.version,
                                                       model.analysis->definition_hash)) +
         "</footer>\n";
}

}  // namespace

std::string render_html_report(const ReportModel& model) {
  std::string body = page_header(model) + "<main>\n" + response_section(model);
  for (const Question& question : model.analysis->questionnaire.questions) {
    if (question.type == QuestionType::rank) body += rank_section(model, question);
    else if (!question.kind().open) body += closed_section(model, question);
  }
  body += shoebox_section(model) + findings_section(model) + comparison_html(model);
  body += render_section_html(triangulation_section(model)) + statistics_section_html(model);
  body += render_section_html(method_section(model)) + "</main>\n" + page_footer(model);
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(model.text.html_lang()) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n<title>" +
         escape_html(model.title()) + "</title>\n<style>" + std::string(kReportPageStyle) + "</style>\n</head>\n<body>\n" + body +
         "</body>\n</html>\n";
}

}  // namespace peiling
