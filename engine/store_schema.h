// The store's database schema and its migrations: takes a database from whatever
// version it is at up to Store::kSchemaVersion. SQLite files walk through every version;
// a PostgreSQL database (new with schema version 8) starts at the latest version in one step, and
// later versions migrate both.
#pragma once

#include "engine/connection.h"

namespace peiling {

// Migrates `db` forward to Store::kSchemaVersion. Throws StoreError, changing nothing, when
// the database was written by a newer peiling or has tables but no peiling schema version.
void migrate_to_latest(Database& db);

// Migrates `db` forward to `target_version` only: how tests build a database as an older
// peiling left it, to check what the later migrations do to it.
void migrate_to(Database& db, int target_version);

}  // namespace peiling
