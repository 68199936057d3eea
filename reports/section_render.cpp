// Renders a ReportSection (coding_sections.h) as HTML or Markdown, escaping every text for
// its sink.
#include "reports/coding_sections.h"
#include "base/escape.h"
#include "reports/html_parts.h"
#include "reports/markdown_table.h"

namespace peiling {

namespace {

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
      case SectionBlock::Kind::table: markdown += markdown_table(block.table); break;
      case SectionBlock::Kind::bullets:
        for (const auto& item : block.items) markdown += "- " + escape_markdown(item) + "\n";
        markdown += "\n";
        break;
    }
  }
  return markdown;
}

}  // namespace peiling
