// The RAII layer over the SQLite C API. Every failure becomes a DatabaseError carrying
// SQLite's own message plus the statement or file it concerned.
#include "engine/sqlite.h"

#include <utility>

namespace peiling {

namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  std::string message = db ? sqlite3_errmsg(db) : "out of memory";
  throw DatabaseError(message + " (" + std::string(what) + ")");
}

std::string statement_text(sqlite3_stmt* stmt) {
  const char* sql = stmt ? sqlite3_sql(stmt) : nullptr;
  return sql ? sql : "?";
}

}  // namespace

// ---- Statements -------------------------------------------------------------------

namespace {

void check_bind(int result, sqlite3* db, sqlite3_stmt* stmt, int index) {
  if (result != SQLITE_OK) fail(db, "binding parameter " + std::to_string(index) + " of " + statement_text(stmt));
}

class SqliteStatement final : public StatementBackend {
 public:
  SqliteStatement(SqliteDatabase& db, std::string_view sql) : db_(db.handle()) {
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
      sqlite3_finalize(stmt_);
      fail(db_, "preparing " + std::string(sql) + " on " + db.path());
    }
    if (!stmt_) throw DatabaseError("empty SQL statement: '" + std::string(sql) + "'");
  }
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void bind_int(int index, std::int64_t value) override {
    check_bind(sqlite3_bind_int64(stmt_, index, value), db_, stmt_, index);
  }
  void bind_double(int index, double value) override {
    check_bind(sqlite3_bind_double(stmt_, index, value), db_, stmt_, index);
  }
  void bind_text(int index, std::string_view value) override {
    // SQLITE_TRANSIENT: SQLite copies the text, so the caller's string may go away.
    check_bind(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8), db_,
               stmt_, index);
  }
  void bind_text_unowned(int index, std::string_view value) override {
    check_bind(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8), db_, stmt_,
               index);
  }
  void bind_null(int index) override { check_bind(sqlite3_bind_null(stmt_, index), db_, stmt_, index); }

  bool step() override {
    int result = sqlite3_step(stmt_);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);  // so the statement can be used again after the error
    throw DatabaseError(message + " (running " + statement_text(stmt_) + ")");
  }
  void reset() override { sqlite3_reset(stmt_); }
  std::int64_t changes() const override { return sqlite3_changes64(db_); }

  bool is_null(int column) const override { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::int64_t column_int(int column) const override { return sqlite3_column_int64(stmt_, column); }
  double column_double(int column) const override { return sqlite3_column_double(stmt_, column); }
  std::string_view column_view(int column) const override {
    const auto* text = sqlite3_column_text(stmt_, column);
    if (!text) return {};
    return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace

// SQLite steps through any result a row at a time: `rows` changes nothing.
std::unique_ptr<StatementBackend> SqliteDatabase::prepare(std::string_view sql, RowCount /*rows*/) {
  return std::make_unique<SqliteStatement>(*this, sql);
}

// ---- Database -----------------------------------------------------------------------

namespace {
constexpr int kBusyTimeoutMs = 5000;  // how long a connection waits for another's write lock
}  // namespace

// NOMUTEX: a connection is only ever used by one thread at a time (the web server guards
// its read connection with a mutex of its own), so SQLite's own locking on every call
// is pure cost, about 3% of a large import.
SqliteDatabase::SqliteDatabase(const std::string& path) : path_(path) {
  // No memory statistics: SQLite takes one process-wide mutex on every malloc and free to
  // keep them, and the analysis's two reading threads spent 15% of a large report waiting
  // on it. Must come before SQLite initialises, i.e. before the first connection.
  static const int no_memory_statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)no_memory_statistics;
  int result = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                               nullptr);
  if (result != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(result);
    sqlite3_close(db_);
    throw DatabaseError(message + " (opening " + path + ")");
  }
  try {
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    execute("PRAGMA foreign_keys=ON");
    switch_to_wal();
    // A fixed 16 MiB page cache for a connection that comes back to the same pages (the
    // coding tools, the web server's look-ups); the analysis pass reads each page once, on
    // connections of its own with a small cache (Store::read_once). Fixed, so memory does
    // not grow with the number of responses.
    execute("PRAGMA cache_size=-16384");
  } catch (...) {
    sqlite3_close(db_);
    throw;
  }
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close(db_); }

// WAL lets readers go on while one connection writes. Switching needs the database to
// itself for a moment, which a running bulk import (RollbackJournalScope) does not give.
void SqliteDatabase::switch_to_wal() {
  try {
    execute("PRAGMA journal_mode=WAL");
  } catch (const DatabaseError&) {
    if ((sqlite3_errcode(db_) & 0xff) != SQLITE_BUSY) throw;
    throw DatabaseError(path_ + " is busy: another peiling is writing to it (a large import?); try again when it has "
                                "finished");
  }
}

bool SqliteDatabase::try_journal_mode(const std::string& mode) {
  sqlite3_busy_timeout(db_, 0);  // another connection open is an answer, not something to wait out
  bool switched = false;
  try {
    SqliteStatement pragma(*this, "PRAGMA journal_mode=" + mode);  // our own constant, never input
    switched = pragma.step() && pragma.column_view(0) == mode;
  } catch (const DatabaseError&) {
    switched = false;  // "database is locked": someone else has it open
  }
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  return switched;
}

void SqliteDatabase::execute(std::string_view sql) {
  std::string text(sql);  // sqlite3_exec needs a terminated string
  char* error = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    throw DatabaseError(message + " (running " + text + " on " + path_ + ")");
  }
}

std::int64_t SqliteDatabase::last_insert_id() { return sqlite3_last_insert_rowid(db_); }

int SqliteDatabase::schema_version() {
  SqliteStatement query(*this, "PRAGMA user_version");
  query.step();
  return static_cast<int>(query.column_int(0));
}

bool SqliteDatabase::has_tables() {
  SqliteStatement tables(*this, "SELECT count(*) FROM sqlite_master");
  tables.step();
  return tables.column_int(0) > 0;
}

void SqliteDatabase::set_schema_version(int version) {
  // PRAGMA takes no bound parameters; the value is an int from code, never user text.
  execute("PRAGMA user_version=" + std::to_string(version));
}

// ---- RollbackJournalScope ----------------------------------------------------------

RollbackJournalScope::RollbackJournalScope(Database& db)
    : db_(dynamic_cast<SqliteDatabase*>(&db)), switched_(db_ && db_->try_journal_mode("delete")) {}

RollbackJournalScope::~RollbackJournalScope() {
  if (!switched_) return;
  try {
    db_->switch_to_wal();  // waits out a reader that came in meanwhile
  } catch (const DatabaseError&) {
    // The data is committed or rolled back either way; the next open switches to WAL.
  }
}

// ---- Transactions -------------------------------------------------------------------

// BEGIN IMMEDIATE: the write lock from the start, so a transaction that reads before it
// writes never finds its reads outdated.
// SQLite writes one at a time whatever the lock asked for.
void SqliteDatabase::begin_write(WriteLock) { execute("BEGIN IMMEDIATE"); }

void SqliteDatabase::commit() { execute("COMMIT"); }

void SqliteDatabase::rollback() noexcept { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

}  // namespace peiling
