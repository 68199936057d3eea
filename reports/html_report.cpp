// rapport.html: the whole report as one self-contained page for screen and A4 print.
// No script and no external resource, so it opens the same from a USB stick, an e-mail
// attachment or a school laptop without network.
#include "base/escape.h"
#include "reports/coding_sections.h"
#include "reports/comparison_section.h"
#include "reports/findings.h"
#include "reports/html_parts.h"
#include "reports/report_documents.h"
#include "reports/statistics_section.h"

namespace peiling {

namespace {

constexpr const char* kStyle = R"(
:root { --ink: #1a1a1a; --muted: #5a6270; --accent: #0b4f8a; --rule: #cfd6de; --band: #eef3f8; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: var(--ink); font-size: 16px;
  line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
header { border-bottom: 5px solid var(--accent); padding-bottom: .8rem; margin-bottom: 1.5rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-weight: bold;
  font-size: .85rem; margin: 0; }
h1 { font-size: 2.1rem; margin: .3rem 0 0; line-height: 1.2; }
.survey { font-size: 1.2rem; color: var(--muted); margin: .3rem 0 0; }
h2 { color: var(--accent); font-size: 1.55rem; border-bottom: 1px solid var(--rule); padding-bottom: .3rem;
  margin: 2.8rem 0 .8rem; }
h3 { font-size: 1.2rem; margin: 1.9rem 0 .5rem; }
.scale { color: var(--muted); margin-top: -.3rem; }
dl.items { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.items dt { font-weight: bold; }
dl.items dd { margin: 0; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.2rem; font-size: .95rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
tr.spans th { font-weight: normal; font-size: .85rem; color: var(--muted); text-align: center; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.emphasised th, tr.emphasised td { font-weight: bold; background: #f7f9fb; }
table.shoebox th[scope=row] { width: 30%; }
table.shoebox tr.emphasised th, table.shoebox tr.emphasised td { font-weight: normal; }
table.shoebox tr.emphasised th { font-style: italic; }
td ul { margin: 0; padding-left: 1.1rem; }
td li { margin: .15rem 0 .35rem; white-space: pre-line; }
.note { color: var(--muted); font-size: .92rem; }
span.note { display: block; font-size: .85rem; }
figure.chart { margin: .8rem 0 .4rem; max-width: 52rem; break-inside: avoid; page-break-inside: avoid; }
figcaption span { display: block; font-size: .95rem; }
ul.findings li { margin: .3rem 0; }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .5rem; color: var(--muted);
  font-size: .8rem; }
/* A phone: a table wider than the screen scrolls on its own, so the page keeps the
   phone's width (else the browser zooms the whole report out to the widest table). */
@media (max-width: 40rem) {
  body { margin: 1rem auto; padding: 0 .75rem; }
  h1 { font-size: 1.6rem; }
  dl.items { display: block; }
  dl.items dd { margin: 0 0 .5rem; }
  table { display: block; overflow-x: auto; }
  caption { display: block; text-align: left; }  /* wraps on the screen, not as wide as the table */
}
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  figure.chart svg { max-height: 125mm; }
}
)";

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
  return html_element("h3", group.group->label) + html_figure(*chart) +
         html_table(rank_table(model, question, std::get<RankSummary>(summary->result)));
}

std::string all_groups_part(const ReportModel& model, const Question& question) {
  std::string html;
  if (const ReportChart* combined = model.chart_for(question, nullptr))
    html += html_element("h3", std::string(model.text.side_by_side())) + html_figure(*combined);
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
            html_figure(*chart);
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
         escape_html(model.title()) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n" + body +
         "</body>\n</html>\n";
}

}  // namespace peiling
