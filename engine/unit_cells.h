// Where the counts of a survey's responses per unit and group go in its units' tallies: the
// store reads them from response_counts.h (store_units.cpp, and load_survey beside the groups).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "engine/store.h"

namespace peiling {

class UnitCells {
 public:
  explicit UnitCells(std::vector<UnitTally>& units) : units_(units) {
    for (std::size_t i = 0; i < units.size(); ++i) index_.emplace(units[i].unit, i);
  }
  // Adds `count` responses of `unit` and `group`; nothing for a unit or group not in the tallies.
  void add(const std::string& unit, const std::string& group, int count) {
    const auto found = index_.find(unit);
    if (found == index_.end()) return;
    for (GroupTally& cell : units_[found->second].groups)
      if (cell.group == group) cell.responded += count;
  }

 private:
  std::vector<UnitTally>& units_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace peiling
