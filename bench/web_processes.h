// For bench_serve: `peiling-web` processes as a school board would run them, several on one
// database, each on a loopback port of its own; started with posix_spawn, ready when they
// answer HTTP, stopped with SIGINT (as Ctrl-C: each commits what it accepted first).
#pragma once

#include <httplib.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace peiling::bench {

// A loopback port nobody listens on now (the kernel's choice for port 0).
inline int free_loopback_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
    throw std::runtime_error("no free loopback port");
  ::close(fd);
  return ntohs(address.sin_port);
}

class WebProcesses {
 public:
  // Starts `count` servers of `survey_id` in `database`, each writing its output to
  // `log_prefix`N.log, and waits until every one answers. When one cannot start or does not
  // answer, those already started are stopped before the exception leaves (no destructor runs
  // for an object whose constructor threw).
  WebProcesses(const std::string& program, const std::string& database, std::int64_t survey_id, int count,
               const std::string& log_prefix) {
    try {
      for (int i = 0; i < count; ++i) start(program, database, survey_id, log_prefix + std::to_string(i) + ".log");
      for (int port : ports_) wait_until_answering(port);
    } catch (...) {
      stop();
      throw;
    }
  }
  ~WebProcesses() { stop(); }
  WebProcesses(const WebProcesses&) = delete;
  WebProcesses& operator=(const WebProcesses&) = delete;

  const std::vector<int>& ports() const { return ports_; }

  // Ctrl-C to each and waits for them; true when every one ended well.
  bool stop() {
    bool all_well = true;
    for (pid_t pid : pids_) ::kill(pid, SIGINT);
    for (pid_t pid : pids_) {
      int status = 0;
      ::waitpid(pid, &status, 0);
      all_well = all_well && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    pids_.clear();
    return all_well;
  }

 private:
  void start(const std::string& program, const std::string& database, std::int64_t survey_id, const std::string& log) {
    const int port = free_loopback_port();
    std::vector<std::string> words{program, "--db", database, "--survey", std::to_string(survey_id),
                                   "--host", "127.0.0.1", "--port", std::to_string(port), "--out", log + ".rapport"};
    std::vector<char*> argv;
    for (auto& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    const int failed = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) throw std::runtime_error("cannot start " + program);
    pids_.push_back(pid);
    ports_.push_back(port);
  }

  static void wait_until_answering(int port) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
      httplib::Client client("127.0.0.1", port);
      if (auto result = client.Get("/static/peiling.css"); result && result->status == 200) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("peiling-web on port " + std::to_string(port) + " did not answer within 30 s");
  }

  std::vector<pid_t> pids_;
  std::vector<int> ports_;
};

}  // namespace peiling::bench
