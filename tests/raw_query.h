// A query on a store's database through a connection of its own, for tests that look
// beneath the store (the store hands out no connection). Works on SQLite and PostgreSQL.
#pragma once

#include <memory>
#include <string_view>

#include "engine/connection.h"
#include "engine/store.h"

namespace peiling {

struct OwnConnection {
  std::unique_ptr<Database> db;
};

// A Statement with the connection it runs on; the connection outlives the statement.
class RawQuery : private OwnConnection, public Statement {
 public:
  RawQuery(const Store& store, std::string_view sql)
      : OwnConnection{open_database(store.location())}, Statement(*db, sql) {}
};

}  // namespace peiling
