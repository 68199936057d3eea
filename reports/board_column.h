// The board beside a unit inside the unit's own report (issue 18: "one school's report with
// the board figures beside its own"). For an analysis made with AnalysisSettings::unit, the
// response table gets a Bestuur column, each rank table the board's mean and place beside
// the unit's, and each mean-score chart the board as a comparison series. What of the
// board's figures may be shown is decided in analysis/unit_disclosure.h, as for
// vergelijking-bestuur.*: the board's figures of a group only where no withheld group of
// another unit could be worked out from them. The figures were tallied in the analysis's
// one pass (survey_pass.h), beside the unit's own, or restored from the tallies an earlier
// unit's report kept (analysis/kept_board_tallies.h).
#pragma once

#include <optional>
#include <string>

#include "analysis/survey_analysis.h"
#include "analysis/unit_disclosure.h"
#include "analysis/unit_figures.h"
#include "reports/report_text.h"

namespace peiling {

class BoardColumn {
 public:
  // Inactive unless `analysis` is a unit's report.
  BoardColumn(const SurveyAnalysis& analysis, int min_group);

  bool active() const { return rule_.has_value(); }

  // The board's counterpart of the unit's `own` group (one of analysis.groups, or its
  // all_groups): invited and responded, which are always shown.
  const GroupAnalysis& counts_beside(const GroupAnalysis& own) const;
  // The board's summary of `question` beside the unit's `own` group, or null when the
  // board's figures there may not be shown (or the board has none).
  const QuestionSummary* summary_beside(const GroupAnalysis& own, const Question& question) const;
  // Whether some board figure of `question` beside a group the unit shows is withheld.
  bool withholds_any(const Question& question, const std::vector<const GroupAnalysis*>& shown) const;

  // The group of the unit's report whose summary of `question` is `summary`, or null.
  const GroupAnalysis* owner_of(const Question& question, const RankSummary& summary) const;

  // The board's place in sentences: how many units, and that the unit is one of them.
  std::string response_note(Language language) const;
  std::string note(Language language) const;
  std::string chart_sentence(Language language, const std::string& series_name) const;
  std::string name(Language language) const;

 private:
  std::optional<std::size_t> index_of(const GroupAnalysis& own) const;  // nullopt: all groups

  const SurveyAnalysis& analysis_;
  const UnitFigures* units_ = nullptr;
  std::optional<UnitDisclosure> rule_;
  std::string unit_label_;
};

// The board's means beside `summary` (the unit's, of `question`) in a rank table: its mean
// and place per item, "–" where withheld. Does nothing outside a unit's report.
struct Table;
void add_board_columns(Table& table, const BoardColumn& board, const ReportText& text, const Question& question,
                       const RankSummary& summary);

}  // namespace peiling
