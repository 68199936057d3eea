// `peiling report --read-db` and `peiling export --read-db` (issue 18): every row read from a
// copy that only reads (a standby of the primary), the board's kept tallies written to --db.
// On both databases: the reader is a connection that only reads (on PostgreSQL
// default_transaction_read_only, which the server refuses writes on as a standby does) or a
// second database that holds an earlier state of the primary (a standby that lags behind:
// `peiling copy` of the primary, after which the primary takes more responses). The rule of
// analysis/kept_board_tallies.h: tallies kept on the primary are used only when the reader
// holds the rows they counted, and tallies the reader counted are kept only when the primary
// agrees with them.
#include <catch2/catch.hpp>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "board_survey_fixture.h"
#include "database_fixture.h"
#include "engine/store.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// `peiling copy`: the primary as it is now into `standby`.
void copy_to(const FreshDatabase& primary, const FreshDatabase& standby) {
  const auto result = run_process(PEILING_BINARY, {"copy", "--from", primary.location(), "--to", standby.location()},
                                  primary.dir().path());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
}

void import_later(const FreshDatabase& db, const char* unit) {
  peiling_ok(db, {"import", "--survey", "1", "--unit", unit, "--again", "later.csv"});
}

std::int64_t scalar(const std::string& location, const std::string& sql) {
  Store store(location);
  RawQuery query(store, sql);
  REQUIRE(query.step());
  return query.column_int(0);
}

// The board's figures of one item per group in a unit's vergelijking-bestuur.md (its row of
// the mean scores), which come from the board's tallies, kept or counted.
std::string first_item_row(const std::string& markdown) {
  std::istringstream lines(markdown);
  for (std::string line; std::getline(lines, line);)
    if (line.find("remedial teacher plus") != std::string::npos) return line;
  FAIL("no row of the first item in vergelijking-bestuur.md");
  return "";
}

// A connection to `db` that only reads, as a standby is: on PostgreSQL refused any write by
// the server; an SQLite file is opened by --read-db so that it only reads.
std::string reading_connection(const FreshDatabase& db, Dialect dialect) {
  return dialect == Dialect::postgres ? db.location() + "%20-cdefault_transaction_read_only%3Don" : db.location();
}

}  // namespace

