// A thin RAII layer over libpq, the PostgreSQL counterpart of sqlite.h: a connection opened
// from a libpq URI, statements with parameters (never values spliced into SQL), transactions
// that roll back unless committed, and COPY FROM STDIN for bulk loads. Passwords come from
// PGPASSFILE / ~/.pgpass as libpq reads them, never from the command line. The PostgreSQL
// store (issue 18) is built on this; nothing outside engine/ uses it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/sqlite.h"  // DatabaseError: one error type for either database

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

}  // namespace peiling
