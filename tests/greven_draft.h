// A Greven response for the tests that build surveys with units by hand: the ranking gives
// f1 the number `first` and f2..f5 the other numbers in order (so a unit's mean of f1 is
// whatever its respondents' `first` make it), `years` for jaren and `taak` as the open answer,
// stored under `unit`.
#pragma once

#include <string>
#include <vector>

#include "engine/response.h"

namespace peiling::testing {

inline ResponseDraft greven_draft(const std::string& group, const std::string& unit, int first, int years,
                                  const std::string& taak) {
  std::vector<std::string> rest;
  for (int number = 1; number <= 5; ++number)
    if (number != first) rest.push_back(std::to_string(number));
  ResponseDraft draft{group,
                      {{"jaren", "", std::to_string(years)},
                       {"fasen", "f1", std::to_string(first)},
                       {"fasen", "f2", rest[0]},
                       {"fasen", "f3", rest[1]},
                       {"fasen", "f4", rest[2]},
                       {"fasen", "f5", rest[3]},
                       {"taak", "", taak}}};
  draft.unit = unit;
  return draft;
}

}  // namespace peiling::testing