TEST_CASE("either database: a school's report with --read-db reads the standby and keeps the board's tallies on --db",
          "[postgres][cli][units][read-db]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  const std::string reader = reading_connection(db, dialect);
  board_survey(db);
  forget_kept(db.location());  // the imports kept the board's tallies: counted again below

  // From the standby: the board's tallies land on the primary (the reader takes no writes).
  peiling_ok(db, with_read_db(unit_report("standby"), reader));
  const auto kept = kept_row(db.location());
  REQUIRE(kept);
  CHECK(kept->responses == 8);
  CHECK(kept->through == scalar(db.location(), "SELECT max(id) FROM responses"));
  forget_kept(db.location());
  peiling_ok(db, unit_report("primary"));
  for (const char* file : {"rapport.md", "vergelijking-bestuur.md", "vergelijking-bestuur.csv", "scores.csv"}) {
    INFO(file);
    CHECK_FALSE(file_of(db, "primary", file).empty());
    CHECK(file_of(db, "standby", file) == file_of(db, "primary", file));
  }

  // The next report from the standby takes the kept tallies: a teacher's response of the other
  // school moved to another group beneath the kept id (a change no report makes) is not read
  // again, so the board's figures are the kept ones; counted from every response they differ.
  {
    Store store(db.location());
    RawQuery(store, "UPDATE responses SET group_id = 'ib' WHERE id = (SELECT min(id) FROM responses"
                    " WHERE unit_id = 'esdoorn' AND group_id = 'leerkrachten')")
        .run();
  }
  peiling_ok(db, with_read_db(unit_report("standby-kept"), reader));
  forget_kept(db.location());
  peiling_ok(db, with_read_db(unit_report("standby-counted"), reader));
  const std::string first = first_item_row(file_of(db, "standby", "vergelijking-bestuur.md"));
  CHECK(first_item_row(file_of(db, "standby-kept", "vergelijking-bestuur.md")) == first);
  CHECK(first_item_row(file_of(db, "standby-counted", "vergelijking-bestuur.md")) != first);

  // The board report keeps them on the primary too.
  forget_kept(db.location());
  peiling_ok(db, with_read_db({"report", "--survey", "1", "--by-unit", "--min-group", "1", "--out", "bestuur"}, reader));
  REQUIRE(kept_row(db.location()));
  CHECK(kept_row(db.location())->responses == 8);

  // An export reads the standby as it reads the primary.
  for (const char* format : {"csv", "long"}) {
    INFO(format);
    CHECK(peiling_ok(db, {"export", "--survey", "1", "--format", format, "--read-db", reader}) ==
          peiling_ok(db, {"export", "--survey", "1", "--format", format}));
  }
  peiling_ok(db, {"export", "--survey", "1", "--format", "xlsx", "--out", "standby.xlsx", "--read-db", reader});
  peiling_ok(db, {"export", "--survey", "1", "--format", "xlsx", "--out", "primary.xlsx"});
  // The same sheets: the files themselves differ in the time they were written (the zip's).
  const auto sheets = [&](const char* file) {
    std::string all;
    for (const char* part : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"})
      all += run_process("/usr/bin/unzip", {"-p", file, part}, db.dir().path()).out;
    return all;
  };
  CHECK(sheets("primary.xlsx").find("klimop") != std::string::npos);
  CHECK(sheets("standby.xlsx") == sheets("primary.xlsx"));
}

TEST_CASE("either database: a standby that lags behind never uses board tallies counted from rows it does not hold, "
          "and the primary keeps none it contradicts",
          "[postgres][cli][units][read-db]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase primary(dialect), standby(dialect);
  if (!primary.available() || !standby.available()) return;
  INFO(primary.name());
  board_survey(primary);
  // The standby: the primary as it was, before more responses came in there.
  copy_to(primary, standby);
  const std::int64_t standby_last = scalar(standby.location(), "SELECT max(id) FROM responses");
  import_later(primary, "esdoorn");
  import_later(primary, "klimop");
  const std::int64_t primary_last = scalar(primary.location(), "SELECT max(id) FROM responses");
  REQUIRE(primary_last > standby_last);
  const std::string lagging = standby.location();
  const auto report_from_standby = [&](const std::string& folder) {
    peiling_ok(primary, with_read_db(unit_report(folder), lagging));
  };

  // Nothing kept (the imports' tallies deleted): counted on the standby, kept on the primary,
  // which agrees (its later responses all come after the standby's last).
  forget_kept(primary.location());
  report_from_standby("lag-1");
  REQUIRE(kept_row(primary.location()));
  CHECK(kept_row(primary.location())->through == standby_last);
  CHECK(kept_row(primary.location())->responses == 8);

  // The primary's own report takes them, counts its later responses, and keeps them all.
  peiling_ok(primary, unit_report("primary"));
  CHECK(kept_row(primary.location())->through == primary_last);
  CHECK(kept_row(primary.location())->responses == 14);

  // Kept on the primary after more responses than the standby holds: not used (the standby's
  // report is its own data, counted again), and not set back by the lagging report.
  report_from_standby("lag-2");
  for (const char* file : {"rapport.md", "vergelijking-bestuur.md", "vergelijking-bestuur.csv"}) {
    INFO(file);
    CHECK(file_of(primary, "lag-2", file) == file_of(primary, "lag-1", file));
  }
  CHECK(file_of(primary, "lag-2", "vergelijking-bestuur.md") != file_of(primary, "primary", "vergelijking-bestuur.md"));
  CHECK(kept_row(primary.location())->through == primary_last);
  CHECK(kept_row(primary.location())->responses == 14);

  // A response the standby has not received below its last one (a transaction committed late
  // on the primary, with an id below ids the standby already has): the tallies the standby
  // counts are contradicted by the primary, and not kept.
  // Nor its count (engine/response_counts.h), which that transaction wrote with it.
  {
    Store store(standby.location());
    RawQuery(store, "DELETE FROM responses WHERE id = (SELECT min(id) FROM responses"
                    " WHERE unit_id = 'esdoorn' AND group_id = 'leerkrachten')")
        .run();
    RawQuery(store, "INSERT INTO response_counts (survey_id, unit_id, group_id, responses)"
                    " VALUES (1, 'esdoorn', 'leerkrachten', -1)")
        .run();
  }
  REQUIRE(scalar(standby.location(), "SELECT max(id) FROM responses") == standby_last);
  forget_kept(primary.location());
  report_from_standby("lag-3");
  CHECK_FALSE(kept_row(primary.location()));
  // And the same rows kept on the primary are not used by the standby either.
  peiling_ok(primary, unit_report("primary-again"));
  REQUIRE(kept_row(primary.location()));
  report_from_standby("lag-4");
  // The standby's report is its own: the same as the standby's report on its own.
  peiling_ok(standby, unit_report("alone"));
  for (const char* file : {"rapport.md", "vergelijking-bestuur.md", "vergelijking-bestuur.csv"}) {
    INFO(file);
    CHECK(file_of(primary, "lag-3", file) == file_of(standby, "alone", file));
    CHECK(file_of(primary, "lag-4", file) == file_of(standby, "alone", file));
  }
  CHECK(file_of(primary, "lag-3", "vergelijking-bestuur.md") != file_of(primary, "lag-1", "vergelijking-bestuur.md"));
}

TEST_CASE("either database: --read-db refuses a database that cannot be a standby of --db, naming both, and writes nothing there",
          "[postgres][cli][units][read-db]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase primary(dialect), other(dialect);
  if (!primary.available() || !other.available()) return;
  INFO(primary.name());
  board_survey(primary);
  copy_to(primary, other);
  const auto refused = [&](const std::vector<std::string>& args) {
    const auto result = run_peiling(primary, with_read_db(args, other.location()));
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    return result.err;
  };
  const std::vector<std::string> report = unit_report("rapport");
  const std::vector<std::string> exported = {"export", "--survey", "1", "--format", "long"};

  // A survey made on the primary that the standby does not have (yet).
  peiling_ok(primary, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "nieuw", "--group",
                       "directie=1", "--group", "ib=1", "--group", "leerkrachten=1"});
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"report", "--survey", "2", "--out", "nieuw"},
        std::vector<std::string>{"export", "--survey", "2", "--format", "long"},
        // The earlier wave a report compares with is read from the standby too.
        std::vector<std::string>{"report", "--survey", "1", "--compare-with", "2", "--out", "golven"}}) {
    const std::string said = refused(args);
    CHECK_THAT(said, Catch::Contains("peiling 2 staat in --db") && Catch::Contains("maar niet in --read-db") &&
                         Catch::Contains(primary.location()) && Catch::Contains(other.location()));
  }

  // Another survey 1 (another questionnaire): another survey set.
  FreshDatabase elsewhere(dialect);
  REQUIRE(elsewhere.available());
  peiling_ok(elsewhere, {"survey", "create", "--questionnaire", "ib-overleg", "--name", "overleg", "--group",
                         "directie=1", "--group", "ib=1", "--group", "leerkrachten=1"});
  {
    const auto result = run_peiling(primary, with_read_db(report, elsewhere.location()));
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("een andere peiling dan in --db") && Catch::Contains(primary.location()) &&
                               Catch::Contains(elsewhere.location()));
  }

  // Another schema version (a standby behind an upgrade): said with both versions, and the
  // standby is not upgraded (nothing is written there).
  {
    Store store(other.location());
    RawQuery(store, dialect == Dialect::postgres ? "UPDATE peiling_schema SET version = 12" : "PRAGMA user_version = 12")
        .run();
  }
  for (const auto& args : {report, exported}) {
    const std::string said = refused(args);
    CHECK_THAT(said, Catch::Contains("schemaversie 12") && Catch::Contains("versie " + std::to_string(Store::kSchemaVersion)) &&
                         Catch::Contains(primary.location()) && Catch::Contains(other.location()));
  }
  {
    Store reading(other.location(), Store::ForReading{});
    CHECK(reading.schema_version() == 12);
  }
  CHECK_FALSE(std::filesystem::exists(primary.dir().path() / "rapport"));
}

