// The libpq layer; see postgres.h.
#include "engine/postgres.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/messages.h"

namespace peiling {

namespace {

// libpq's message on one line: its line breaks and tabs as single spaces, none at the end.
std::string trimmed(std::string message) {
  std::string line;
  for (char c : message) {
    const bool blank = c == '\n' || c == '\t' || c == ' ';
    if (blank && (line.empty() || line.back() == ' ')) continue;
    line += blank ? ' ' : c;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

// The error for a failed statement: the server's reason and what peiling was doing. A write
// refused because the database only reads (SQLSTATE 25006: a standby of a replicated
// server, or a read-only connection) says so and what to do instead, not only the server's
// "cannot execute COPY during recovery".
DatabaseError statement_failure(const std::string& reason, pg_result* result, std::string_view doing) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  if (state && std::string_view(state) == "25006") return DatabaseError(text(Msg::store_read_only, reason));
  return DatabaseError(reason + " (" + std::string(doing) + ")");
}

// COPY's text format: tab between fields, newline after the row, \N for NULL, and a
// backslash before what would otherwise end a field or a row.
void append_copy_field(const std::optional<std::string>& field, std::string& out) {
  if (!field) {
    out += "\\N";
    return;
  }
  // Most fields have nothing to escape: copy the runs between special characters whole
  // (one character at a time was an eighth of a bulk import's client time).
  const std::string_view text = *field;
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '\\' && c != '\t' && c != '\n' && c != '\r') continue;
    out.append(text, run, i - run);
    out += c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
    run = i + 1;
  }
  out.append(text, run);
}

constexpr std::size_t kCopyChunk = 1 << 16;  // send COPY data in 64 KiB pieces

}  // namespace

bool is_postgres_uri(std::string_view location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::string redact_uri(std::string_view uri) {
  std::string redacted(uri);
  // The password of user:password@ in the authority (before the first '/' or '?' after the scheme).
  if (is_postgres_uri(redacted)) {
    const std::size_t authority = redacted.find("://") + 3;
    const std::size_t end = std::min(redacted.find_first_of("/?", authority), redacted.size());
    const std::size_t at = redacted.find('@', authority);
    const std::size_t colon = redacted.find(':', authority);
    if (at < end && colon < at) redacted.replace(colon + 1, at - colon - 1, "***");
  }
  // Every password=... parameter's value.
  for (std::size_t at = redacted.find("password="); at != std::string::npos; at = redacted.find("password=", at + 1)) {
    if (at == 0 || (redacted[at - 1] != '?' && redacted[at - 1] != '&')) continue;
    const std::size_t value = at + 9;
    redacted.replace(value, std::min(redacted.find('&', value), redacted.size()) - value, "***");
  }
  return redacted;
}

// ---- PgRows -------------------------------------------------------------------------

PgRows::PgRows(pg_result* result) : result_(result) {}
PgRows::~PgRows() { PQclear(result_); }
PgRows::PgRows(PgRows&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }

int PgRows::size() const { return PQntuples(result_); }
bool PgRows::is_null(int row, int column) const { return PQgetisnull(result_, row, column) != 0; }
std::string PgRows::text(int row, int column) const {
  return std::string(PQgetvalue(result_, row, column), static_cast<std::size_t>(PQgetlength(result_, row, column)));
}
std::int64_t PgRows::integer(int row, int column) const { return std::strtoll(PQgetvalue(result_, row, column), nullptr, 10); }
double PgRows::real(int row, int column) const { return std::strtod(PQgetvalue(result_, row, column), nullptr); }
std::string PgRows::command_tag() const { return PQcmdStatus(result_); }

// ---- PgConnection -------------------------------------------------------------------

PgConnection::PgConnection(const std::string& uri) : conn_(PQconnectdb(uri.c_str())) {
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    const std::string reason = conn_ ? trimmed(PQerrorMessage(conn_)) : "out of memory";
    PQfinish(conn_);
    conn_ = nullptr;
    throw DatabaseError(text(Msg::store_cannot_connect, redact_uri(uri), reason));
  }
  // Messages in one language and no notices on stderr: peiling says what went wrong itself.
  PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
}

PgConnection::~PgConnection() { PQfinish(conn_); }

void PgConnection::execute(std::string_view sql) {
  pg_result* result = PQexec(conn_, std::string(sql).c_str());  // runs every statement in `sql`
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const std::string reason = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
    const DatabaseError failure = statement_failure(reason, result, "in: " + std::string(sql.substr(0, 120)));
    PQclear(result);
    throw failure;
  }
  PQclear(result);
}

