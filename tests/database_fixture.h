// A fresh database for a store, of either kind, for the tests that run the same checks on
// SQLite and PostgreSQL (tagged [postgres], so CTest runs them beside the throwaway server):
// an SQLite file in a scratch folder, or a schema of its own on the test server (named in
// the URI's search_path, so tests running at once never meet), dropped afterwards.
//   const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
//   FreshDatabase db(dialect);
//   if (!db.available()) return;  // PostgreSQL outside CTest: said, and skipped
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "engine/connection.h"
#include "engine/postgres.h"
#include "test_support.h"

namespace peiling::testing {

class FreshDatabase {
 public:
  explicit FreshDatabase(Dialect dialect) : dialect_(dialect) {
    if (dialect == Dialect::sqlite) {
      location_ = dir_.file("peiling.sqlite");
      return;
    }
    const char* uri_file = std::getenv("PEILING_TEST_POSTGRES");
    if (!uri_file) {
      WARN("no PostgreSQL test server: run through ctest, which starts one (PEILING_TEST_POSTGRES unset)");
      return;
    }
    std::ifstream in(uri_file);
    std::string server;
    std::getline(in, server);
    REQUIRE_FALSE(server.empty());
    std::random_device random;
    schema_ = "test_" + std::to_string(random()) + std::to_string(random());
    admin_ = std::make_unique<PgConnection>(server);
    admin_->execute("CREATE SCHEMA " + schema_);
    location_ = location_on(server);
  }
  ~FreshDatabase() {
    if (!admin_) return;
    try {
      admin_->execute("DROP SCHEMA " + schema_ + " CASCADE");
    } catch (...) {
    }
  }
  FreshDatabase(const FreshDatabase&) = delete;
  FreshDatabase& operator=(const FreshDatabase&) = delete;

  bool available() const { return !location_.empty(); }
  const std::string& location() const { return location_; }
  const char* name() const { return dialect_ == Dialect::sqlite ? "SQLite" : "PostgreSQL"; }
  const ScratchDir& dir() const { return dir_; }
  // This database on another server that holds it too (the test server's standby).
  std::string location_on(const std::string& server) const {
    return server + (server.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
  }

 private:
  Dialect dialect_;
  ScratchDir dir_;
  std::string location_;
  std::string schema_;
  std::unique_ptr<PgConnection> admin_;
};

// `peiling ARGS --db DATABASE`, run in the database's scratch folder with `input` on its
// standard input. `location` names the database another way when given (a connection to it
// that only reads).
inline ProcessResult run_peiling(const FreshDatabase& db, std::vector<std::string> args, const std::string& input = "",
                                 const std::string& location = "") {
  args.push_back("--db");
  args.push_back(location.empty() ? db.location() : location);
  return run_process(PEILING_BINARY, args, db.dir().path(), input);
}

// The same, which must succeed: what it printed.
inline std::string peiling_ok(const FreshDatabase& db, const std::vector<std::string>& args,
                              const std::string& input = "", const std::string& location = "") {
  const auto result = run_peiling(db, args, input, location);
  INFO(db.name() << ": peiling " << (args.empty() ? "" : args.front()) << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

}  // namespace peiling::testing
