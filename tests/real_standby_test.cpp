// Reports and exports from a real standby (issue 18, more than one database machine): the test
// server's copy that PostgreSQL's streaming replication keeps (scripts/pg_cluster.sh standby),
// not a connection that only pretends to read only (read_db_test.cpp). The standby holds what
// the server has written once it has replayed it; peiling's reports from it equal the
// primary's, the board's tallies it counts are kept on the primary, and a write sent to it is
// refused with peiling's message, changing nothing.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

#include "board_survey_fixture.h"
#include "database_fixture.h"
#include "engine/postgres.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// The standby's URI: the second line of the file named by PEILING_TEST_POSTGRES (the CTest
// fixture writes it), or empty outside CTest.
std::string standby_server() {
  const char* uri_file = std::getenv("PEILING_TEST_POSTGRES");
  if (!uri_file) return "";
  std::ifstream in(uri_file);
  std::string primary, standby;
  std::getline(in, primary);
  std::getline(in, standby);
  return standby;
}

// Waits until the standby has replayed all the server had written when called (a standby
// lags behind a little by design).
void wait_for_standby(const std::string& primary, const std::string& standby) {
  PgConnection writer(primary), reader(standby);
  const std::string written = writer.query("SELECT pg_current_wal_lsn()::text").text(0, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (reader.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", {written}).text(0, 0) != "t") {
    if (std::chrono::steady_clock::now() > deadline) FAIL("the standby did not replay the server's writes within 60 s");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::int64_t responses_in(const std::string& location) {
  PgConnection db(location);
  return db.query("SELECT count(*) FROM responses").integer(0, 0);
}

}  // namespace

TEST_CASE("PostgreSQL: reports and exports read a real standby with the board's tallies kept on the primary, "
          "and a write sent to it is refused and changes nothing",
          "[postgres][cli][units][read-db]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  const std::string server = standby_server();
  REQUIRE_FALSE(server.empty());  // under CTest the fixture starts one
  const std::string standby = db.location_on(server);
  board_survey(db);
  forget_kept(db.location());  // the imports kept the board's tallies: counted again below
  wait_for_standby(db.location(), standby);
  {
    PgConnection reader(standby);
    CHECK(reader.query("SELECT pg_is_in_recovery()").text(0, 0) == "t");
  }

  // A school's report from the standby equals the primary's; the board's tallies it counted
  // are kept on the primary.
  peiling_ok(db, with_read_db(unit_report("standby"), standby));
  REQUIRE(kept_row(db.location()));
  CHECK(kept_row(db.location())->responses == 8);
  forget_kept(db.location());
  peiling_ok(db, unit_report("primary"));
  // With the standby as --db alone it cannot keep the tallies, so it counts the board again.
  peiling_ok(db, unit_report("standby-alone"), "", standby);
  for (const char* file : {"rapport.md", "vergelijking-bestuur.md", "vergelijking-bestuur.csv", "scores.csv"}) {
    INFO(file);
    CHECK_FALSE(file_of(db, "primary", file).empty());
    CHECK(file_of(db, "standby", file) == file_of(db, "primary", file));
    CHECK(file_of(db, "standby-alone", file) == file_of(db, "primary", file));
  }
  CHECK(peiling_ok(db, {"export", "--survey", "1", "--format", "long", "--read-db", standby}) ==
        peiling_ok(db, {"export", "--survey", "1", "--format", "long"}));

  // An import sent to the standby: refused with peiling's message, nothing stored anywhere.
  const auto refused = run_peiling(db, {"import", "--survey", "1", "--unit", "klimop", "--again", "later.csv"}, "", standby);
  INFO(refused.err);
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("neemt geen wijzigingen aan") && Catch::Contains("standby"));
  wait_for_standby(db.location(), standby);
  CHECK(responses_in(standby) == 8);
  CHECK(responses_in(db.location()) == 8);

  // What the primary takes next reaches the standby, and its report.
  peiling_ok(db, {"import", "--survey", "1", "--unit", "klimop", "--again", "later.csv"});
  wait_for_standby(db.location(), standby);
  CHECK(responses_in(standby) == 11);
  peiling_ok(db, with_read_db(unit_report("standby-later"), standby));
  peiling_ok(db, unit_report("primary-later"));
  CHECK(file_of(db, "standby-later", "rapport.md") == file_of(db, "primary-later", "rapport.md"));
  CHECK(file_of(db, "standby-later", "rapport.md") != file_of(db, "primary", "rapport.md"));
}