PgRows PgConnection::query(std::string_view sql, const std::vector<std::optional<std::string>>& parameters) {
  std::vector<const char*> values;
  values.reserve(parameters.size());
  for (const auto& parameter : parameters) values.push_back(parameter ? parameter->c_str() : nullptr);
  pg_result* result = PQexecParams(conn_, std::string(sql).c_str(), static_cast<int>(values.size()), nullptr,
                                   values.data(), nullptr, nullptr, 0);
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const std::string reason = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
    const DatabaseError failure = statement_failure(reason, result, "in: " + std::string(sql.substr(0, 120)));
    PQclear(result);
    throw failure;
  }
  return PgRows(result);
}

void PgConnection::copy_start(std::string_view copy_sql) {
  pg_result* result = PQexec(conn_, std::string(copy_sql).c_str());
  const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
  if (!ready) {
    const DatabaseError failure = statement_failure(trimmed(PQresultErrorMessage(result)), result,
                                                    "in: " + std::string(copy_sql.substr(0, 120)));
    PQclear(result);
    throw failure;
  }
  PQclear(result);
  copy_buffer_.clear();
}

void PgConnection::copy_row(const std::vector<std::optional<std::string>>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) copy_buffer_ += '\t';
    append_copy_field(fields[i], copy_buffer_);
  }
  copy_buffer_ += '\n';
  if (copy_buffer_.size() >= kCopyChunk) send_copy_buffer();
}

void PgConnection::send_copy_buffer() {
  if (copy_buffer_.empty()) return;
  if (PQputCopyData(conn_, copy_buffer_.data(), static_cast<int>(copy_buffer_.size())) != 1)
    throw DatabaseError("COPY: " + trimmed(PQerrorMessage(conn_)));
  copy_buffer_.clear();
}

std::int64_t PgConnection::copy_end() {
  send_copy_buffer();
  if (PQputCopyEnd(conn_, nullptr) != 1) throw DatabaseError("COPY: " + trimmed(PQerrorMessage(conn_)));
  std::int64_t rows = 0;
  std::optional<DatabaseError> failure;
  while (pg_result* result = PQgetResult(conn_)) {  // read to the end, so the connection is ready again
    if (PQresultStatus(result) == PGRES_COMMAND_OK) rows = std::strtoll(PQcmdTuples(result), nullptr, 10);
    else if (!failure) failure = statement_failure(trimmed(PQresultErrorMessage(result)), result, "COPY");
    PQclear(result);
  }
  if (failure) throw *failure;
  return rows;
}

// ---- PgTransaction ------------------------------------------------------------------

PgTransaction::PgTransaction(PgConnection& connection) : connection_(connection) { connection_.query("BEGIN"); }

PgTransaction::~PgTransaction() {
  if (done_) return;
  try {
    connection_.query("ROLLBACK");
  } catch (...) {  // the connection is gone: PostgreSQL rolls back itself
  }
}

void PgTransaction::commit() {
  done_ = true;
  // After a failed statement PostgreSQL answers COMMIT with ROLLBACK: nothing was stored.
  if (connection_.query("COMMIT").command_tag() != "COMMIT")
    throw DatabaseError("the transaction was rolled back: a statement in it failed");
}

// ---- Placeholders ------------------------------------------------------------------

std::string postgres_placeholders(std::string_view sql, int& parameters) {
  std::string out;
  out.reserve(sql.size() + 16);
  parameters = 0;
  std::size_t i = 0;
  auto copy_quoted = [&](char quote) {  // '...' or "...", a doubled quote inside
    out += sql[i++];
    while (i < sql.size()) {
      out += sql[i];
      if (sql[i++] == quote) {
        if (i < sql.size() && sql[i] == quote) {
          out += sql[i++];
          continue;
        }
        return;
      }
    }
  };
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      copy_quoted(c);
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      const std::size_t end = sql.find('\n', i);
      const std::size_t stop = end == std::string_view::npos ? sql.size() : end;
      out.append(sql.substr(i, stop - i));
      i = stop;
    } else if (c == '?') {
      ++i;
      int number = 0;
      bool numbered = false;
      while (i < sql.size() && sql[i] >= '0' && sql[i] <= '9') {
        number = number * 10 + (sql[i++] - '0');
        numbered = true;
      }
      if (!numbered) number = parameters + 1;
      parameters = std::max(parameters, number);
      out += '$' + std::to_string(number);
    } else {
      out += sql[i++];
    }
  }
  return out;
}

