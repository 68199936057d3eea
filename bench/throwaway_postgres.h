// For the benchmarks: a throwaway PostgreSQL server for one run, the one the tests use
// (scripts/pg_cluster.sh: initdb in a temporary folder, a Unix socket, durable commits),
// stopped and removed when the object goes. Absent PostgreSQL is not an error: running()
// is false and why() says what to install.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace peiling::bench {

class ThrowawayPostgres {
 public:
  explicit ThrowawayPostgres(const std::filesystem::path& state_dir) : state_dir_(state_dir.string()) {
    const std::string command = "bash '" PEILING_SOURCE_DIR "/scripts/pg_cluster.sh' start '" + state_dir_ + "' 2>&1";
    FILE* output = ::popen(command.c_str(), "r");
    std::string printed;
    char buffer[512];
    while (output && std::fgets(buffer, sizeof buffer, output)) printed += buffer;
    const int status = output ? ::pclose(output) : -1;
    while (!printed.empty() && (printed.back() == '\n' || printed.back() == '\r')) printed.pop_back();
    if (status == 0) uri_ = printed.substr(printed.rfind('\n') + 1);
    else why_ = printed;
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
  std::string state_dir_;
  std::string uri_;
  std::string why_;
};

}  // namespace peiling::bench
