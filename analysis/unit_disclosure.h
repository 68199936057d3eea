// The --min-group rule across units (issue 18), decided once like disclosure.h. A unit's
// group (a cell) with fewer respondents than min_group shows its counts only. The figures
// that add cells up are a unit's all groups (a row), the board's group (a column) and the
// board's all groups (the table). Each is a sum, so a reader may subtract printed sums from
// each other: a withheld cell must never be such a combination, nor any set of withheld
// cells with fewer than min_group respondents together. A row or column alone with one
// withheld cell would give it away (its sum minus the shown cells), and rows and columns
// together give more: the board's groups minus the other units' all groups leave a unit's
// withheld cells. So, over the graph whose edges are the withheld cells that hold answers:
//   - a line (row or column) with withheld cells is shown only when they hold at least
//     min_group respondents together;
//   - in each connected part of the graph only one kind of line is shown: the board's
//     groups when every one of them there may be shown, else the units' all groups;
//   - the table only when the withheld cells no shown line covers hold 0 or >= min_group.
// Then every combination of printed sums that is 0 or 1 on the withheld cells is a union of
// whole lines and the uncovered rest, each with at least min_group respondents
// (tests/unit_disclosure_test.cpp checks this by linear algebra on many small boards).
// When exactly one unit's group is withheld, the board's figure for that group is left out.
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/unit_figures.h"

namespace peiling {

class UnitDisclosure {
 public:
  // `units`: invited and responded per unit and group, groups in questionnaire order.
  UnitDisclosure(const Questionnaire& questionnaire, const std::vector<UnitTally>& units, int min_group);

  int min_group() const { return min_group_; }
  // Whether the answers of `group` (questionnaire index) in `unit` (index) are shown.
  bool shows_cell(std::size_t unit, std::size_t group) const;
  // Whether the unit's all-groups figures of `question` are shown.
  bool shows_unit(std::size_t unit, const Question& question) const;
  // Whether the board's figures of `group` (every unit) are shown.
  bool shows_board_group(std::size_t group) const;
  // Whether the board's all-groups figures of `question` (every unit, every group) are shown.
  bool shows_board(const Question& question) const;

 private:
  bool asked(const Question& question, std::size_t group) const;
  int responded(std::size_t unit, std::size_t group) const { return units_[unit].groups[group].responded; }
  // Withheld respondents: none, or enough together that no cell stands alone.
  bool safe(int withheld) const { return withheld == 0 || withheld >= min_group_; }
  bool withheld_with_answers(std::size_t unit, std::size_t group) const;
  int withheld_in_unit(std::size_t unit, const Question* question) const;
  int withheld_in_group(std::size_t group) const;
  bool group_line_passes(std::size_t group) const;
  void choose_lines();

  const Questionnaire& questionnaire_;
  const std::vector<UnitTally>& units_;
  int min_group_;
  // Per part of the withheld cells' graph (unit nodes first, then group nodes): whether its
  // board groups are the lines shown there (else its units' all groups).
  std::vector<std::size_t> part_of_;  // node -> its part's root
  std::vector<bool> groups_shown_in_part_;  // by root
};

}  // namespace peiling
