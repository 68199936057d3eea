// The figures of a survey that spans units (issue 18: a board's schools), tallied inside the
// analysis's one pass (survey_pass.h), never by a query or a pass per unit:
//   - a unit's report (AnalysisSettings::unit): the analysis's groups are the unit's own,
//     and the board's figures (every unit together) are kept here, for the benchmark column
//     (their tallies are kept in the store between unit reports: kept_board_tallies.h);
//   - the board report (AnalysisSettings::per_unit): the rank questions' scores per unit.
// What of these may be shown is decided in unit_disclosure.h.
#pragma once

#include <string>
#include <vector>

#include "analysis/survey_analysis.h"
#include "engine/store.h"

namespace peiling {

struct UnitFigures {
  std::string focus;             // the unit a report is about; "" for the board report
  std::vector<UnitTally> units;  // invited and responded per unit and group, in unit order
  // A unit's report: the board's figures per group (questionnaire order) and all together.
  std::vector<GroupAnalysis> board_groups;
  GroupAnalysis board_all;
  // The board report: the rank questions (the scores), and per unit their summaries over
  // the unit's groups together: unit_scores[unit][k] summarises scored[k].
  std::vector<const Question*> scored;
  std::vector<std::vector<QuestionSummary>> unit_scores;
  // Per unit and rank question, the summary of each group (unit_group_scores[unit][k][g]).
  std::vector<std::vector<std::vector<QuestionSummary>>> unit_group_scores;

  const UnitTally* focus_tally() const;
};

// The rank questions of a questionnaire, whose item scores a board compares across units.
std::vector<const Question*> scored_questions(const Questionnaire& questionnaire);

}  // namespace peiling
