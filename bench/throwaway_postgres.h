// For the benchmarks: a throwaway PostgreSQL server for one run, the one the tests use
// (scripts/pg_cluster.sh: initdb in a temporary folder, a Unix socket, durable commits),
// stopped and removed when the object goes, with the standby it may have been given. Absent
// PostgreSQL is not an error: running() is false and why() says what to install.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

namespace peiling::bench {

// One value from the database through psql (a WAL position, a count).
inline std::string psql_value(const std::string& uri, const std::string& sql) {
  const std::string command = "psql -qtA '" + uri + "' -c \"" + sql + "\"";
  std::string value;
  if (FILE* out = ::popen(command.c_str(), "r")) {
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, out)) value += buffer;
    ::pclose(out);
  }
  while (!value.empty() && (value.back() == '\n' || value.back() == ' ')) value.pop_back();
  return value;
}

// Seconds until `standby` has replayed all `primary` had written when called (polled every
// 10 ms; a minute at most, then -1).
inline double seconds_until_replayed(const std::string& primary, const std::string& standby) {
  const std::string written = psql_value(primary, "SELECT pg_current_wal_lsn()");
  const auto start = std::chrono::steady_clock::now();
  const auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  while (psql_value(standby, "SELECT pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn") != "t") {
    if (elapsed() > 60) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return elapsed();
}

class ThrowawayPostgres {
 public:
  explicit ThrowawayPostgres(const std::filesystem::path& state_dir) : state_dir_(state_dir.string()) {
    uri_ = run_script("start");
  }
  // A standby of this server that streaming replication keeps (pg_cluster.sh standby): its
  // URI, or empty with why() saying what went wrong. Stopped with the server.
  std::string start_standby() {
    return run_script("standby");
  }
  ~ThrowawayPostgres() {
    const std::string command = "bash '" PEILING_SOURCE_DIR "/scripts/pg_cluster.sh' stop '" + state_dir_ + "'";
    if (std::system(command.c_str()) != 0) std::fprintf(stderr, "could not stop the PostgreSQL server\n");
  }
  ThrowawayPostgres(const ThrowawayPostgres&) = delete;
  ThrowawayPostgres& operator=(const ThrowawayPostgres&) = delete;

  bool running() const { return !uri_.empty(); }
  const std::string& uri() const { return uri_; }
  const std::string& why() const { return why_; }

 private:
  // pg_cluster.sh `action` on the state folder: the last line it printed (a URI) when it
  // succeeded, else empty, and all it printed is kept in why_.
  std::string run_script(const char* action) {
    const std::string command =
        "bash '" PEILING_SOURCE_DIR "/scripts/pg_cluster.sh' " + std::string(action) + " '" + state_dir_ + "' 2>&1";
    FILE* output = ::popen(command.c_str(), "r");
    std::string printed;
    char buffer[512];
    while (output && std::fgets(buffer, sizeof buffer, output)) printed += buffer;
    const bool ok = output && ::pclose(output) == 0;
    while (!printed.empty() && (printed.back() == '\n' || printed.back() == '\r')) printed.pop_back();
    if (!ok) {
      why_ = printed;
      return "";
    }
    return printed.substr(printed.rfind('\n') + 1);
  }

  std::string state_dir_;
  std::string uri_;
  std::string why_;
};

}  // namespace peiling::bench
