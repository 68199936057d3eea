// The min-group rule; see disclosure.h.
#include "analysis/disclosure.h"

namespace peiling {

std::vector<const GroupAnalysis*> Disclosure::shown_groups() const {
  std::vector<const GroupAnalysis*> shown;
  for (const GroupAnalysis& group : analysis_->groups)
    if (shows(group)) shown.push_back(&group);
  return shown;
}

std::vector<std::string> Disclosure::withheld_labels(const Question& question) const {
  std::vector<std::string> labels;
  for (const GroupAnalysis& group : analysis_->groups)
    if (!shows(group) && question.asked_to(group.group->id)) labels.push_back(group.group->label);
  return labels;
}

bool Disclosure::shows_all_groups(const Question& question) const {
  if (!shows(analysis_->all_groups)) return false;
  int withheld_respondents = 0;
  for (const GroupAnalysis& group : analysis_->groups)
    if (!shows(group) && question.asked_to(group.group->id)) withheld_respondents += group.responded;
  // Total minus the shown groups would give the withheld ones; safe only if they are none
  // or together as many as a group must have.
  return withheld_respondents == 0 || withheld_respondents >= min_group_;
}

bool Disclosure::adds_all_groups(const Question& question) const {
  std::size_t answering = 0;
  for (const GroupAnalysis& group : analysis_->groups)
    answering += question.asked_to(group.group->id) && group.responded > 0 ? 1 : 0;
  return answering > 1 && shows_all_groups(question);
}

}  // namespace peiling
