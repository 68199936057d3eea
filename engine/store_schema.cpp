// The store's database schema and its migrations, with the rules on which databases the
// store refuses to touch (newer ones, and ones that are not peiling's).
#include "engine/store_schema.h"

#include <array>
#include <string>

#include "engine/store.h"
#include "engine/store_schema_postgres.h"

namespace peiling {

namespace {

// The answers of every response as rows, unpacked from responses.answer_data: the shape
// the answers table had up to version 4. `number` is set for rank, number and likert.
void create_answers_view(Database& db) {
  db.execute(R"sql(
CREATE VIEW answers AS
  SELECT r.id AS response_id, q.key AS question_id, i.key AS item_id, CAST(i.atom AS TEXT) AS value,
         CASE WHEN i.type IN ('integer', 'real') THEN CAST(i.atom AS REAL) END AS number
  FROM responses r, json_each(r.answer_data) q, json_each(q.value) i;
)sql");
}

// Version 1: no table has a column for a person's name, on purpose.
void create_schema_v1(Database& db) {
  db.execute(R"sql(
CREATE TABLE questionnaires (
  id INTEGER PRIMARY KEY,
  definition_id TEXT NOT NULL,
  version TEXT NOT NULL,
  title TEXT NOT NULL,
  definition_text TEXT NOT NULL,
  definition_hash TEXT NOT NULL UNIQUE,
  stored_at TEXT NOT NULL);
CREATE TABLE surveys (
  id INTEGER PRIMARY KEY,
  questionnaire_id INTEGER NOT NULL REFERENCES questionnaires(id),
  label TEXT NOT NULL,
  is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
  created_at TEXT NOT NULL);
CREATE TABLE survey_groups (
  survey_id INTEGER NOT NULL REFERENCES surveys(id),
  group_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  invited INTEGER NOT NULL CHECK (invited >= 0),
  PRIMARY KEY (survey_id, group_id));
CREATE TABLE responses (
  id INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL,
  group_id TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('web', 'terminal', 'import', 'demo')),
  submitted_at TEXT NOT NULL,
  FOREIGN KEY (survey_id, group_id) REFERENCES survey_groups(survey_id, group_id));
CREATE INDEX responses_by_survey ON responses(survey_id, group_id);
CREATE TABLE answers (
  response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  item_id TEXT NOT NULL DEFAULT '',
  value TEXT NOT NULL,
  number REAL,
  PRIMARY KEY (response_id, question_id, item_id)) WITHOUT ROWID;
CREATE TABLE codings (
  id INTEGER PRIMARY KEY,
  response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  coder TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL,
  memo TEXT NOT NULL DEFAULT '',
  coded_at TEXT NOT NULL,
  UNIQUE (response_id, question_id, coder));
)sql");
}

// Version 2: the files `peiling import` stored, by content hash, so the same file is not
// imported into a survey twice by mistake (`--again` overrides).
void create_imported_files(Database& db) {
  db.execute(R"sql(
CREATE TABLE imported_files (
  id INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys(id),
  content_hash TEXT NOT NULL,
  file TEXT NOT NULL,  -- the base name only
  responses INTEGER NOT NULL,
  imported_at TEXT NOT NULL);
CREATE INDEX imported_files_by_hash ON imported_files(survey_id, content_hash);
)sql");
}

// Version 3, the web form: one-time tokens (only their hash; a used flag, no time and no response, so a
// token never leads to an answer) and the forms already stored (the hash of each form's
// nonce, so a resubmission is not stored twice; again nothing that leads to a response).
void create_web_tables(Database& db) {
  db.execute(R"sql(
CREATE TABLE web_tokens (
  token_hash TEXT PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys(id),
  group_id TEXT NOT NULL,
  used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))) WITHOUT ROWID;
CREATE TABLE web_forms_stored (
  nonce_hash TEXT PRIMARY KEY) WITHOUT ROWID;
)sql");
}

