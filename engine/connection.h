// The store's connection to its database, the same for SQLite and PostgreSQL: statements
// with `?` / `?N` placeholders bound by index (never values spliced into SQL), rows stepped
// through one at a time, and transactions that roll back unless committed. Store is
// written once over this interface; the few places where the two databases differ (DDL
// types, JSON functions, PRAGMAs) ask dialect(). The implementations are SqliteDatabase
// (engine/sqlite.h) and PgDatabase (engine/postgres.h); open_database picks one.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace peiling {

// A database problem, with the database's message and the statement or place it concerned.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database undid a transaction to break a deadlock or a serialization conflict between
// writers that run side by side (PostgreSQL, WriteLock::row_locks); run again, the same
// transaction normally succeeds.
class DatabaseConflict : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

enum class Dialect { sqlite, postgres };

// How many rows a statement may return. `many`: a pass over a survey, read in pieces where
// the database would otherwise hand over the whole result at once (PostgreSQL), so memory
// stays flat however large the survey.
enum class RowCount { few, many };

// How a write transaction keeps other writers out. `one_at_a_time`: no other peiling writer
// runs meanwhile (SQLite's BEGIN IMMEDIATE; an advisory lock on PostgreSQL), for writes that
// read the data first and must find it unchanged when they write (an import's duplicates
// check, a coding). `row_locks`: the database's row locks and constraints decide, so writers
// of different rows run side by side (PostgreSQL; SQLite still writes one at a time), for
// writes whose every check is a statement the database decides (web submissions: a token's
// conditional UPDATE, a form's unique nonce, the survey row locked against closing).
enum class WriteLock { one_at_a_time, row_locks };

// One prepared statement of one connection; see Statement for the contract.
class StatementBackend {
 public:
  virtual ~StatementBackend() = default;
  virtual void bind_int(int index, std::int64_t value) = 0;
  virtual void bind_double(int index, double value) = 0;
  virtual void bind_text(int index, std::string_view value) = 0;
  // Without a copy where the database allows it; by default the same as bind_text.
  virtual void bind_text_unowned(int index, std::string_view value) { bind_text(index, value); }
  virtual void bind_null(int index) = 0;
  virtual bool step() = 0;
  virtual void reset() = 0;
  virtual std::int64_t changes() const = 0;  // rows the last run changed
  virtual bool is_null(int column) const = 0;
  virtual std::int64_t column_int(int column) const = 0;
  virtual double column_double(int column) const = 0;
  virtual std::string_view column_view(int column) const = 0;
};

class Database {
 public:
  virtual ~Database() = default;
  Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  virtual Dialect dialect() const = 0;
  // Where the data is: the SQLite file, or the PostgreSQL URI (with its password, if one
  // was given: never print it; redact_uri).
  virtual const std::string& location() const = 0;
  // `location` for messages: the password of a URI hidden.
  virtual std::string display_name() const = 0;

  virtual std::unique_ptr<StatementBackend> prepare(std::string_view sql, RowCount rows) = 0;
  virtual void execute(std::string_view sql) = 0;  // statements without parameters or rows
  // The id of the row the last INSERT on this connection made.
  virtual std::int64_t last_insert_id() = 0;

  // The schema version the store keeps (SQLite: PRAGMA user_version; PostgreSQL: a table).
  virtual int schema_version() = 0;
  virtual void set_schema_version(int version) = 0;
  // Whether the database holds tables, views or the like (a database that is not peiling's).
  virtual bool has_tables() = 0;

  // A write transaction; see WriteLock for who may write beside it.
  virtual void begin_write(WriteLock lock) = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;

  // Bulk loads: COPY on PostgreSQL; false on SQLite, whose prepared INSERT is as fast.
  virtual bool copies() const { return false; }
  virtual void copy_row(std::string_view /*copy_sql*/, const std::vector<std::optional<std::string>>& /*fields*/) {
    throw DatabaseError("this database has no COPY");
  }
  virtual void copy_end() {}
};

// Opens `location`: a PostgreSQL database for a postgresql:// or postgres:// URI, else an
// SQLite file (created if needed).
std::unique_ptr<Database> open_database(const std::string& location);

class Statement {
 public:
  Statement(Database& db, std::string_view sql, RowCount rows = RowCount::few) : backend_(db.prepare(sql, rows)) {}
  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;

  // Binds parameters by 1-based index; returns *this for chaining.
  Statement& bind(int index, std::int64_t value) { return backend_->bind_int(index, value), *this; }
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value) { return backend_->bind_double(index, value), *this; }
  Statement& bind(int index, std::string_view value) { return backend_->bind_text(index, value), *this; }
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bind_null(int index) { return backend_->bind_null(index), *this; }
  // Binds text without SQLite's copy: the caller keeps `value` alive and unchanged until
  // the statement has run and the parameter is bound again (a bulk writer's reused buffer).
  Statement& bind_unowned(int index, std::string_view value) {
    return backend_->bind_text_unowned(index, value), *this;
  }

  // Advances to the next row; false when done. Throws DatabaseError on failure.
  bool step() { return backend_->step(); }
  // Runs a statement that returns no rows; the number of rows it changed.
  std::int64_t run() {
    while (step()) {
    }
    const std::int64_t changed = backend_->changes();
    reset();
    return changed;
  }
  void reset() { backend_->reset(); }  // ready to step again, keeping bindings

  bool is_null(int column) const { return backend_->is_null(column); }
  std::int64_t column_int(int column) const { return backend_->column_int(column); }
  double column_double(int column) const { return backend_->column_double(column); }
  std::string column_text(int column) const { return std::string(column_view(column)); }
  // The text without a copy: valid until the next step, reset or column call on this row.
  std::string_view column_view(int column) const { return backend_->column_view(column); }

 private:
  std::unique_ptr<StatementBackend> backend_;
};

// A write transaction from construction; rolled back on destruction unless commit() was
// called, so an exception anywhere inside leaves the database as it was.
class Transaction {
 public:
  explicit Transaction(Database& db, WriteLock lock = WriteLock::one_at_a_time) : db_(db) { db_.begin_write(lock); }
  ~Transaction() {
    if (!done_) db_.rollback();
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() {
    db_.commit();
    done_ = true;
  }

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace peiling
