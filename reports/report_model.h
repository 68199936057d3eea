// What every report document shows, decided once: which groups may show answers (the
// min_group rule), the charts, and the open answers placed in the rows of their coding
// frame (the 'geordende schoenendoos'). The HTML report, the slides, the Markdown report
// and the CSV are different renderings of this one model, so they cannot disagree.
#pragma once

#include <string>
#include <vector>

#include "analysis/disclosure.h"
#include "analysis/wave_comparison.h"
#include "analysis/survey_analysis.h"
#include "reports/report_charts.h"
#include "reports/report.h"
#include "reports/report_text.h"

namespace peiling {

// One row of a schoenendoos table: a code of the frame (or the uncoded answers) and the
// answers placed in it, verbatim.
struct ShoeboxRow {
  std::string label;
  std::vector<std::string> answers;  // the first kShownAnswersPerRow answers
  std::size_t answer_count = 0;      // all answers in this row, shown or not
  bool coded = true;                 // false for the "nog niet gecodeerd" and "niet te plaatsen" rows
};

// A school's table never comes near this; a survey across many schools would make a
// table nobody reads and a report whose memory grows with the responses. The rest of the
// answers are in open-antwoorden.csv, which is streamed and holds every answer.
constexpr std::size_t kShownAnswersPerRow = 200;

// One open question for one group.
struct Shoebox {
  const Question* question = nullptr;
  const GroupAnalysis* group = nullptr;
  OpenSummary summary;
  std::vector<ShoeboxRow> rows;  // the frame's codes in frame order, "niet te plaatsen" if used, then the uncoded row
};

struct ReportModel {
  const SurveyAnalysis* analysis = nullptr;
  ReportOptions options;
  ReportText text{Language::nl};
  std::vector<ReportChart> charts;     // per closed question: each shown group, then combined
  std::vector<Shoebox> shoeboxes;      // per open question, per shown group asked it
  // The change since an earlier wave (--compare-with) and its paired-bar charts, or null.
  const WaveComparison* comparison = nullptr;
  std::vector<ReportChart> comparison_charts;

  // "Greven-fasen — Basisschool De Linde, najaar 2024" (plain text; escape per sink).
  std::string title() const;

  // The min-group rule (analysis/disclosure.h), for this report's min_group.
  Disclosure disclosure() const { return Disclosure(*analysis, options.min_group); }
  // A group with fewer respondents than min_group shows its counts only.
  bool shows_answers(const GroupAnalysis& group) const;
  std::vector<const GroupAnalysis*> shown_groups() const;
  // Groups asked `question` whose answers are withheld, and their labels.
  std::vector<std::string> withheld_group_labels(const Question& question) const;
  // Whether the all-groups scores of `question` stand beside the groups' own: no withheld
  // group could be worked out from them, and they are not one group's again.
  bool adds_all_groups(const Question& question) const;

  const ReportChart* chart_for(const Question& question, const GroupAnalysis* group) const;
  std::vector<const ReportChart*> charts_of(const Question& question) const;
  // The combined charts of the rank questions, which close the slides as in the thesis.
  std::vector<const ReportChart*> combined_charts() const;
};

// The model of `analysis`'s report, with the schoenendozen a ShoeboxCollector filled
// (shoebox_collector.h).
ReportModel build_report_model(const SurveyAnalysis& analysis, std::vector<Shoebox> shoeboxes,
                               const ReportOptions& options);
// The same with the schoenendozen filled from `open_answers` (shoebox_collector.cpp).
ReportModel build_report_model(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                               const ReportOptions& options);

}  // namespace peiling
