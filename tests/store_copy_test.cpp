// `peiling copy` (issue 18): a whole database from SQLite into PostgreSQL and back, every
// row and id kept, all or nothing; and the guard that keeps the copy and the two schemas in
// step (a table added to one schema, or left out of the copy, fails here).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "engine/store_copy.h"
#include "database_fixture.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kCsv =
    "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
    "directie,12,1,2,3,4,5,\"Zorg, \"\"coördinatie\"\"\",De spin in het web,\n"
    "ib,3,2,1,3,5,4,\"tab\ten \\ backslash\",Coach,\n"
    "leerkrachten,20,5,4,3,2,1,Leerlingbespreking,,\"Gedrag\nmet nieuwe regel\"\n"
    "leerkrachten,7,1,3,2,4,5,Toetsen,,Ouders 🙂\n";

// Three surveys (the third with a unit), imported responses, codings, tokens.
void fill(const FreshDatabase& db) {
  write_file(db.dir().path() / "in.csv", kCsv);
  for (const char* name : {"nulmeting", "nameting"})
    peiling_ok(db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", name, "--group", "directie=4",
                    "--group", "ib=5", "--group", "leerkrachten=15"});
  peiling_ok(db, {"import", "--survey", "1", "in.csv"});
  peiling_ok(db, {"import", "--survey", "2", "in.csv"});
  peiling_ok(db, {"code", "set", "--response", "1", "--question", "taak", "--code", "f2", "--coder", "anna"});
  peiling_ok(db, {"tokens", "--survey", "2", "--group", "ib", "--count", "2", "--out", "slips.html"});
  // A board's survey with a school as its unit.
  peiling_ok(db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "bestuur", "--group", "directie=1",
                  "--group", "ib=1", "--group", "leerkrachten=5"});
  peiling_ok(db, {"unit", "add", "--survey", "3", "--unit", "klimop", "--label", "De Klimop", "--group", "directie=1",
                  "--group", "ib=1", "--group", "leerkrachten=5"});
  peiling_ok(db, {"import", "--survey", "3", "--unit", "klimop", "in.csv"});
}

// Every row of every copied table, as text, in a fixed order.
std::vector<std::string> every_row(const std::string& location) {
  std::vector<std::string> rows;
  const auto db = open_database(location);
  for (std::string_view table : copied_tables()) {
    Statement count(*db, "SELECT count(*) FROM " + std::string(table));
    count.step();
    rows.push_back(std::string(table) + ": " + std::to_string(count.column_int(0)));
  }
  Statement responses(
      *db, "SELECT id, survey_id, group_id, source, submitted_at, answer_data, unit_id FROM responses ORDER BY id");
  while (responses.step())
    rows.push_back(responses.column_text(0) + "|" + responses.column_text(1) + "|" + responses.column_text(2) + "|" +
                   responses.column_text(3) + "|" + responses.column_text(4) + "|" + responses.column_text(5) + "|" +
                   (responses.is_null(6) ? "-" : responses.column_text(6)));
  Statement codings(*db, "SELECT response_id, question_id, coder, code FROM codings ORDER BY id");
  while (codings.step())
    rows.push_back(codings.column_text(0) + codings.column_text(1) + codings.column_text(2) + codings.column_text(3));
  return rows;
}

std::vector<std::string> columns(const std::string& location, std::string_view table) {
  return table_columns(*open_database(location), table);
}

}  // namespace

TEST_CASE("peiling copy moves a whole database from SQLite into PostgreSQL and back, ids and all",
          "[postgres][cli][copy]") {
  FreshDatabase sqlite(Dialect::sqlite), postgres(Dialect::postgres);
  if (!postgres.available()) return;
  fill(sqlite);
  const auto rows = every_row(sqlite.location());
  REQUIRE(rows.size() > copied_tables().size());

  const auto copied = run_process(PEILING_BINARY, {"copy", "--from", sqlite.location(), "--to", postgres.location()},
                                  sqlite.dir().path());
  INFO(copied.err);
  REQUIRE(copied.exit_code == 0);
  CHECK(copied.out.find("responses: 12 rijen") != std::string::npos);
  CHECK(copied.out.find("survey_units: 1 rij\n") != std::string::npos);
  CHECK(every_row(postgres.location()) == rows);
  CHECK(peiling_ok(postgres, {"survey", "list"}) == peiling_ok(sqlite, {"survey", "list"}));
  // The ids PostgreSQL hands out next come after the copied ones.
  CHECK(peiling_ok(postgres, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "vierde", "--group",
                              "directie=1", "--group", "ib=5", "--group", "leerkrachten=9"}) == "4\n");

  // And back into a new file: the same rows as the first database plus the fourth survey.
  const std::string back = sqlite.dir().file("terug.sqlite");
  REQUIRE(run_process(PEILING_BINARY, {"copy", "--from", postgres.location(), "--to", back}, sqlite.dir().path())
              .exit_code == 0);
  CHECK(every_row(back) == every_row(postgres.location()));
}

