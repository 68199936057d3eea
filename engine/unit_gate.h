// Whether a response's unit fits its survey (store_units.cpp): one of the survey's units
// when it has any, none when it has none. Read once per batch or import, then asked per
// response without a query.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "engine/connection.h"

namespace peiling {

class UnitGate {
 public:
  UnitGate(Database& db, std::int64_t survey_id);
  // The problem, in the user's language, with a response of `unit` ("" = none); "" when it fits.
  std::string problem(const std::string& unit) const;

 private:
  std::int64_t survey_id_;
  std::vector<std::string> units_;  // in the survey's order, for messages
  // For the question per response: a board file of a million responses over 1,000 units asked a
  // scan of the list per row (about 0.9 s of its import).
  std::unordered_set<std::string> known_;
};

}  // namespace peiling
