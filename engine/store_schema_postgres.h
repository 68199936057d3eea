// The PostgreSQL half of the store's migrations (store_schema.h is the whole): a new
// PostgreSQL database starts at schema version 8 in one step, then walks the later versions.
// Also what both halves create: the unit tables (version 9) and the response counts (15).
#pragma once

#include <string_view>

#include "engine/connection.h"

namespace peiling {

// Version 9 (issue 18, units): a survey may span units (schools of a board), each with its
// own invited numbers per group; a response records the unit of the link or file it came
// through (NULL in a survey without units, which behaves as before). The index serves the
// counts per unit and group. Also: a stored web form's nonce hash names its survey, so that
// deleting the survey deletes them too (NULL for forms stored before version 9).
inline constexpr std::string_view kUnitTables = R"sql(
CREATE TABLE survey_units (
  survey_id INTEGER NOT NULL REFERENCES surveys(id),
  unit_id TEXT NOT NULL,
  label TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (survey_id, unit_id));
CREATE TABLE unit_groups (
  survey_id INTEGER NOT NULL,
  unit_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  invited INTEGER NOT NULL CHECK (invited >= 0),
  PRIMARY KEY (survey_id, unit_id, group_id),
  FOREIGN KEY (survey_id, unit_id) REFERENCES survey_units(survey_id, unit_id),
  FOREIGN KEY (survey_id, group_id) REFERENCES survey_groups(survey_id, group_id));
)sql";

// Version 14 on PostgreSQL (store_schema_postgres_partitions.cpp): responses partitioned by
// survey, each partition checking its survey's groups.
void partition_responses_by_survey_postgres(Database& db);

// Version 15, both halves: the index of the response counts (response_counts.h) and the
// counts of the responses stored before it.
constexpr std::string_view kResponseCountsFromResponses = R"sql(
CREATE INDEX response_counts_by_survey ON response_counts(survey_id, unit_id);
INSERT INTO response_counts (survey_id, unit_id, group_id, responses)
  SELECT survey_id, unit_id, group_id, count(*) FROM responses GROUP BY survey_id, unit_id, group_id;
)sql";

// Migrates a PostgreSQL `db` forward to `target_version`, all in one transaction. Throws
// StoreError, changing nothing, for a newer or foreign database.
void migrate_postgres_to(Database& db, int target_version);

}  // namespace peiling
