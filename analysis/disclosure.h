// The --min-group rule, decided once: a group with fewer respondents than min_group shows
// its counts only, never its answers, and the all-groups figures of a question are shown
// only when no withheld group could be worked out from them by subtraction. Every writer
// (report documents, scores, exports) asks this, so none can show what another withholds.
// In a survey that spans units (issue 18) the whole survey's groups add up the units'
// groups, whose answers units' reports show: a group is then also withheld when it minus
// the units' shown groups would give a withheld one away, and a unit's all-groups figures
// are shown only where the board's do not combine with them to the same end (unit_disclosure.h).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/survey_analysis.h"

namespace peiling {

class UnitDisclosure;

class Disclosure {
 public:
  Disclosure(const SurveyAnalysis& analysis, int min_group);

  int min_group() const { return min_group_; }
  bool shows(const GroupAnalysis& group) const;
  // Whether `group` is withheld although it has min_group respondents: in a survey with
  // units a small group of one unit could be worked out from it (so no note may say that
  // the group itself is too small).
  bool withheld_for_units(const GroupAnalysis& group) const;
  std::vector<const GroupAnalysis*> shown_groups() const;
  // Groups asked `question` whose answers are withheld, by label.
  std::vector<std::string> withheld_labels(const Question& question) const;
  // Whether the all-groups figures of `question` may be shown: enough respondents, and no
  // withheld group could be worked out by subtracting the shown groups from the total.
  bool shows_all_groups(const Question& question) const;
  // Whether the all-groups figures of `question` stand beside the groups' own: they may be
  // shown, and more than one group asked the question responded (else they are that
  // group's again).
  bool adds_all_groups(const Question& question) const;

 private:
  const SurveyAnalysis* analysis_;
  int min_group_;
  // The whole survey of one with units: which of its groups the units' cells allow to show,
  // and the rule for its all-groups figures. Empty and null otherwise.
  std::vector<bool> board_group_shown_;
  std::shared_ptr<const UnitDisclosure> units_;
  std::optional<std::size_t> focus_;  // a unit's report: the unit's index
};

}  // namespace peiling
