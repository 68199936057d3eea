// The report's "Wat is er veranderd?" section (issue 16): per group and comparable question
// the change between the earlier wave and this one (analysis/wave_comparison.h), as a
// paired-bar chart (both waves side by side per item, in the report's colour-blind-safe
// style), a table with both waves, the change, its 95% interval and p, and one plain
// sentence per tested change. Built once as plain data and rendered for rapport.html,
// rapport.md and slides.html, so the three show the same words and numbers. A group under
// --min-group in either wave gets a sentence and no figures.
#pragma once

#include <string>
#include <vector>

#include "analysis/wave_comparison.h"
#include "reports/report_model.h"
#include "reports/report_tables.h"

namespace peiling {

// One group's comparison of one question.
struct ComparisonPart {
  std::string heading;               // "A — Fasen"
  const ReportChart* chart = nullptr;  // null for a number question (two figures need no chart)
  Table table;
  std::vector<std::string> verdicts;  // plain sentences, one per tested change
};

struct ComparisonGroup {
  std::string label;
  std::vector<std::string> notes;  // e.g. too few respondents in one wave
  std::vector<ComparisonPart> parts;
};

struct ComparisonSection {
  std::string heading;  // "Wat is er veranderd?"
  std::string intro;
  std::vector<std::string> not_comparable;  // the comparability notes, worded
  std::vector<ComparisonGroup> groups;
};

// The charts of the comparison, one per shown group and question (file stems
// "grafiek-verandering-<question>-<group>"); ReportModel::comparison_charts holds them.
std::vector<ReportChart> comparison_charts(const ReportModel& model);

// The section of `model`'s comparison; empty (no heading) when there is none.
ComparisonSection comparison_section(const ReportModel& model);

std::string comparison_html(const ReportModel& model);
std::string comparison_markdown(const ReportModel& model);
// The section's slides, each the body HTML of one slide (paginated: they always fit).
std::vector<std::string> comparison_slides(const ReportModel& model);

}  // namespace peiling