TEST_CASE("only report and export take --read-db, always with --db, and their help says so", "[cli][units][read-db]") {
  FreshDatabase db(Dialect::sqlite);
  board_survey(db);
  // A verb that writes: a usage error naming the option.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"import", "--survey", "1", "--unit", "klimop", "--again", "in.csv"},
        std::vector<std::string>{"survey", "close", "1"}, std::vector<std::string>{"unit", "list", "--survey", "1"}}) {
    const auto result = run_peiling(db, with_read_db(args, db.location()));
    INFO(args.front() << ": " << result.err);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("--read-db is er alleen voor 'peiling report' en 'peiling export'"));
  }
  CHECK(scalar(db.location(), "SELECT count(*) FROM responses") == 8);
  {
    const auto result = run_process(PEILING_BINARY, {"--lang", "en", "import", "--survey", "1", "--unit", "klimop",
                                                     "in.csv", "--read-db", "peiling.sqlite"},
                                    db.dir().path());
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("--read-db is only for 'peiling report' and 'peiling export'"));
  }

  // Without --db the report's writes would go to ./peiling.sqlite unasked: --db is named, always.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"report", "--survey", "1", "--read-db", "standby.sqlite"},
        std::vector<std::string>{"export", "--survey", "1", "--read-db", "postgresql://standby/peiling"}}) {
    const auto result = run_process(PEILING_BINARY, args, db.dir().path());
    INFO(result.err);
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("heeft ook --db nodig"));
  }
  // A password in the URI is never repeated.
  const auto with_password = run_process(
      PEILING_BINARY, {"report", "--survey", "1", "--read-db", "postgresql://peiling:geheim@standby/peiling"},
      db.dir().path());
  CHECK(with_password.exit_code == 2);
  CHECK_THAT(with_password.err, !Catch::Contains("geheim"));

  for (const char* verb : {"report", "export"}) {
    const auto help = run_process(PEILING_BINARY, {verb, "--help"}, db.dir().path());
    INFO(verb);
    CHECK_THAT(help.out, Catch::Contains("[--read-db DATABASE]") && Catch::Contains("--read-db waarde") &&
                             Catch::Contains("een standby van --db"));
  }
}
