// Moving a whole peiling database into another (`peiling copy`): an IB'er's SQLite file
// onto the board's PostgreSQL server when her school joins, or a board's survey back into a
// file. All or nothing: one transaction on the target, checked before it commits.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace peiling {

struct CopiedTable {
  std::string name;
  std::int64_t rows = 0;
};

// The tables a copy carries, each after the tables it refers to.
std::span<const std::string_view> copied_tables();

class Database;

// The columns of `table` in `db`, in the order the database lists them.
std::vector<std::string> table_columns(Database& db, std::string_view table);

// Copies every row of every table of the database at `from` into the one at `to` (either a
// file or a postgresql:// URI; created and given the schema when new), keeping every id, so
// survey 3 stays survey 3. The target must hold no questionnaire or survey yet (StoreError
// otherwise); the source is read as one snapshot. On any error the target is left as it was.
std::vector<CopiedTable> copy_store(const std::string& from, const std::string& to);

}  // namespace peiling
