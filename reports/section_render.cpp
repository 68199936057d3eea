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
