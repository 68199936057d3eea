// The verbs no other test ran on both databases, on PostgreSQL as on SQLite (issue 18:
// every verb works on both). The demo is copied into a fresh database of each kind, and the
// same coding work is done on both through the `peiling` command: a second coder's CSV
// exported and imported, one answer coded by hand, a coding session and a resolve dialogue
// fed from a pipe, the agreement compared, the codes listed and the report written. Both
// transcripts and both reports must be the same, byte for byte. So must the CSV header
// (`template`) and the paper form (`print`) of a survey made on each.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "database_fixture.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// The second coder fills in the first three rows of the exported CSV, as Excel would save them.
void fill_in_three_codes(const FreshDatabase& db) {
  const auto file = db.dir().path() / "vriend.csv";
  std::string csv = read_file(file);
  for (int row = 0; row < 3; ++row) csv.replace(csv.find(";;vriend;;"), 10, ";f3;vriend;;");
  write_file(file, csv);
}

// The same coding work on one database; what the verbs print, in order.
std::string code_the_demo(const FreshDatabase& db, const std::string& demo_file) {
  const auto copied = run_process(PEILING_BINARY, {"copy", "--from", demo_file, "--to", db.location()}, db.dir().path());
  INFO(db.name() << ": " << copied.err);
  REQUIRE(copied.exit_code == 0);
  std::string transcript;
  peiling_ok(db, {"code", "export", "--survey", "1", "--coder", "vriend", "--out", "vriend.csv"});
  fill_in_three_codes(db);
  transcript += peiling_ok(db, {"code", "import", "--survey", "1", "vriend.csv"});
  transcript += peiling_ok(db, {"code", "set", "--response", "4", "--question", "taak", "--code", "f2", "--coder", "anna",
                              "--memo", "twijfel <b>"});
  transcript += peiling_ok(db, {"code", "--survey", "1", "--coder", "ben"}, "\n\nn\nq\n");
  transcript += peiling_ok(db, {"code", "compare", "--survey", "1", "--coders", "demo,vriend"});
  transcript += peiling_ok(db, {"code", "resolve", "--survey", "1", "--coders", "demo,vriend"}, "a\nb\nq\n");
  transcript += peiling_ok(db, {"code", "list", "--survey", "1"});
  return transcript;
}

}  // namespace

TEST_CASE("either database: the coding verbs do and print the same on PostgreSQL as on SQLite",
          "[postgres][coding][cli]") {
  FreshDatabase sqlite(Dialect::sqlite);
  FreshDatabase postgres(Dialect::postgres);
  if (!postgres.available()) return;
  ScratchDir demo;
  REQUIRE(run_process(PEILING_BINARY, {"demo", "--out", "d"}, demo.path()).exit_code == 0);
  const std::string demo_file = (demo.path() / "d" / "demo.sqlite").string();

  const std::string on_sqlite = code_the_demo(sqlite, demo_file);
  const std::string on_postgres = code_the_demo(postgres, demo_file);
  // The work was done (not two empty transcripts alike): each step shows in what was printed.
  CHECK_THAT(on_sqlite, Catch::Contains("3 coderingen geïmporteerd uit vriend.csv"));
  CHECK_THAT(on_sqlite, Catch::Contains("Beslissingen opgeslagen: 3. Nog niet gecodeerd door ben: 27."));
  CHECK_THAT(on_sqlite, Catch::Contains("2 verschillen opgelost, 1 nog open."));
  CHECK(on_postgres == on_sqlite);

  peiling_ok(sqlite, {"report", "--survey", "1", "--out", "r"});
  peiling_ok(postgres, {"report", "--survey", "1", "--out", "r"});
  const std::string report = read_file(sqlite.dir().path() / "r" / "rapport.md");
  CHECK(read_file(postgres.dir().path() / "r" / "rapport.md") == report);
  CHECK(read_file(postgres.dir().path() / "r" / "open-antwoorden.csv") ==
        read_file(sqlite.dir().path() / "r" / "open-antwoorden.csv"));
}

TEST_CASE("either database: template and print write the same files from PostgreSQL as from SQLite",
          "[postgres][cli][paper-cli]") {
  FreshDatabase sqlite(Dialect::sqlite);
  FreshDatabase postgres(Dialect::postgres);
  if (!postgres.available()) return;
  for (const FreshDatabase* db : {&sqlite, &postgres}) {
    peiling_ok(*db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "team", "--group", "directie=2",
                   "--group", "ib=1", "--group", "leerkrachten=9"});
    peiling_ok(*db, {"template", "--survey", "1", "--out", "kop.csv"});
    peiling_ok(*db, {"print", "--survey", "1", "--group", "leerkrachten", "--out", "formulier.html"});
  }
  const std::string header = read_file(sqlite.dir().path() / "kop.csv");
  CHECK_THAT(header, Catch::Contains("groep,") && Catch::Contains("fasen.f1"));
  CHECK(read_file(postgres.dir().path() / "kop.csv") == header);
  const std::string form = read_file(sqlite.dir().path() / "formulier.html");
  CHECK_THAT(form, Catch::Contains("<html") && Catch::Contains("belangrijkste taak"));
  CHECK(read_file(postgres.dir().path() / "formulier.html") == form);
}
