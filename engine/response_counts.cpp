// Counting a survey's responses per unit and group as they are stored; see response_counts.h.
#include "engine/response_counts.h"

#include <algorithm>
#include <vector>

namespace peiling {

namespace {

// Rows per INSERT: a board's import writes one per school and group (3,000 for 1,000 schools).
constexpr std::size_t kRowsPerInsert = 64;

// The first key of the advisory lock a PostgreSQL fold holds ("fold" in ASCII), the survey
// the second. Two-key locks never meet the one-key lock peiling's writers take (postgres.cpp).
constexpr std::int64_t kFoldLock = 0x666f6c64;

std::string insert_sql(std::size_t rows) {
  std::string sql = "INSERT INTO response_counts (survey_id, unit_id, group_id, responses) VALUES ";
  for (std::size_t row = 0; row < rows; ++row) {
    const std::size_t first = 2 + 3 * row;
    sql += (row ? ", " : "") + std::string("(?1, ?") + std::to_string(first) + ", ?" + std::to_string(first + 1) +
           ", ?" + std::to_string(first + 2) + ")";
  }
  return sql + " RETURNING id";
}

}  // namespace

void ResponseCounter::count(const std::string& unit, const std::string& group) {
  key_.assign(unit).append(1, '\n').append(group);
  auto found = cells_.find(key_);
  if (found == cells_.end()) found = cells_.emplace(key_, Cell{unit, group, 0}).first;
  ++found->second.responses;
}

void ResponseCounter::write() {
  if (cells_.empty()) return;
  const bool fold_now = insert_rows();
  cells_.clear();
  if (fold_now && may_fold()) fold();
}

bool ResponseCounter::insert_rows() {
  std::vector<const Cell*> cells;
  for (const auto& [key, cell] : cells_) cells.push_back(&cell);
  bool fold_now = false;
  for (std::size_t first = 0; first < cells.size(); first += kRowsPerInsert) {
    const std::size_t rows = std::min(kRowsPerInsert, cells.size() - first);
    Statement insert(db_, insert_sql(rows));
    insert.bind(1, survey_id_);
    for (std::size_t row = 0; row < rows; ++row) {
      const Cell& cell = *cells[first + row];
      const int at = 2 + 3 * static_cast<int>(row);
      if (cell.unit.empty()) insert.bind_null(at);
      else insert.bind(at, cell.unit);
      insert.bind(at + 1, cell.group).bind(at + 2, cell.responses);
    }
    while (insert.step()) fold_now = fold_now || insert.column_int(0) % kFoldEvery == 0;
  }
  return fold_now;
}

// Two folds of one survey at once would wait for each other's rows, maybe each for the other's
// (a deadlock, and a web batch lost with it): a fold that finds another under way leaves the
// rows to it. SQLite has one writer at a time.
bool ResponseCounter::may_fold() {
  if (db_.dialect() != Dialect::postgres) return true;
  Statement lock(db_, "SELECT pg_try_advisory_xact_lock(CAST(?1 AS INTEGER), CAST(?2 AS INTEGER))");
  lock.bind(1, kFoldLock).bind(2, survey_id_ % 0x7fffffff);
  return lock.step() && lock.column_text(0) == "t";
}

// One row per cell for the survey's rows so far. On PostgreSQL one statement deletes the rows
// and adds up exactly the ones it deleted: a row another writer commits meanwhile (its id may be
// below those deleted) is either among them or left as it is, never lost or counted twice.
// SQLite has one writer at a time, and the sums' new rows get ids above every one deleted.
void ResponseCounter::fold() {
  if (db_.dialect() == Dialect::postgres) {
    Statement(db_,
              "WITH folded AS (DELETE FROM response_counts WHERE survey_id = ?1"
              " RETURNING unit_id, group_id, responses)"
              " INSERT INTO response_counts (survey_id, unit_id, group_id, responses)"
              " SELECT ?1, unit_id, group_id, sum(responses) FROM folded GROUP BY unit_id, group_id")
        .bind(1, survey_id_)
        .run();
    return;
  }
  Statement last(db_, "SELECT max(id) FROM response_counts WHERE survey_id = ?");
  last.bind(1, survey_id_).step();
  const std::int64_t through = last.column_int(0);
  Statement(db_,
            "INSERT INTO response_counts (survey_id, unit_id, group_id, responses)"
            " SELECT survey_id, unit_id, group_id, sum(responses) FROM response_counts"
            " WHERE survey_id = ?1 AND id <= ?2 GROUP BY unit_id, group_id")
      .bind(1, survey_id_)
      .bind(2, through)
      .run();
  Statement(db_, "DELETE FROM response_counts WHERE survey_id = ?1 AND id <= ?2").bind(1, survey_id_).bind(2, through).run();
}

void read_response_counts(Database& db, std::int64_t survey_id, const std::string& unit,
                          const std::function<void(const std::string&, const std::string&, std::int64_t)>& cell) {
  Statement query(db, "SELECT coalesce(unit_id, ''), group_id, sum(responses) FROM response_counts"
                      " WHERE survey_id = ?1" + std::string(unit.empty() ? "" : " AND unit_id = ?2") +
                      " GROUP BY unit_id, group_id");
  query.bind(1, survey_id);
  if (!unit.empty()) query.bind(2, unit);
  while (query.step()) cell(query.column_text(0), query.column_text(1), query.column_int(2));
}

}  // namespace peiling
