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

// ---- Statement ----------------------------------------------------------------------

Statement::Statement(Database& db, std::string_view sql) : db_(db.handle()), stmt_(nullptr) {
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
    sqlite3_finalize(stmt_);
    fail(db_, "preparing " + std::string(sql) + " on " + db.path());
  }
  if (!stmt_) throw DatabaseError("empty SQL statement: '" + std::string(sql) + "'");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

namespace {

void check_bind(int result, sqlite3* db, sqlite3_stmt* stmt, int index) {
  if (result != SQLITE_OK) fail(db, "binding parameter " + std::to_string(index) + " of " + statement_text(stmt));
}

}  // namespace

Statement& Statement::bind(int index, std::int64_t value) {
  check_bind(sqlite3_bind_int64(stmt_, index, value), db_, stmt_, index);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  check_bind(sqlite3_bind_double(stmt_, index, value), db_, stmt_, index);
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  // SQLITE_TRANSIENT: SQLite copies the text, so the caller's string may go away.
  check_bind(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
             db_, stmt_, index);
  return *this;
}

Statement& Statement::bind_unowned(int index, std::string_view value) {
  check_bind(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8), db_, stmt_,
             index);
  return *this;
}

Statement& Statement::bind_null(int index) {
  check_bind(sqlite3_bind_null(stmt_, index), db_, stmt_, index);
  return *this;
}

bool Statement::step() {
  int result = sqlite3_step(stmt_);
  if (result == SQLITE_ROW) return true;
  if (result == SQLITE_DONE) return false;
  std::string message = sqlite3_errmsg(db_);
  sqlite3_reset(stmt_);  // so the statement can be used again after the error
  throw DatabaseError(message + " (running " + statement_text(stmt_) + ")");
}

void Statement::run() {
  while (step()) {
  }
  sqlite3_reset(stmt_);
}

void Statement::reset() { sqlite3_reset(stmt_); }

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::column_int(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::column_double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::column_text(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (!text) return {};
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::column_view(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (!text) return {};
  return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

// ---- Database -----------------------------------------------------------------------

namespace {
constexpr int kBusyTimeoutMs = 5000;  // how long a connection waits for another's write lock
}  // namespace

// NOMUTEX: a connection is only ever used by one thread at a time (the web server guards
// its read connection with a mutex of its own), so SQLite's own locking on every call
// is pure cost, about 3% of a large import.
Database::Database(const std::string& path) : path_(path) {
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
    // A fixed 16 MiB page cache: the analysis reads a survey's answers in several passes,
    // and re-reading pages from the OS cost more than the passes themselves. Fixed, so
    // memory still does not grow with the number of responses.
    execute("PRAGMA cache_size=-16384");
  } catch (...) {
    sqlite3_close(db_);
    throw;
  }
}

Database::~Database() { sqlite3_close(db_); }

// WAL lets readers go on while one connection writes. Switching needs the database to
// itself for a moment, which a running bulk import (RollbackJournalScope) does not give.
void Database::switch_to_wal() {
  try {
    execute("PRAGMA journal_mode=WAL");
  } catch (const DatabaseError&) {
    if ((sqlite3_errcode(db_) & 0xff) != SQLITE_BUSY) throw;
    throw DatabaseError(path_ + " is busy: another peiling is writing to it (a large import?); try again when it has "
                                "finished");
  }
}

bool Database::try_journal_mode(const std::string& mode) {
  sqlite3_busy_timeout(db_, 0);  // another connection open is an answer, not something to wait out
  bool switched = false;
  try {
    Statement pragma(*this, "PRAGMA journal_mode=" + mode);  // our own constant, never input
    switched = pragma.step() && pragma.column_text(0) == mode;
  } catch (const DatabaseError&) {
    switched = false;  // "database is locked": someone else has it open
  }
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  return switched;
}

void Database::execute(std::string_view sql) {
  std::string text(sql);  // sqlite3_exec needs a terminated string
  char* error = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    throw DatabaseError(message + " (running " + text + " on " + path_ + ")");
  }
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

int Database::user_version() {
  Statement query(*this, "PRAGMA user_version");
  query.step();
  return static_cast<int>(query.column_int(0));
}

void Database::set_user_version(int version) {
  // PRAGMA takes no bound parameters; the value is an int from code, never user text.
  execute("PRAGMA user_version=" + std::to_string(version));
}

// ---- RollbackJournalScope ----------------------------------------------------------

RollbackJournalScope::~RollbackJournalScope() {
  if (!switched_) return;
  try {
    db_.switch_to_wal();  // waits out a reader that came in meanwhile
  } catch (const DatabaseError&) {
    // The data is committed or rolled back either way; the next open switches to WAL.
  }
}

// ---- Transaction --------------------------------------------------------------------

Transaction::Transaction(Database& db) : db_(db) { db_.execute("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);  // must not throw
}

void Transaction::commit() {
  db_.execute("COMMIT");
  done_ = true;
}

}  // namespace peiling