TEST_CASE("peiling copy stores nothing when it cannot copy everything", "[postgres][cli][copy]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase source(Dialect::sqlite), target(dialect);
  if (!target.available()) return;
  INFO(target.name());
  fill(source);
  const auto copy = [&](const std::string& from, const std::string& to) {
    return run_process(PEILING_BINARY, {"copy", "--from", from, "--to", to}, source.dir().path());
  };

  SECTION("a target that holds a survey already is left alone") {
    peiling_ok(target, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "eigen", "--group",
                        "directie=1", "--group", "ib=5", "--group", "leerkrachten=9"});
    const auto before = every_row(target.location());
    const auto refused = copy(source.location(), target.location());
    CHECK(refused.exit_code != 0);
    CHECK(refused.err.find("bevat al peilingen") != std::string::npos);
    CHECK(every_row(target.location()) == before);
  }
  SECTION("a table that differs stops the copy after rows were written: none remain") {
    { Store created(target.location()); }
    open_database(target.location())->execute("ALTER TABLE web_tokens ADD COLUMN extra TEXT");
    const auto refused = copy(source.location(), target.location());
    CHECK(refused.exit_code != 0);
    CHECK(refused.err.find("web_tokens") != std::string::npos);
    const auto rows = every_row(target.location());
    CHECK(std::count(rows.begin(), rows.end(), "questionnaires: 0") == 1);
    CHECK(std::count(rows.begin(), rows.end(), "responses: 0") == 1);
  }
  SECTION("the same database twice, or one that does not exist, is refused by name") {
    CHECK(copy(source.location(), source.location()).err.find("dezelfde database") != std::string::npos);
    const auto missing = copy(source.dir().file("weg.sqlite"), target.location());
    CHECK(missing.exit_code != 0);
    CHECK(missing.err.find("weg.sqlite") != std::string::npos);
  }
}

TEST_CASE("peiling copy counts one row as one, in Dutch and in English", "[cli][copy]") {
  FreshDatabase sqlite(Dialect::sqlite);
  fill(sqlite);
  const auto copied = run_process(PEILING_BINARY, {"copy", "--from", sqlite.location(), "--to", "kopie.sqlite"},
                                  sqlite.dir().path());
  INFO(copied.err);
  REQUIRE(copied.exit_code == 0);
  CHECK(copied.out.find("  responses: 12 rijen\n") != std::string::npos);
  CHECK(copied.out.find("  survey_units: 1 rij\n") != std::string::npos);
  CHECK(copied.out.find(" 1 rijen") == std::string::npos);
  const auto english = run_process(
      PEILING_BINARY, {"copy", "--from", sqlite.location(), "--to", "copy.sqlite", "--lang", "en"}, sqlite.dir().path());
  REQUIRE(english.exit_code == 0);
  CHECK(english.out.find("  responses: 12 rows\n") != std::string::npos);
  CHECK(english.out.find("  survey_units: 1 row\n") != std::string::npos);
}

TEST_CASE("a copy into a new file that fails leaves no file behind", "[cli][copy]") {
  ScratchDir dir;
  const std::string source = dir.file("bron.sqlite");
  { Store created(source); }
  open_database(source)->execute("ALTER TABLE surveys ADD COLUMN extra TEXT");  // a table the target lacks
  const auto refused = run_process(PEILING_BINARY, {"copy", "--from", source, "--to", dir.file("nieuw.sqlite")},
                                   dir.path());
  CHECK(refused.exit_code != 0);
  CHECK(refused.err.find("surveys") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("nieuw.sqlite")));
}

TEST_CASE("SQLite's and PostgreSQL's schemas have the same tables and columns, and the copy carries every table",
          "[postgres][store][copy]") {
  FreshDatabase sqlite(Dialect::sqlite), postgres(Dialect::postgres);
  { Store created(sqlite.location()); }
  std::set<std::string> sqlite_tables;
  {
    const auto db = open_database(sqlite.location());
    Statement tables(*db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (tables.step()) sqlite_tables.insert(tables.column_text(0));
  }
  const std::set<std::string> copied(copied_tables().begin(), copied_tables().end());
  CHECK(sqlite_tables == copied);
  if (!postgres.available()) return;
  { Store created(postgres.location()); }
  for (std::string_view table : copied_tables()) {
    INFO(table);
    CHECK(columns(postgres.location(), table) == columns(sqlite.location(), table));
  }
}
