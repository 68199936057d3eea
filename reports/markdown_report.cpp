// rapport.md: the report as Markdown, for a wiki, a thesis appendix or pasting into a
// document. Same sections as rapport.html; charts are image links to the .png files
// next to it. Every text from the definition or a respondent passes escape_markdown, so
// an answer can neither become a link or heading nor break a table.
#include "base/escape.h"
#include "reports/markdown_table.h"
#include "reports/coding_sections.h"
#include "reports/comparison_section.h"
#include "reports/findings.h"
#include "reports/report_documents.h"
#include "reports/report_tables.h"
#include "reports/statistics_section.h"

namespace peiling {

namespace {

std::string md_paragraph(const std::string& text) { return escape_markdown(text) + "\n\n"; }

std::string md_notes(const std::vector<std::string>& notes) {
  std::string markdown;
  for (const std::string& note : notes) markdown += "*" + escape_markdown(note) + "*\n\n";
  return markdown;
}

std::string md_chart(const ReportModel& model, const ReportChart& chart) {
  std::string markdown = "![" + escape_markdown(std::string(model.text.chart_word()) + ": " + chart_title(chart.chart)) +
                         "](" + chart.file_stem + ".png)\n\n";
  return markdown + md_notes(chart_footnotes(chart.chart));
}

std::string rank_section(const ReportModel& model, const Question& question) {
  std::string markdown = "## " + escape_markdown(question.text) + "\n\n";
  for (const GroupAnalysis* group : model.shown_groups()) {
    const QuestionSummary* summary = summary_for(*group, question);
    const ReportChart* chart = model.chart_for(question, group);
    if (!summary || !chart) continue;
    markdown += "### " + escape_markdown(group->group->label) + "\n\n" + md_chart(model, *chart) +
                markdown_table(rank_table(model, question, std::get<RankSummary>(summary->result)));
  }
  markdown += md_notes(withheld_notes(model, question));
  if (const ReportChart* combined = model.chart_for(question, nullptr))
    markdown += "### " + escape_markdown(std::string(model.text.side_by_side())) + "\n\n" + md_chart(model, *combined);
  const QuestionSummary* total = summary_for(model.analysis->all_groups, question);
  if (total && model.adds_all_groups(question))
    markdown += "### " + escape_markdown(std::string(model.text.all_groups_together())) + "\n\n" +
                markdown_table(rank_table(model, question, std::get<RankSummary>(total->result)));
  else if (total && !withheld_notes(model, question).empty())
    markdown += md_notes({std::string(model.text.all_groups_withheld())});
  return markdown + md_notes(board_notes(model, question));
}

std::string closed_section(const ReportModel& model, const Question& question) {
  std::string markdown = "## " + escape_markdown(question.text) + "\n\n";
  for (const ReportChart* chart : model.charts_of(question))
    markdown += "### " +
                escape_markdown(chart->group ? chart->group->group->label : std::string(model.text.side_by_side())) +
                "\n\n" + md_chart(model, *chart);
  for (const Table& table : closed_question_tables(model, question)) markdown += markdown_table(table);
  if (question.kind().layout == AnswerLayout::ticked_options) markdown += md_notes({std::string(model.text.several_answers_note())});
  return markdown + md_notes(withheld_notes(model, question));
}

std::string shoebox_section(const ReportModel& model) {
  std::string markdown;
  for (const Question& question : model.analysis->questionnaire.questions) {
    if (!question.kind().open) continue;
    for (const Shoebox& shoebox : model.shoeboxes) {
      if (shoebox.question != &question) continue;
      markdown += "### " + escape_markdown(question.text + " — " + shoebox.group->group->label) + "\n\n" +
                  md_notes({model.text.open_counts(shoebox.summary.answered, shoebox.summary.coded)});
      // As in rapport.html: the count says "0 antwoorden", no table of dashes under it.
      if (shoebox.summary.answered > 0) markdown += markdown_table(shoebox_table(model, shoebox));
    }
    markdown += md_notes(withheld_notes(model, question));
  }
  if (markdown.empty()) return "";
  return "## " + escape_markdown(std::string(model.text.shoebox_heading())) + "\n\n" +
         md_paragraph(std::string(model.text.shoebox_intro())) + markdown;
}

std::string findings_section(const ReportModel& model) {
  std::string markdown;
  for (const GroupAnalysis* group : model.shown_groups()) {
    const auto findings = group_findings(model, *group);
    if (findings.empty()) continue;
    markdown += "### " + escape_markdown(group->group->label) + "\n\n";
    for (const std::string& finding : findings) markdown += "- " + escape_markdown(finding) + "\n";
    markdown += "\n";
  }
  if (markdown.empty()) return "";
  return "## " + escape_markdown(std::string(model.text.findings_heading())) + "\n\n" + markdown;
}

}  // namespace

std::string render_markdown_report(const ReportModel& model) {
  const Questionnaire& questionnaire = model.analysis->questionnaire;
  std::string markdown = "# " + escape_markdown(model.title()) + "\n\n" +
                         md_paragraph(std::string(model.text.report_kind())) + "## " +
                         escape_markdown(std::string(model.text.response_heading())) + "\n\n" +
                         markdown_table(response_table(model));
  for (const Question& question : questionnaire.questions) {
    if (question.type == QuestionType::rank) markdown += rank_section(model, question);
    else if (!question.kind().open) markdown += closed_section(model, question);
  }
  markdown += statistics_section_markdown(model, markdown_table);
  markdown += shoebox_section(model) + findings_section(model) + comparison_markdown(model);
  markdown += render_section_markdown(triangulation_section(model)) + render_section_markdown(method_section(model));
  return markdown + "---\n\n" +
         md_notes({model.text.made_with(questionnaire.id, questionnaire.version, model.analysis->definition_hash)});
}

}  // namespace peiling