// Version 4 (issue 6, coding workflow): a coder may give one answer several codes (frames
// with `multiple`), so the codings key includes the code; agreed codes from `code resolve`
// get their own table, so no coder's own codings are overwritten by the agreement.
void allow_several_codes_and_agreement(Database& db) {
  db.execute(R"sql(
CREATE TABLE codings_v2 (
  id INTEGER PRIMARY KEY,
  response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  coder TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL,
  memo TEXT NOT NULL DEFAULT '',
  coded_at TEXT NOT NULL,
  UNIQUE (response_id, question_id, coder, code));
INSERT INTO codings_v2 (id, response_id, question_id, coder, code, memo, coded_at)
  SELECT id, response_id, question_id, coder, code, memo, coded_at FROM codings;
DROP TABLE codings;
ALTER TABLE codings_v2 RENAME TO codings;
CREATE INDEX codings_by_coder ON codings(coder, id);
CREATE TABLE agreed_codings (
  response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  code TEXT NOT NULL,
  memo TEXT NOT NULL DEFAULT '',
  agreed_at TEXT NOT NULL,
  PRIMARY KEY (response_id, question_id, code)) WITHOUT ROWID;
)sql");
}

// Version 5 (issue 4, import speed): a response's answers are stored in its own row as
// JSON (responses.answer_data, see answer_json.h) instead of one row per answer, which made
// a large import 8 row inserts per response. The `answers` view gives back the old rows,
// so queries, tests and researchers' own SQL read answers as before. Numbers that are
// whole move as JSON integers, so the view's value text stays "3", not "3.0".
// The table is rebuilt rather than altered because its CHECK on `source` was an IN list,
// which SQLite evaluates by building a temporary b-tree on every insert (a fifth of an
// import's time); spelled out with OR it costs nothing. Foreign keys are off during
// migrations (migrate_to_latest), so dropping the old table does not cascade to codings.
void pack_answers_per_response(Database& db) {
  db.execute(R"sql(
CREATE TABLE responses_v5 (
  id INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL,
  group_id TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source = 'web' OR source = 'terminal' OR source = 'import' OR source = 'demo'),
  submitted_at TEXT NOT NULL,
  answer_data TEXT NOT NULL DEFAULT '{}',  -- written by ResponseWriter only; no json_valid CHECK, it cost 15% of an import
  FOREIGN KEY (survey_id, group_id) REFERENCES survey_groups(survey_id, group_id));
INSERT INTO responses_v5 (id, survey_id, group_id, source, submitted_at, answer_data)
  SELECT r.id, r.survey_id, r.group_id, r.source, r.submitted_at, COALESCE((
    SELECT json_group_object(question_id, json(items)) FROM (
      SELECT question_id, json_group_object(item_id,
               CASE WHEN number IS NULL THEN value
                    WHEN number = CAST(number AS INTEGER) AND abs(number) < 9.0e15 THEN CAST(number AS INTEGER)
                    ELSE number END) AS items
      FROM answers a WHERE a.response_id = r.id GROUP BY question_id)), '{}')
  FROM responses r;
DROP TABLE answers;
DROP TABLE responses;
ALTER TABLE responses_v5 RENAME TO responses;
CREATE INDEX responses_by_survey ON responses(survey_id, group_id);
)sql");
  create_answers_view(db);
}

// Version 6 (issue 14): the key the web server signs form nonces with, so that only forms
// it issued are taken. One per survey, made when the survey is first served; in the
// database, so a form outlives a restart of the server and several servers share it.
void add_web_form_key(Database& db) { db.execute("ALTER TABLE surveys ADD COLUMN web_form_key TEXT;"); }

