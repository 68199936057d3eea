// The min-group rule across units; see unit_disclosure.h for the rule and why it is safe.
#include "analysis/unit_disclosure.h"

#include <numeric>

namespace peiling {

UnitDisclosure::UnitDisclosure(const Questionnaire& questionnaire, const std::vector<UnitTally>& units, int min_group)
    : questionnaire_(questionnaire), units_(units), min_group_(min_group) {
  choose_lines();
}

bool UnitDisclosure::asked(const Question& question, std::size_t group) const {
  return question.asked_to(questionnaire_.groups[group].id);
}

bool UnitDisclosure::shows_cell(std::size_t unit, std::size_t group) const {
  return responded(unit, group) >= min_group_;
}

bool UnitDisclosure::withheld_with_answers(std::size_t unit, std::size_t group) const {
  return !shows_cell(unit, group) && responded(unit, group) > 0;
}

int UnitDisclosure::withheld_in_unit(std::size_t unit, const Question* question) const {
  int withheld = 0;
  for (std::size_t g = 0; g < questionnaire_.groups.size(); ++g)
    if ((!question || asked(*question, g)) && !shows_cell(unit, g)) withheld += responded(unit, g);
  return withheld;
}

int UnitDisclosure::withheld_in_group(std::size_t group) const {
  int withheld = 0;
  for (std::size_t u = 0; u < units_.size(); ++u)
    if (!shows_cell(u, group)) withheld += responded(u, group);
  return withheld;
}

bool UnitDisclosure::group_line_passes(std::size_t group) const {
  int responded_in_group = 0;
  for (std::size_t u = 0; u < units_.size(); ++u) responded_in_group += responded(u, group);
  return responded_in_group >= min_group_ && safe(withheld_in_group(group));
}

// Joins each unit with the groups of its withheld cells (union-find), then lets a part show
// its board groups when all of them pass, else its units' all groups.
void UnitDisclosure::choose_lines() {
  const std::size_t groups = questionnaire_.groups.size();
  part_of_.resize(units_.size() + groups);
  std::iota(part_of_.begin(), part_of_.end(), std::size_t{0});
  const auto root = [&](std::size_t node) {
    while (part_of_[node] != node) node = part_of_[node] = part_of_[part_of_[node]];
    return node;
  };
  for (std::size_t u = 0; u < units_.size(); ++u)
    for (std::size_t g = 0; g < groups; ++g)
      if (withheld_with_answers(u, g)) part_of_[root(u)] = root(units_.size() + g);
  for (std::size_t node = 0; node < part_of_.size(); ++node) part_of_[node] = root(node);
  groups_shown_in_part_.assign(part_of_.size(), true);
  for (std::size_t g = 0; g < groups; ++g)
    if (!group_line_passes(g)) groups_shown_in_part_[part_of_[units_.size() + g]] = false;
}

bool UnitDisclosure::shows_unit(std::size_t unit, const Question& question) const {
  int responded_in_unit = 0;
  for (std::size_t g = 0; g < questionnaire_.groups.size(); ++g)
    if (asked(question, g)) responded_in_unit += responded(unit, g);
  const int withheld = withheld_in_unit(unit, &question);
  if (responded_in_unit < min_group_ || !safe(withheld)) return false;
  return withheld == 0 || !groups_shown_in_part_[part_of_[unit]];
}

bool UnitDisclosure::shows_board_group(std::size_t group) const {
  if (!group_line_passes(group)) return false;
  return withheld_in_group(group) == 0 || groups_shown_in_part_[part_of_[units_.size() + group]];
}

bool UnitDisclosure::shows_board(const Question& question) const {
  int responded_total = 0;
  int uncovered = 0;  // withheld respondents no shown line covers
  std::vector<bool> group_shown(questionnaire_.groups.size());
  for (std::size_t g = 0; g < group_shown.size(); ++g) group_shown[g] = shows_board_group(g);
  for (std::size_t u = 0; u < units_.size(); ++u) {
    const bool unit_shown = shows_unit(u, question);
    for (std::size_t g = 0; g < group_shown.size(); ++g) {
      if (!asked(question, g)) continue;
      responded_total += responded(u, g);
      if (withheld_with_answers(u, g) && !unit_shown && !group_shown[g]) uncovered += responded(u, g);
    }
  }
  return responded_total >= min_group_ && safe(uncovered);
}

}  // namespace peiling