// ---- PgDatabase ---------------------------------------------------------------------

namespace {

// The advisory lock every peiling writer takes for its transaction ("peiling" in ASCII).
constexpr const char* kBeginWrite = "BEGIN; SELECT pg_advisory_xact_lock(28548151811501671)";

std::string error_of(pg_conn* conn, pg_result* result) {
  return trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(conn));
}

// RowCount::many reads through a cursor, kFetchRows at a time: libpq otherwise holds a whole
// result in memory (a million responses' answers), and single-row mode would keep the
// connection to one statement, while the analysis's pass steps three at once (responses,
// codings, agreed codes). WITH HOLD, so the cursor outlives the statement's own
// transaction outside an explicit one.
constexpr int kFetchRows = 2000;

class PgStatement final : public StatementBackend {
 public:
  PgStatement(PgDatabase& db, std::string_view sql, RowCount rows) : db_(db), sql_(sql) {
    int parameters = 0;
    if (rows == RowCount::many) {
      cursor_ = db.new_cursor_name();
      declare_ = "DECLARE " + cursor_ + " NO SCROLL CURSOR WITH HOLD FOR " + postgres_placeholders(sql, parameters);
    } else {
      name_ = db.prepared(sql, parameters);
    }
    values_.resize(static_cast<std::size_t>(parameters));
  }
  ~PgStatement() override {
    PQclear(result_);
    close_cursor();
  }
  PgStatement(const PgStatement&) = delete;
  PgStatement& operator=(const PgStatement&) = delete;

  void bind_int(int index, std::int64_t value) override { slot(index) = std::to_string(value); }
  void bind_double(int index, double value) override {
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", value);
    slot(index) = text;
  }
  void bind_text(int index, std::string_view value) override { slot(index) = std::string(value); }
  void bind_null(int index) override { slot(index).reset(); }

  bool step() override {
    if (!result_) run();
    if (++row_ < PQntuples(result_)) return true;
    if (cursor_.empty() || PQntuples(result_) < kFetchRows) return false;
    fetch();
    return ++row_ < PQntuples(result_);
  }
  void reset() override {
    PQclear(result_);
    result_ = nullptr;
    row_ = -1;
    close_cursor();
  }
  std::int64_t changes() const override { return result_ ? std::strtoll(PQcmdTuples(result_), nullptr, 10) : 0; }

