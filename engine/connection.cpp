// Opening the store's connection: PostgreSQL for a libpq URI, SQLite for anything else.
#include "engine/connection.h"

#include "engine/postgres.h"
#include "engine/sqlite.h"

namespace peiling {

std::unique_ptr<Database> open_database(const std::string& location) {
  if (is_postgres_uri(location)) return std::make_unique<PgDatabase>(location);
  return std::make_unique<SqliteDatabase>(location);
}

}  // namespace peiling
