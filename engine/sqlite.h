// The SQLite implementation of the store's connection (connection.h): a thin RAII layer
// over the SQLite C API. Every SQL statement in peiling goes through a Statement (no
// string-built SQL with values in it), and every write through a Transaction.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "engine/connection.h"

namespace peiling {

class SqliteDatabase final : public Database {
 public:
  // Opens (creating if needed) with foreign keys on and WAL journaling.
  explicit SqliteDatabase(const std::string& path);
  ~SqliteDatabase() override;

  Dialect dialect() const override { return Dialect::sqlite; }
  const std::string& location() const override { return path_; }
  std::string display_name() const override { return path_; }
  std::unique_ptr<StatementBackend> prepare(std::string_view sql, RowCount rows) override;
  void execute(std::string_view sql) override;
  std::int64_t last_insert_id() override;
  int schema_version() override;
  void set_schema_version(int version) override;
  bool has_tables() override;
  void begin_write(WriteLock lock) override;
  void commit() override;
  void rollback() noexcept override;

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
// which the next open rolls back before it switches to WAL. Does nothing on a database
// that is not SQLite.
class RollbackJournalScope {
 public:
  explicit RollbackJournalScope(Database& db);
  ~RollbackJournalScope();
  RollbackJournalScope(const RollbackJournalScope&) = delete;
  RollbackJournalScope& operator=(const RollbackJournalScope&) = delete;

 private:
  SqliteDatabase* db_;
  bool switched_;
};

}  // namespace peiling
