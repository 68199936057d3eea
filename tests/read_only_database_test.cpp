// A PostgreSQL database that only reads: a standby of a replicated server, the first step
// beyond one database machine (reports read from a copy, writes go to the primary). Here
// the connection is made read-only (default_transaction_read_only), which the server
// refuses writes on with the same error as a standby (SQLSTATE 25006). Reports, a school's
// report with the board beside it, and exports read from it as from the primary; a write
// says what is wrong and what to do, and stores nothing.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "database_fixture.h"
#include "engine/store.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kCsv =
    "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
    "directie,12,1,2,3,4,5,Zorg,De spin in het web,\n"
    "ib,9,2,1,3,4,5,Overleg,,\n"
    "leerkrachten,7,1,3,2,4,5,Toetsen,,\n";

std::string count_of(const FreshDatabase& db, const std::string& sql) {
  Store store(db.location());
  RawQuery query(store, sql);
  REQUIRE(query.step());
  return query.column_text(0);
}

}  // namespace

TEST_CASE("PostgreSQL: a database that only reads serves reports and exports, and a write there says so and stores nothing",
          "[postgres][cli][units][read-only]") {
  FreshDatabase db(Dialect::postgres);
  if (!db.available()) return;
  const std::string primary = db.location();
  const std::string reader = primary + "%20-cdefault_transaction_read_only%3Don";  // after the search_path option
  write_file(db.dir().path() / "in.csv", kCsv);
  peiling_ok(db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "bestuur", "--group",
                      "directie=0", "--group", "ib=0", "--group", "leerkrachten=0"});
  for (const char* unit : {"klimop", "esdoorn"}) {
    peiling_ok(db, {"unit", "add", "--survey", "1", "--unit", unit, "--group", "directie=1", "--group", "ib=1",
                        "--group", "leerkrachten=3"});
    peiling_ok(db, {"import", "--survey", "1", "--unit", unit, "--again", "in.csv"});
  }

  // The imports kept the board's tallies; without them a report counts the board and keeps them.
  {
    Store store(primary);
    RawQuery(store, "DELETE FROM kept_board_tallies").run();
  }
  // A school's report from the reader first: the board's tallies cannot be kept there, and the report stands.
  peiling_ok(db, {"report", "--survey", "1", "--unit", "klimop", "--min-group", "1", "--out", "from-reader"}, "", reader);
  CHECK(count_of(db, "SELECT count(*) FROM kept_board_tallies") == "0");
  peiling_ok(db, {"report", "--survey", "1", "--unit", "klimop", "--min-group", "1", "--out", "from-primary"});
  for (const char* file : {"rapport.md", "vergelijking-bestuur.md", "scores.csv"}) {
    INFO(file);
    const std::string from_primary = read_file(db.dir().path() / "from-primary" / file);
    CHECK_FALSE(from_primary.empty());
    CHECK(read_file(db.dir().path() / "from-reader" / file) == from_primary);
  }
  CHECK(peiling_ok(db, {"export", "--survey", "1", "--format", "long"}, "", reader) ==
        peiling_ok(db, {"export", "--survey", "1", "--format", "long"}));

  // Writes: refused with what to do instead, nothing stored or changed.
  for (const std::vector<std::string>& write :
       {std::vector<std::string>{"import", "--survey", "1", "--unit", "klimop", "--again", "in.csv"},
        std::vector<std::string>{"survey", "close", "1"},
        std::vector<std::string>{"code", "set", "--response", "1", "--question", "taak", "--code", "f2"}}) {
    const auto refused = run_peiling(db, write, "", reader);
    INFO(write.front() << ": " << refused.err);
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.err, Catch::Contains("deze database neemt geen wijzigingen aan") &&
                                Catch::Contains("Schrijf naar de hoofdserver"));
  }
  CHECK(count_of(db, "SELECT count(*) FROM responses") == "6");
  CHECK(count_of(db, "SELECT count(*) FROM codings") == "0");
  CHECK(count_of(db, "SELECT is_open FROM surveys WHERE id = 1") == "1");
}
