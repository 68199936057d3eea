// A thin RAII layer over libpq, the PostgreSQL counterpart of sqlite.h: a connection opened
// from a libpq URI, statements with parameters (never values spliced into SQL), transactions
// that roll back unless committed, and COPY FROM STDIN for bulk loads. Passwords come from
// PGPASSFILE / ~/.pgpass as libpq reads them, never from the command line. PgDatabase is the
// PostgreSQL implementation of the store's connection (connection.h); nothing outside
// engine/ uses this file.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/connection.h"  // DatabaseError: one error type for either database

struct pg_conn;
struct pg_result;

namespace peiling {

// Whether `location` names a PostgreSQL database (a postgresql:// or postgres:// URI)
// rather than an SQLite file.
bool is_postgres_uri(std::string_view location);

// The URI with any password in it replaced by "***", for messages and logs.
std::string redact_uri(std::string_view uri);

// The rows of one statement's result, text as PostgreSQL sends it.
class PgRows {
 public:
  explicit PgRows(pg_result* result);
  ~PgRows();
  PgRows(const PgRows&) = delete;
  PgRows& operator=(const PgRows&) = delete;
  PgRows(PgRows&& other) noexcept;

  int size() const;
  bool is_null(int row, int column) const;
  std::string text(int row, int column) const;
  std::int64_t integer(int row, int column) const;
  double real(int row, int column) const;
  std::string command_tag() const;  // "INSERT 0 1", "COMMIT", "ROLLBACK", ...

 private:
  pg_result* result_;
};

class PgConnection {
 public:
  // Connects; a DatabaseError (with the URI's password hidden) when it cannot.
  explicit PgConnection(const std::string& uri);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // Runs statements without parameters or results (schema, BEGIN, COMMIT).
  void execute(std::string_view sql);
  // One statement with $1, $2, ... parameters (std::nullopt is NULL); its rows.
  PgRows query(std::string_view sql, const std::vector<std::optional<std::string>>& parameters = {});

  // COPY ... FROM STDIN (text format): `copy_start` sends the statement, `copy_row` one row of
  // fields (escaped here for COPY's text format; nullopt is NULL), `copy_end` finishes it and
  // returns the number of rows PostgreSQL took. A DatabaseError on any refusal.
  void copy_start(std::string_view copy_sql);
  void copy_row(const std::vector<std::optional<std::string>>& fields);
  std::int64_t copy_end();

  pg_conn* handle() { return conn_; }

 private:
  void send_copy_buffer();
  pg_conn* conn_ = nullptr;
  std::string copy_buffer_;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() was called, so an
// exception anywhere inside leaves the database as it was (the same contract as Transaction).
class PgTransaction {
 public:
  explicit PgTransaction(PgConnection& connection);
  ~PgTransaction();
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;
  void commit();

 private:
  PgConnection& connection_;
  bool done_ = false;
};

// `sql` with SQLite's placeholders (`?`, `?N`) as PostgreSQL's ($N), outside quoted text
// and comments; a bare `?` takes the number after the highest so far, as in SQLite.
// `parameters` becomes the highest number used.
std::string postgres_placeholders(std::string_view sql, int& parameters);

// The store's connection to a PostgreSQL database. Statements are prepared once per
// connection and SQL text; writers take one advisory lock for their transaction, so they
// go one at a time, as on SQLite, and a check and the write it allows see the same data.
class PgDatabase final : public Database {
 public:
  explicit PgDatabase(const std::string& uri);

  Dialect dialect() const override { return Dialect::postgres; }
  const std::string& location() const override { return uri_; }
  std::string display_name() const override { return redact_uri(uri_); }
  std::unique_ptr<StatementBackend> prepare(std::string_view sql, RowCount rows) override;
  void execute(std::string_view sql) override;
  std::int64_t last_insert_id() override;
  int schema_version() override;
  void set_schema_version(int version) override;
  bool has_tables() override;
  void begin_write(WriteLock lock) override;
  void commit() override;
  void rollback() noexcept override;
  bool copies() const override { return true; }
  void copy_row(std::string_view copy_sql, const std::vector<std::optional<std::string>>& fields) override;
  void copy_end() override;

  // Ends a COPY under way, so the connection can run another statement.
  void finish_copy();
  PgConnection& connection() { return connection_; }
  // The name of the prepared statement for `sql`, preparing it on first use.
  const std::string& prepared(std::string_view sql, int& parameters);
  // A name for a new cursor on this connection.
  std::string new_cursor_name() { return "peiling_cursor_" + std::to_string(++cursors_); }

 private:
  struct Prepared {
    std::string name;
    int parameters = 0;
  };
  std::string uri_;
  PgConnection connection_;
  std::map<std::string, Prepared, std::less<>> prepared_;
  std::string copying_;  // the COPY statement under way, "" when none
  std::int64_t cursors_ = 0;
};

}  // namespace peiling
