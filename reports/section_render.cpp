// Renders a ReportSection (coding_sections.h) as HTML or Markdown, escaping every text for
// its sink.
#include "reports/coding_sections.h"
#include "reports/escape.h"
#include "reports/html_parts.h"

namespace peiling {

namespace {

std::string md_row(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const auto& cell : cells) row += " " + cell + " |";
  return row + "\n";
}

// The section tables have one header row and one line per cell.
std::string md_simple_table(const Table& table) {
  std::vector<std::string> header, rule;
  for (std::size_t column = 0; column < table.header.size(); ++column) {
    header.push_back(escape_markdown(table.header[column]));
    rule.push_back(column < table.numeric.size() && table.numeric[column] ? "---:" : "---");
  }
  std::string markdown = md_row(header) + md_row(rule);
  for (const TableRow& row : table.rows) {
    std::vector<std::string> cells;
    for (const TableCell& cell : row.cells) cells.push_back(cell.lines.empty() ? "" : escape_markdown(cell.lines[0]));
    markdown += md_row(cells);
  }
  return markdown + "\n";
}

std::string html_bullets(const std::vector<std::string>& items) {
  std::string html = "<ul class=\"findings\">";
  for (const auto& item : items) html += html_element("li", item);
  return html + "</ul>\n";
}

}  // namespace

std::string render_section_html(const ReportSection& section) {
  if (section.blocks.empty()) return "";
  std::string html = html_element("h2", section.title);
  for (const SectionBlock& block : section.blocks) {
    switch (block.kind) {
      case SectionBlock::Kind::subheading: html += html_element("h3", block.text); break;
      case SectionBlock::Kind::paragraph: html += html_element("p", block.text); break;
      case SectionBlock::Kind::table: html += html_table(block.table); break;
      case SectionBlock::Kind::bullets: html += html_bullets(block.items); break;
    }
  }
  return "<section>" + html + "</section>\n";
}

std::string render_section_markdown(const ReportSection& section) {
  if (section.blocks.empty()) return "";
  std::string markdown = "## " + escape_markdown(section.title) + "\n\n";
  for (const SectionBlock& block : section.blocks) {
    switch (block.kind) {
      case SectionBlock::Kind::subheading: markdown += "### " + escape_markdown(block.text) + "\n\n"; break;
      case SectionBlock::Kind::paragraph: markdown += escape_markdown(block.text) + "\n\n"; break;
      case SectionBlock::Kind::table: markdown += md_simple_table(block.table); break;
      case SectionBlock::Kind::bullets:
        for (const auto& item : block.items) markdown += "- " + escape_markdown(item) + "\n";
        markdown += "\n";
        break;
    }
  }
  return markdown;
}

std::vector<std::string> triangulation_slide_bodies(const ReportModel& model) {
  // The section's blocks per group are subheading, table, findings: one slide for each.
  const ReportSection section = triangulation_section(model);
  std::vector<std::string> slides;
  for (std::size_t i = 0; i + 2 < section.blocks.size(); ++i) {
    if (section.blocks[i].kind != SectionBlock::Kind::subheading) continue;
    std::string html = html_element("h2", section.blocks[i].text) + html_element("p", section.title, "subtitle") +
                       html_table(section.blocks[i + 1].table) + html_bullets(section.blocks[i + 2].items);
    slides.push_back(html);
  }
  return slides;
}

}  // namespace peiling
