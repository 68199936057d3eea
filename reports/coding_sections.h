// The report's two coding sections (issue 6) as plain data, so the HTML report and the
// Markdown report show the same words and numbers: the method section (who coded, how
// many answers, the agreement) and the triangulation section (ranking next to coded open
// answers per group, with short findings).
#pragma once

#include <string>
#include <vector>

#include "reports/report_model.h"
#include "reports/report_tables.h"

namespace peiling {

struct SectionBlock {
  enum class Kind { subheading, paragraph, table, bullets } kind = Kind::paragraph;
  std::string text;                // subheading or paragraph (plain text, unescaped)
  Table table;                     // Kind::table
  std::vector<std::string> items;  // Kind::bullets
};

struct ReportSection {
  std::string title;
  std::vector<SectionBlock> blocks;  // empty: the section is left out
};

ReportSection method_section(const ReportModel& model);         // method_section.cpp
ReportSection triangulation_section(const ReportModel& model);  // triangulation_section.cpp

// Findings for one shown group, in plain words with their n; none claims more than the
// numbers show (triangulation_findings.cpp).
std::vector<std::string> triangulation_findings(const ReportModel& model, const Triangulation& triangulation,
                                                const GroupTriangulation& group);

// The section rendered for a sink; "" when it has no blocks (section_render.cpp).
std::string render_section_html(const ReportSection& section);
std::string render_section_markdown(const ReportSection& section);

}  // namespace peiling
