// The libpq layer; see postgres.h.
#include "engine/postgres.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <regex>

namespace peiling {

namespace {

std::string trimmed(std::string message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

// COPY's text format: tab between fields, newline after the row, \N for NULL, and a
// backslash before what would otherwise end a field or a row.
void append_copy_field(const std::optional<std::string>& field, std::string& out) {
  if (!field) {
    out += "\\N";
    return;
  }
  for (char c : *field) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

constexpr std::size_t kCopyChunk = 1 << 16;  // send COPY data in 64 KiB pieces

}  // namespace

bool is_postgres_uri(std::string_view location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::string redact_uri(std::string_view uri) {
  static const std::regex password_in_authority(R"(^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@)");
  static const std::regex password_parameter(R"(([?&]password=)[^&]*)");
  std::string redacted = std::regex_replace(std::string(uri), password_in_authority, "$1:***@");
  return std::regex_replace(redacted, password_parameter, "$1***");
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
    throw DatabaseError("cannot connect to " + redact_uri(uri) + ": " + reason);
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
    PQclear(result);
    throw DatabaseError(reason + " (in: " + std::string(sql.substr(0, 120)) + ")");
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
    PQclear(result);
    throw DatabaseError(reason + " (in: " + std::string(sql.substr(0, 120)) + ")");
  }
  return PgRows(result);
}

void PgConnection::copy_start(std::string_view copy_sql) {
  pg_result* result = PQexec(conn_, std::string(copy_sql).c_str());
  const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
  const std::string reason = ready ? "" : trimmed(PQresultErrorMessage(result));
  PQclear(result);
  if (!ready) throw DatabaseError(reason + " (in: " + std::string(copy_sql.substr(0, 120)) + ")");
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
  std::string failure;
  while (pg_result* result = PQgetResult(conn_)) {  // read to the end, so the connection is ready again
    if (PQresultStatus(result) == PGRES_COMMAND_OK) rows = std::strtoll(PQcmdTuples(result), nullptr, 10);
    else if (failure.empty()) failure = trimmed(PQresultErrorMessage(result));
    PQclear(result);
  }
  if (!failure.empty()) throw DatabaseError("COPY: " + failure);
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

}  // namespace peiling
