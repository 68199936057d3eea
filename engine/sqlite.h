// A thin RAII layer over the SQLite C API: a connection, prepared statements and
// transactions. Every SQL statement in peiling goes through a Statement (no string-built
// SQL with values in it), and every write through a Transaction.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace peiling {

// A database problem, with SQLite's message and the statement or file it concerned.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Database;

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;

  // Binds parameters by 1-based index; returns *this for chaining.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bind_null(int index);
  // Binds text without SQLite's copy: the caller keeps `value` alive and unchanged until
  // the statement has run and the parameter is bound again (a bulk writer's reused buffer).
  Statement& bind_unowned(int index, std::string_view value);

  // Advances to the next row; false when done. Throws DatabaseError on failure.
  bool step();
  // Runs a statement that returns no rows.
  void run();
  void reset();  // ready to step again, keeping bindings

  bool is_null(int column) const;
  std::int64_t column_int(int column) const;
  double column_double(int column) const;
  std::string column_text(int column) const;
  // The text without a copy: valid until the next step, reset or column call on this row.
  std::string_view column_view(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class Database {
 public:
  // Opens (creating if needed) with foreign keys on and WAL journaling.
  explicit Database(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void execute(std::string_view sql);  // for schema statements without parameters
  std::int64_t last_insert_id() const;
  int user_version();
  void set_user_version(int version);
  // Switches to journal `mode` ("delete", "wal") if no other connection has the database
  // open, without waiting; false, and nothing changed, if one does.
  bool try_journal_mode(const std::string& mode);
  // Switches to WAL, waiting out another connection for the busy timeout; a clear
  // DatabaseError when one is still writing.
  void switch_to_wal();
  const std::string& path() const { return path_; }
  sqlite3* handle() { return db_; }

 private:

  sqlite3* db_ = nullptr;
  std::string path_;
};

// For one bulk write: the rollback journal while it lives, if this connection has the
// database to itself, then WAL again. In WAL mode a large transaction writes every page
// twice (log, then checkpoint) and re-reads pages it spilled from the log: a million-row
// import took 1.5x as long. With another connection open (say `peiling serve`), WAL
// stays, so its readers are never locked out. A crash in between leaves a hot journal,
// which the next open rolls back before it switches to WAL.
class RollbackJournalScope {
 public:
  explicit RollbackJournalScope(Database& db) : db_(db), switched_(db.try_journal_mode("delete")) {}
  ~RollbackJournalScope();
  RollbackJournalScope(const RollbackJournalScope&) = delete;
  RollbackJournalScope& operator=(const RollbackJournalScope&) = delete;

 private:
  Database& db_;
  bool switched_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called,
// so an exception anywhere inside leaves the database as it was.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace peiling
