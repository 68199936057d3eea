// A survey's responses counted per unit and group as they are stored (issue 18: one school's
// report of a board's million responses in under a second). Response rates, the disclosure
// rule and the check of the kept board tallies need every unit's and group's count; counted
// from the responses, that was a scan of the whole board in every report (0.3 s of a school's
// 0.8 s on PostgreSQL, more while autovacuum had not yet passed a fresh import).
//
// The table `response_counts` holds rows (survey, unit, group, responses) that are only added
// and folded, never updated: each transaction that stores responses adds one row per unit and
// group it wrote, inside that transaction, so the counts are exactly the committed responses
// (a killed import rolls its row back with its responses), and writers on several web servers
// never wait for one another on a shared counter row. A survey's count per cell is the sum of
// its rows. So that the sum stays short, the writer that draws a row id divisible by
// kFoldEvery folds the survey's rows into one per cell, inside its transaction; on PostgreSQL
// only when no other writer is folding the survey's rows (an advisory lock tried, not awaited),
// so that no writer ever waits on a fold.
// Responses are written by ResponseWriter only, which counts them here; a row put into
// `responses` by hand is not counted.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

#include "engine/connection.h"

namespace peiling {

class ResponseCounter {
 public:
  ResponseCounter(Database& db, std::int64_t survey_id) : db_(db), survey_id_(survey_id) {}

  // One response of `unit` ("" for none) and `group` stored in the caller's transaction.
  void count(const std::string& unit, const std::string& group);
  // Adds the rows for what was counted since the last write, inside the caller's
  // transaction, and folds the survey's rows now and then (above).
  void write();

  // Rows between two folds of a survey's counts, about; a power of two for the test of an id.
  static constexpr std::int64_t kFoldEvery = 1024;

 private:
  struct Cell {
    std::string unit;
    std::string group;
    std::int64_t responses = 0;
  };
  bool insert_rows();  // true when one of the new rows' ids calls for a fold
  bool may_fold();
  void fold();

  Database& db_;
  std::int64_t survey_id_;
  std::unordered_map<std::string, Cell> cells_;  // by unit '\n' group
  std::string key_;                              // reused from response to response
};

// The survey's stored responses per cell: `cell(unit, group, responses)` once for each unit
// ("" for responses without one) and group that has any. Only `unit`'s when it is not "".
void read_response_counts(Database& db, std::int64_t survey_id, const std::string& unit,
                          const std::function<void(const std::string&, const std::string&, std::int64_t)>& cell);

}  // namespace peiling
