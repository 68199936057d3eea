// The documents of a survey that spans units (issue 18): beside a unit's report, its
// figures next to the board's (vergelijking-bestuur.html, .md and .csv: the benchmark
// column); and the board report (bestuur.html, .md, bestuur-respons.csv, bestuur-scores.csv)
// with the units side by side. What may be shown is decided in analysis/disclosure.h (a
// unit's own groups) and analysis/unit_disclosure.h (the board's figures, the units').
// The unit's own rapport.html, slides and rapport.md carry the same board figures in a
// Bestuur column and chart series (board_column.h); these files are its plain-table form.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "analysis/survey_analysis.h"
#include "reports/report.h"

namespace peiling {

// The files of a unit's benchmark, for an analysis made with AnalysisSettings::unit, into
// options.out_dir. Returns their paths.
std::vector<std::filesystem::path> write_unit_benchmark(const SurveyAnalysis& analysis, const ReportOptions& options);

// The board report's files for an analysis made with AnalysisSettings::per_unit.
std::vector<std::filesystem::path> write_board_documents(const SurveyAnalysis& analysis, const ReportOptions& options);

// Each document as text (for tests).
std::string render_unit_benchmark_html(const SurveyAnalysis& analysis, const ReportOptions& options);
std::string render_unit_benchmark_csv(const SurveyAnalysis& analysis, const ReportOptions& options);
std::string render_board_html(const SurveyAnalysis& analysis, const ReportOptions& options);
std::string render_board_scores_csv(const SurveyAnalysis& analysis, const ReportOptions& options);

}  // namespace peiling