// Version 7 (issue 16, waves): a survey may follow an earlier one (a nameting after its
// nulmeting), and a response may carry the respondent's anonymous linking code
// (linking_code.h) in a column of its own, outside answer_data, so the `answers` view,
// the exports and the analysis's pass never see it. The index serves the pairing join
// (store_waves.cpp): one look-up per coded response, in constant memory.
void add_waves(Database& db) {
  db.execute(R"sql(
ALTER TABLE surveys ADD COLUMN follows INTEGER REFERENCES surveys(id);
ALTER TABLE responses ADD COLUMN link_code TEXT;
CREATE INDEX responses_by_link_code ON responses(survey_id, group_id, link_code) WHERE link_code IS NOT NULL;
)sql");
}

// Version 8 (issue 15): the file (base name) each imported response came from, so that
// `peiling import` can tell rows that are already stored (same group, same answers, same
// file name: a corrected file imported again after --skip-invalid) from new ones. NULL for
// responses from the web, the terminal, the demo and imports before version 8.
void add_import_file(Database& db) { db.execute("ALTER TABLE responses ADD COLUMN import_file TEXT;"); }

// Version 9 (issue 18, units): kUnitTables (store_schema_postgres.h) and a response's unit.
void add_units(Database& db) {
  db.execute(std::string(kUnitTables) + R"sql(
ALTER TABLE responses ADD COLUMN unit_id TEXT;
CREATE INDEX responses_by_unit ON responses(survey_id, unit_id, group_id) WHERE unit_id IS NOT NULL;
ALTER TABLE web_forms_stored ADD COLUMN survey_id INTEGER REFERENCES surveys(id);
CREATE INDEX web_forms_by_survey ON web_forms_stored(survey_id);
)sql");
}

// Version 10 (units everywhere): the `answers` view names the unit of each answer's response
// (NULL in a survey without units), so users' own SQL compares schools without a join. The
// new column comes last: a query that names the first five by position reads as before.
// Also: a one-time token may be for a unit (`peiling tokens --unit`), so the response given
// with it is stored with that school; the token row still names no response.
void add_unit_to_answers_view(Database& db) {
  db.execute(R"sql(
ALTER TABLE web_tokens ADD COLUMN unit_id TEXT;
DROP VIEW answers;
CREATE VIEW answers AS
  SELECT r.id AS response_id, q.key AS question_id, i.key AS item_id, CAST(i.atom AS TEXT) AS value,
         CASE WHEN i.type IN ('integer', 'real') THEN CAST(i.atom AS REAL) END AS number, r.unit_id AS unit_id
  FROM responses r, json_each(r.answer_data) q, json_each(q.value) i;
)sql");
}

// Foreign key enforcement off for as long as it lives (migrations rebuild tables).
class ForeignKeysOff {
 public:
  explicit ForeignKeysOff(Database& db) : db_(db) { db_.execute("PRAGMA foreign_keys=OFF"); }
  ~ForeignKeysOff() {
    try {
      db_.execute("PRAGMA foreign_keys=ON");
    } catch (...) {  // a destructor must not throw; the connection is closed after a failed open anyway
    }
  }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

 private:
  Database& db_;
};

void check_foreign_keys(Database& db) {
  Statement violations(db, "PRAGMA foreign_key_check");
  if (violations.step())
    throw StoreError(db.display_name() + ": the schema upgrade would break a reference from table '" +
                     violations.column_text(0) + "'; nothing was changed");
}

// SQLite keeps its per-row key (see kGroupChecksPostgres): versions 11 and 12 have nothing
// to do there.
void check_groups_per_statement(Database&) {}
void check_groups_in_one_scan(Database&) {}

// Version 13 (a unit's report of a large board in under a second): the board's tallies as
// the last unit's report counted them, up to a response id, so the next one reads only the
// responses after it (engine/store_kept_tallies.cpp, analysis/kept_board_tallies.h). A cache:
// deleting its row changes no figure, only how long the next unit's report takes.
void keep_board_tallies(Database& db) {
  db.execute(R"sql(
CREATE TABLE kept_board_tallies (
  survey_id INTEGER PRIMARY KEY REFERENCES surveys(id),
  definition_hash TEXT NOT NULL,
  through_response INTEGER NOT NULL,
  responses INTEGER NOT NULL,
  tallies TEXT NOT NULL);
)sql");
}

