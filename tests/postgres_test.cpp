// The libpq layer (engine/postgres.h) against a real PostgreSQL server: the throwaway one
// CTest starts for the [postgres] tests (tests/CMakeLists.txt, scripts/pg_cluster.sh).
// Parameters and COPY carry any text unchanged, a transaction not committed leaves nothing,
// and a password never appears in a message.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <random>
#include <string>

#include "engine/postgres.h"
#include "test_support.h"

using namespace peiling;

namespace {

// The URI of the test server, or nothing when the test runs outside CTest (then it says so
// and passes: there is no server to test against). Under CTest a missing URI fails.
std::optional<std::string> test_server_uri() {
  const char* uri_file = std::getenv("PEILING_TEST_POSTGRES");
  if (!uri_file) {
    WARN("no PostgreSQL test server: run through ctest, which starts one (PEILING_TEST_POSTGRES unset)");
    return std::nullopt;
  }
  std::ifstream in(uri_file);
  std::string uri;
  std::getline(in, uri);
  REQUIRE_FALSE(uri.empty());
  return uri;
}

// A connection working in a schema of its own, so tests running at once never meet.
struct ScratchSchema {
  explicit ScratchSchema(const std::string& uri) : db(uri) {
    std::random_device random;
    name = "test_" + std::to_string(random()) + std::to_string(random());
    db.execute("CREATE SCHEMA " + name + "; SET search_path TO " + name);
  }
  ~ScratchSchema() {
    try {
      db.execute("DROP SCHEMA " + name + " CASCADE");
    } catch (...) {
    }
  }
  PgConnection db;
  std::string name;
};

const std::string kHostile = "O'Brien \"x\" \\ \t tab\nnew line\r ë 🙂 ; DROP TABLE t; --";

}  // namespace

TEST_CASE("a PostgreSQL URI is told from a file name, and its password is never shown", "[postgres_uri]") {
  CHECK(is_postgres_uri("postgresql://peiling@db.school.nl/peiling"));
  CHECK(is_postgres_uri("postgres:///peiling?host=/tmp/x"));
  CHECK_FALSE(is_postgres_uri("peiling.sqlite"));
  CHECK_FALSE(is_postgres_uri("./postgresql://odd-folder/x.sqlite"));
  CHECK(redact_uri("postgresql://anna:geheim@db/peiling") == "postgresql://anna:***@db/peiling");
  CHECK(redact_uri("postgresql://db/peiling?user=anna&password=geheim&sslmode=require") ==
        "postgresql://db/peiling?user=anna&password=***&sslmode=require");
  CHECK(redact_uri("postgresql://anna@db/peiling") == "postgresql://anna@db/peiling");
  CHECK(redact_uri("postgres://anna:ge:heim@db:5432/peiling?password=x&password=y") ==
        "postgres://anna:***@db:5432/peiling?password=***&password=***");
  CHECK(redact_uri("postgresql://db:5432/peiling?user=anna@school") == "postgresql://db:5432/peiling?user=anna@school");
  CHECK(redact_uri("postgresql:///peiling?host=/tmp/x&mypassword=1") == "postgresql:///peiling?host=/tmp/x&mypassword=1");
  CHECK(redact_uri("peiling.sqlite") == "peiling.sqlite");
}

TEST_CASE("a refused connection names the server without its password", "[postgres]") {
  const auto uri = test_server_uri();
  if (!uri) return;
  const std::string bad = "postgresql://anna:geheim@/no_such_database?host=" + uri->substr(uri->find("host=") + 5);
  const testing::MessagesIn english(Language::en);
  try {
    PgConnection db(bad.substr(0, bad.find('&')));
    FAIL("connected to a database that does not exist");
  } catch (const DatabaseError& error) {
    const std::string message = error.what();
    CHECK(message.find("cannot connect to postgresql://anna:***@") != std::string::npos);
    CHECK(message.find("geheim") == std::string::npos);
  }
}

TEST_CASE("parameters carry any text and NULL unchanged, never as SQL", "[postgres]") {
  const auto uri = test_server_uri();
  if (!uri) return;
  ScratchSchema scratch(*uri);
  scratch.db.execute("CREATE TABLE t (id bigint, label text)");
  scratch.db.query("INSERT INTO t VALUES ($1, $2), ($3, $4)", {"7", kHostile, "8", std::nullopt});
  const PgRows rows = scratch.db.query("SELECT id, label FROM t ORDER BY id");
  REQUIRE(rows.size() == 2);
  CHECK(rows.integer(0, 0) == 7);
  CHECK(rows.text(0, 1) == kHostile);
  CHECK(rows.is_null(1, 1));
  CHECK_THROWS_WITH(scratch.db.query("SELECT * FROM no_such_table"),
                    Catch::Contains("no_such_table") && Catch::Contains("(in: SELECT * FROM no_such_table)"));
}

TEST_CASE("a transaction that is not committed, or whose statement failed, stores nothing", "[postgres]") {
  const auto uri = test_server_uri();
  if (!uri) return;
  ScratchSchema scratch(*uri);
  scratch.db.execute("CREATE TABLE t (id bigint PRIMARY KEY)");
  {
    PgTransaction transaction(scratch.db);
    scratch.db.query("INSERT INTO t VALUES (1)");
  }  // no commit: rolled back
  CHECK(scratch.db.query("SELECT count(*) FROM t").integer(0, 0) == 0);

  {
    PgTransaction transaction(scratch.db);
    scratch.db.query("INSERT INTO t VALUES (2)");
    CHECK_THROWS(scratch.db.query("INSERT INTO t VALUES (2)"));  // duplicate key: the transaction is aborted
    CHECK_THROWS_WITH(transaction.commit(), Catch::Contains("rolled back"));
  }
  CHECK(scratch.db.query("SELECT count(*) FROM t").integer(0, 0) == 0);

  {
    PgTransaction transaction(scratch.db);
    scratch.db.query("INSERT INTO t VALUES (3)");
    transaction.commit();
  }
  CHECK(scratch.db.query("SELECT count(*) FROM t").integer(0, 0) == 1);
}

TEST_CASE("COPY loads many rows with any text, and a bad row loads none", "[postgres]") {
  const auto uri = test_server_uri();
  if (!uri) return;
  ScratchSchema scratch(*uri);
  scratch.db.execute("CREATE TABLE t (id bigint NOT NULL, label text)");
  constexpr int kRows = 20'000;  // several 64 KiB pieces
  scratch.db.copy_start("COPY t (id, label) FROM STDIN");
  for (int i = 0; i < kRows; ++i)
    scratch.db.copy_row({std::to_string(i), i % 100 == 0 ? std::optional<std::string>() : kHostile + std::to_string(i)});
  CHECK(scratch.db.copy_end() == kRows);
  CHECK(scratch.db.query("SELECT count(*), count(label) FROM t").integer(0, 1) == kRows - kRows / 100);
  CHECK(scratch.db.query("SELECT label FROM t WHERE id = 4321").text(0, 0) == kHostile + "4321");

  scratch.db.copy_start("COPY t (id, label) FROM STDIN");
  scratch.db.copy_row({"1", "fine"});
  scratch.db.copy_row({std::nullopt, "id may not be NULL"});
  CHECK_THROWS_WITH(scratch.db.copy_end(), Catch::Contains("COPY") && Catch::Contains("null"));
  CHECK(scratch.db.query("SELECT count(*) FROM t").integer(0, 0) == kRows);  // the connection works on
}
