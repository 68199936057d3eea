// The min-group rule; see disclosure.h.
#include "analysis/disclosure.h"

#include "analysis/unit_disclosure.h"

namespace peiling {

Disclosure::Disclosure(const SurveyAnalysis& analysis, int min_group) : analysis_(&analysis), min_group_(min_group) {
  if (!analysis.units) return;
  units_ = std::make_shared<const UnitDisclosure>(analysis.questionnaire, analysis.units->units, min_group);
  const auto& units = analysis.units->units;
  for (std::size_t u = 0; u < units.size(); ++u)
    if (units[u].unit == analysis.units->focus) focus_ = u;
  if (focus_) return;  // a unit's report: its own groups are its cells, shown by their own count
  for (std::size_t g = 0; g < analysis.groups.size(); ++g) board_group_shown_.push_back(units_->shows_board_group(g));
}

bool Disclosure::shows(const GroupAnalysis& group) const {
  if (group.responded < min_group_) return false;
  if (!units_ || !group.group || focus_) return true;
  const auto index = static_cast<std::size_t>(group.group - analysis_->questionnaire.groups.data());
  return index >= board_group_shown_.size() || board_group_shown_[index];
}

bool Disclosure::withheld_for_units(const GroupAnalysis& group) const {
  return group.responded >= min_group_ && !shows(group);
}

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
  if (units_) return focus_ ? units_->shows_unit(*focus_, question) : units_->shows_board(question);
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
