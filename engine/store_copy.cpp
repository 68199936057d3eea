// See store_copy.h. Columns are copied by name, as each database lists them, so a copy
// never depends on the column order of CREATE TABLE; every value travels as text (the
// schema has only TEXT and INTEGER columns) or NULL.
#include "engine/store_copy.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <optional>

#include "base/messages.h"
#include "engine/connection.h"
#include "engine/postgres.h"
#include "engine/store.h"

namespace peiling {

namespace {

constexpr std::array<std::string_view, 13> kTables{
    "questionnaires", "surveys",        "survey_groups",  "survey_units", "unit_groups",     "responses",
    "codings",        "agreed_codings", "imported_files", "web_tokens",   "web_forms_stored", "kept_board_tallies",
    "response_counts"};

std::string joined(const std::vector<std::string>& words, std::string_view separator) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : std::string(separator)) + word;
  return text;
}

std::int64_t count_rows(Database& db, std::string_view table) {
  Statement query(db, "SELECT count(*) FROM " + std::string(table));
  query.step();
  return query.column_int(0);
}

// Writes rows into one table of the target: COPY where the database has it, else one
// prepared INSERT run per row.
class TableWriter {
 public:
  TableWriter(Database& db, std::string_view table, const std::vector<std::string>& columns)
      : db_(db), fields_(columns.size()) {
    const std::string list = std::string(table) + " (" + joined(columns, ", ") + ")";
    if (db.copies()) {
      copy_sql_ = "COPY " + list + " FROM STDIN";
      return;
    }
    std::vector<std::string> marks(columns.size(), "?");
    insert_.emplace(db, "INSERT INTO " + list + " VALUES (" + joined(marks, ", ") + ")");
  }

  void write(const Statement& row) {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      const int column = static_cast<int>(i);
      if (row.is_null(column)) fields_[i].reset();
      else fields_[i] = std::string(row.column_view(column));
    }
    if (!insert_) return db_.copy_row(copy_sql_, fields_);
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      if (fields_[i]) insert_->bind(index, *fields_[i]);
      else insert_->bind_null(index);
    }
    insert_->run();
  }

  void finish() {
    if (!insert_) db_.copy_end();
  }

 private:
  Database& db_;
  std::vector<std::optional<std::string>> fields_;
  std::string copy_sql_;
  std::optional<Statement> insert_;
};

// A column of the source as the target stores it. A response imported into PostgreSQL leaves
// its source, time and file to its import's record (schema version 16); SQLite's rows hold
// them (its source and time are NOT NULL), so they are taken from the record.
std::string column_for(std::string_view table, const std::string& column, const Database& target) {
  if (table != "responses" || target.dialect() != Dialect::sqlite) return column;
  if (column == "source") return "coalesce(source, 'import')";
  if (column != "submitted_at" && column != "import_file") return column;
  const std::string in_record = column == "submitted_at" ? "imported_at" : "file";
  return "coalesce(" + column + ", (SELECT f." + in_record + " FROM imported_files f WHERE f.id = responses.import_id))";
}

std::int64_t copy_table(Database& source, Database& target, std::string_view table) {
  const auto columns = table_columns(source, table);
  const auto target_columns = table_columns(target, table);
  if (columns != target_columns)
    throw StoreError(text(Msg::copy_columns_differ, table, joined(columns, ", "), joined(target_columns, ", ")));
  std::vector<std::string> selected;
  for (const auto& column : columns) selected.push_back(column_for(table, column, target));
  Statement rows(source, "SELECT " + joined(selected, ", ") + " FROM " + std::string(table) + " ORDER BY 1",
                 RowCount::many);
  TableWriter writer(target, table, columns);
  std::int64_t copied = 0;
  while (rows.step()) {
    writer.write(rows);
    ++copied;
  }
  writer.finish();
  return copied;
}

// PostgreSQL hands out ids from a sequence that rows copied with their own ids did not
// move; set it past the highest, or the next survey would collide with a copied one.
void move_id_sequences_past_copied(Database& target) {
  if (target.dialect() != Dialect::postgres) return;
  for (std::string_view table : kTables) {
    const auto columns = table_columns(target, table);
    if (std::find(columns.begin(), columns.end(), "id") == columns.end()) continue;
    const std::string name(table);
    Statement(target, "SELECT setval(pg_get_serial_sequence('" + name + "', 'id'), max(id)) FROM " + name +
                          " HAVING max(id) IS NOT NULL")
        .run();
  }
}

// A snapshot of the source for the whole copy, so a web server writing meanwhile cannot
// leave a response without its survey in the copy.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Database& db) : db_(db) {
    db.execute(db.dialect() == Dialect::sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }
  ~ReadSnapshot() { db_.rollback(); }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  Database& db_;
};

}  // namespace

std::vector<std::string> table_columns(Database& db, std::string_view table) {
  Statement query(db, db.dialect() == Dialect::sqlite
                          ? "SELECT name FROM pragma_table_info(?) ORDER BY cid"
                          : "SELECT column_name FROM information_schema.columns"
                            " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position");
  query.bind(1, table);
  std::vector<std::string> columns;
  while (query.step()) columns.push_back(query.column_text(0));
  return columns;
}

std::span<const std::string_view> copied_tables() { return kTables; }

namespace {

bool same_database(const Database& source, const Database& target) {
  if (source.dialect() != target.dialect()) return false;
  if (source.dialect() == Dialect::postgres) return source.location() == target.location();
  std::error_code error;
  return std::filesystem::equivalent(source.location(), target.location(), error);
}

std::vector<CopiedTable> copy_rows(const std::string& from, const std::string& to) {
  { Store opened(from); }  // a peiling database at the latest schema version, or StoreError
  { Store opened(to); }    // the same for the target, created when new
  const auto source = open_database(from);
  const auto target = open_database(to);
  if (same_database(*source, *target)) throw StoreError(text(Msg::copy_same_database, source->display_name()));

  Transaction transaction(*target);
  for (std::string_view table : {std::string_view("questionnaires"), std::string_view("surveys")})
    if (count_rows(*target, table) > 0) throw StoreError(text(Msg::copy_target_not_empty, target->display_name()));
  std::vector<CopiedTable> copied;
  {
    const ReadSnapshot snapshot(*source);
    for (std::string_view table : kTables) copied.push_back({std::string(table), copy_table(*source, *target, table)});
  }
  for (const auto& table : copied)
    if (const auto found = count_rows(*target, table.name); found != table.rows)
      throw StoreError(text(Msg::copy_count_differs, table.name, table.rows, found));
  move_id_sequences_past_copied(*target);
  transaction.commit();
  return copied;
}

}  // namespace

std::vector<CopiedTable> copy_store(const std::string& from, const std::string& to) {
  if (!is_postgres_uri(from) && !std::filesystem::exists(from)) throw StoreError(text(Msg::no_such_database, from));
  // A file the copy created is removed again when the copy fails: nothing is left behind.
  const bool new_file = !is_postgres_uri(to) && !std::filesystem::exists(to);
  try {
    return copy_rows(from, to);
  } catch (...) {
    if (new_file)
      for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(to + suffix);
    throw;
  }
}

}  // namespace peiling