  bool is_null(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
  std::int64_t column_int(int column) const override {
    return std::strtoll(PQgetvalue(result_, row_, column), nullptr, 10);
  }
  double column_double(int column) const override { return std::strtod(PQgetvalue(result_, row_, column), nullptr); }
  std::string_view column_view(int column) const override {
    return {PQgetvalue(result_, row_, column), static_cast<std::size_t>(PQgetlength(result_, row_, column))};
  }

 private:
  std::optional<std::string>& slot(int index) {
    if (index < 1 || static_cast<std::size_t>(index) > values_.size())
      throw DatabaseError("no parameter " + std::to_string(index) + " in " + sql_);
    return values_[static_cast<std::size_t>(index) - 1];
  }

  // Runs the statement: its whole result, or the first rows of its cursor.
  void run() {
    db_.finish_copy();
    std::vector<const char*> values;
    values.reserve(values_.size());
    for (const auto& value : values_) values.push_back(value ? value->c_str() : nullptr);
    pg_conn* conn = db_.connection().handle();
    if (cursor_.empty()) {
      result_ = PQexecPrepared(conn, name_.c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
      check(result_);
      row_ = -1;
      return;
    }
    pg_result* declared =
        PQexecParams(conn, declare_.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    check(declared);
    PQclear(declared);
    cursor_open_ = true;
    fetch();
  }

  void fetch() {
    PQclear(result_);
    result_ = PQexec(db_.connection().handle(), ("FETCH " + std::to_string(kFetchRows) + " FROM " + cursor_).c_str());
    check(result_);
    row_ = -1;
  }

  void check(pg_result* result) {
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    const std::string reason = error_of(db_.connection().handle(), result);
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const bool conflict = state && (std::string_view(state) == "40P01" || std::string_view(state) == "40001");
    const DatabaseError failure = statement_failure(reason, result, "running " + sql_.substr(0, 200));
    if (result != result_) PQclear(result);
    reset();
    if (conflict) throw DatabaseConflict(reason + " (running " + sql_.substr(0, 200) + ")");
    throw failure;
  }

  void close_cursor() noexcept {
    if (!cursor_open_) return;
    cursor_open_ = false;
    // Gone already when a transaction it was declared in rolled back: nothing to close.
    PQclear(PQexec(db_.connection().handle(), ("CLOSE " + cursor_).c_str()));
  }

  PgDatabase& db_;
  std::string sql_;
  std::string name_;
  std::vector<std::optional<std::string>> values_;
  pg_result* result_ = nullptr;
  int row_ = -1;
  std::string cursor_;   // RowCount::many: the cursor's name
  std::string declare_;  // and its DECLARE statement
  bool cursor_open_ = false;
};

}  // namespace

PgDatabase::PgDatabase(const std::string& uri) : uri_(uri), connection_(uri) {
  // Every commit on disk before it returns, whatever the server's default: the store's
  // promise is the same on both databases.
  connection_.execute("SET synchronous_commit = on");
}

const std::string& PgDatabase::prepared(std::string_view sql, int& parameters) {
  auto found = prepared_.find(sql);
  if (found == prepared_.end()) {
    finish_copy();
    Prepared statement{"peiling_" + std::to_string(prepared_.size() + 1), 0};
    const std::string text = postgres_placeholders(sql, statement.parameters);
    pg_result* result = PQprepare(connection_.handle(), statement.name.c_str(), text.c_str(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string reason = ok ? "" : error_of(connection_.handle(), result);
    PQclear(result);
    if (!ok) throw DatabaseError(reason + " (preparing " + std::string(sql.substr(0, 200)) + ")");
    found = prepared_.emplace(std::string(sql), std::move(statement)).first;
  }
  parameters = found->second.parameters;
  return found->second.name;
}

std::unique_ptr<StatementBackend> PgDatabase::prepare(std::string_view sql, RowCount rows) {
  return std::make_unique<PgStatement>(*this, sql, rows);
}

void PgDatabase::execute(std::string_view sql) {
  finish_copy();
  connection_.execute(sql);
}

std::int64_t PgDatabase::last_insert_id() {
  finish_copy();
  return connection_.query("SELECT lastval()").integer(0, 0);
}

int PgDatabase::schema_version() {
  finish_copy();
  if (connection_.query("SELECT to_regclass('peiling_schema') IS NULL").text(0, 0) == "t") return 0;
  const PgRows rows = connection_.query("SELECT version FROM peiling_schema");
  return rows.size() == 0 ? 0 : static_cast<int>(rows.integer(0, 0));
}

void PgDatabase::set_schema_version(int version) {
  finish_copy();
  connection_.execute("CREATE TABLE IF NOT EXISTS peiling_schema (version INTEGER NOT NULL)");
  connection_.execute("DELETE FROM peiling_schema");
  connection_.query("INSERT INTO peiling_schema (version) VALUES ($1)", {std::to_string(version)});
}

bool PgDatabase::has_tables() {
  finish_copy();
  return connection_
             .query("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
             .integer(0, 0) > 0;
}

void PgDatabase::begin_write(WriteLock lock) {
  finish_copy();
  connection_.execute(lock == WriteLock::one_at_a_time ? kBeginWrite : "BEGIN");
}

void PgDatabase::commit() {
  finish_copy();
  // After a failed statement PostgreSQL answers COMMIT with ROLLBACK: nothing was stored.
  if (connection_.query("COMMIT").command_tag() != "COMMIT")
    throw DatabaseError("the transaction was rolled back: a statement in it failed");
}

void PgDatabase::rollback() noexcept {
  try {
    if (!copying_.empty()) {
      copying_.clear();
      PQputCopyEnd(connection_.handle(), "rolled back");
      while (pg_result* result = PQgetResult(connection_.handle())) PQclear(result);
    }
    connection_.query("ROLLBACK");
  } catch (...) {  // the connection is gone: PostgreSQL rolls back itself
  }
}

void PgDatabase::copy_row(std::string_view copy_sql, const std::vector<std::optional<std::string>>& fields) {
  if (copying_ != copy_sql) {
    finish_copy();
    connection_.copy_start(copy_sql);
    copying_ = std::string(copy_sql);
  }
  connection_.copy_row(fields);
}

void PgDatabase::copy_end() { finish_copy(); }

void PgDatabase::finish_copy() {
  if (copying_.empty()) return;
  copying_.clear();
  connection_.copy_end();
}

}  // namespace peiling
