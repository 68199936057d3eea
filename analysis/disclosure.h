// The --min-group rule, decided once: a group with fewer respondents than min_group shows
// its counts only, never its answers, and the all-groups figures of a question are shown
// only when no withheld group could be worked out from them by subtraction. Every writer
// (report documents, scores, exports) asks this, so none can show what another withholds.
#pragma once

#include <string>
#include <vector>

#include "analysis/survey_analysis.h"

namespace peiling {

class Disclosure {
 public:
  Disclosure(const SurveyAnalysis& analysis, int min_group) : analysis_(&analysis), min_group_(min_group) {}

  int min_group() const { return min_group_; }
  bool shows(const GroupAnalysis& group) const { return group.responded >= min_group_; }
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
};

}  // namespace peiling
