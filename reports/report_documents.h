// The four documents of a report, each rendered from the one ReportModel as a string;
// report.cpp writes them to disk next to the chart files.
#pragma once

#include <string>

#include "reports/report_model.h"

namespace peiling {

// rapport.html: one self-contained page (inline CSS and SVG, no script), printable on A4.
std::string render_html_report(const ReportModel& model);

// slides.html: a 16:9 deck for a beamer, ending with the combined chart.
std::string render_slides(const ReportModel& model);

// rapport.md: the report as Markdown, charts as links to the .png files.
std::string render_markdown_report(const ReportModel& model);

// scores.csv: the tidy score rows (score_rows.h), figures with a decimal point.
std::string render_scores_csv(const ReportModel& model);

}  // namespace peiling
