// The four documents of a report, each rendered from the one ReportModel as a string;
// report.cpp writes them to disk next to the chart files.
#pragma once

#include <ostream>
#include <string>

#include "reports/report_model.h"

namespace peiling {

// rapport.html: one self-contained page (inline CSS and SVG, no script), printable on A4.
std::string render_html_report(const ReportModel& model);

// slides.html: a 16:9 deck for a beamer, ending with the combined chart.
std::string render_slides(const ReportModel& model);

// rapport.md: the report as Markdown, charts as links to the .png files.
std::string render_markdown_report(const ReportModel& model);

// scores.csv: group,question,item,item_label,n,sum,mean with a decimal point.
std::string render_scores_csv(const ReportModel& model);

// open-antwoorden.csv: every open answer of the shown groups, verbatim, with its code:
// group,question,code,code_label,answer. The rows are written to `out` by a stream wrapped
// around `open_answers`, as each answer passes on its way to the report model (which reads
// exactly the shown groups); so the answers are read once and never held.
const char* open_answers_csv_header();
OpenAnswerStream open_answers_csv_tee(const OpenAnswerStream& open_answers, const Questionnaire& questionnaire,
                                      std::ostream& out);

}  // namespace peiling