// Version 14 partitions PostgreSQL's responses by survey (store_schema_postgres_partitions.cpp):
// its bulk COPY no longer feeds a survey index and a statement-level group check. SQLite's
// import is within its target with both (a foreign key per row is cheap there), so its one
// table stays as it is.
void partition_responses_by_survey(Database&) {}

// Version 15 (a unit's report of a large board in under a second): the survey's responses
// counted per unit and group as they are stored (response_counts.h), so that no report counts
// the board's responses; the responses stored before are counted once, here.
void count_responses_as_stored(Database& db) {
  db.execute(R"sql(
CREATE TABLE response_counts (
  id INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys(id),
  unit_id TEXT,
  group_id TEXT NOT NULL,
  responses INTEGER NOT NULL);
)sql" + std::string(kResponseCountsFromResponses));
}

// Version 16 (a board's file imported within 3x of psql's \copy): an imported response names
// its import's record in imported_files, which holds its file, its time and that it was
// imported, once per import instead of once per row (on PostgreSQL, where they were a sixth of
// a stored row's bytes, they are left out of the row: store_schema_postgres.cpp). SQLite's
// source and submitted_at are NOT NULL since version 1, and dropping that would rebuild the
// table, so its rows keep their copies; its import is within its own target with them.
void name_the_import(Database& db) { db.execute("ALTER TABLE responses ADD COLUMN import_id INTEGER;"); }

// kMigrations[v] takes a database from user_version v to v + 1.
using Migration = void (*)(Database&);
constexpr std::array<Migration, Store::kSchemaVersion> kMigrations{create_schema_v1, create_imported_files,
                                                                   create_web_tables, allow_several_codes_and_agreement,
                                                                   pack_answers_per_response, add_web_form_key,
                                                                   add_waves,
                                                                   add_import_file, add_units,
                                                                   add_unit_to_answers_view,
                                                                   check_groups_per_statement,
                                                                   check_groups_in_one_scan,
                                                                   keep_board_tallies,
                                                                   partition_responses_by_survey,
                                                                   count_responses_as_stored,
                                                                   name_the_import};

// Applies the migrations from the database's version up, each in its own transaction, so
// an interrupted upgrade leaves a database at some whole version. Foreign keys are off
// meanwhile (SQLite's procedure for rebuilding a table others refer to; the pragma cannot
// change inside a transaction) and checked before each commit.
void migrate_sqlite_to(Database& db, int target_version) {
  if (db.schema_version() == target_version) return;
  const ForeignKeysOff foreign_keys_off(db);
  for (;;) {
    const int found = db.schema_version();
    if (found > Store::kSchemaVersion)
      throw StoreError(db.display_name() + " was written by a newer peiling (schema version " + std::to_string(found) +
                       "; this peiling knows up to version " + std::to_string(Store::kSchemaVersion) +
                       "); upgrade peiling to open it");
    if (found >= target_version) return;
    Transaction transaction(db);
    const int version = db.schema_version();  // re-read under the write lock
    if (version != found) continue;
    if (version == 0 && db.has_tables())
      throw StoreError(db.display_name() + " is not a peiling database: it has tables but no peiling schema version");
    kMigrations[static_cast<std::size_t>(version)](db);
    check_foreign_keys(db);
    db.set_schema_version(version + 1);
    transaction.commit();
  }
}

}  // namespace

void migrate_to(Database& db, int target_version) {
  if (db.dialect() == Dialect::postgres) migrate_postgres_to(db, target_version);
  else migrate_sqlite_to(db, target_version);
}

void migrate_to_latest(Database& db) { migrate_to(db, Store::kSchemaVersion); }

}  // namespace peiling
