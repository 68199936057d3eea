// The `--read-db DATABASE` option of the verbs that only read (`peiling report`, `peiling
// export`; issue 18): every row they read comes from DATABASE, a copy that only reads (a
// streaming-replication standby of --db), and the only writes a report makes (the board's
// kept tallies, analysis/kept_board_tallies.h) go to --db, the primary. The URI is handled as
// --db's (a password from PGPASSFILE or ~/.pgpass, never on the command line). Any other
// verb refuses --read-db with a usage error (app/cli_support.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "app/cli_support.h"
#include "base/messages.h"
#include "engine/store.h"

namespace peiling {

// Adds --read-db, described as `description` (what the verb reads from it).
void add_read_db_option(VerbOptions& options, Msg description);

// The databases of a verb that only reads: --db always, and --read-db when given.
struct ReadingStores {
  Store primary;
  std::optional<Store> reader;
  // Where the verb reads: --read-db when given, else --db.
  Store& read() { return reader ? *reader : primary; }
};

// Opens --db (as open_existing_store does) and --read-db when given, for the surveys the verb
// reads (`peiling report --compare-with` reads two). UsageError: --read-db without --db.
// StoreError naming both databases when they cannot be a standby and its primary: another
// schema version, or a survey missing from one of them or another survey there (another
// questionnaire).
ReadingStores open_reading_stores(const VerbOptions& options, const std::vector<std::int64_t>& survey_ids);

}  // namespace peiling
