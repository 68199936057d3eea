// Trial: kill -9 of the web server under load. `peiling serve` runs as its own process;
// 32 loopback clients open forms and submit them (each answer carries a unique marker),
// and after a random 0.3 to 1.5 s the server is killed with SIGKILL, then started again on
// the same database. After every kill: every acknowledged response (thank-you page seen)
// must be stored, none twice, and `PRAGMA integrity_check` must say ok. After the last
// trial the server is started once more and takes the forms opened before the kill (their
// nonces are signed with the key in the database) and thanks, without storing, the resend
// of a form that was stored. The figure beside it: submissions per second while loaded.
//
//   build/bench_crash [--trials N] [--clients N] [--keep]
#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "bench/bench_args.h"
#include "bench/bench_failure.h"
#include "bench/work_folder.h"
#include "engine/definition_loader.h"
#include "engine/store.h"

using namespace peiling;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct OpenForm {
  std::string cookie;
  std::string csrf;
  std::string nonce;
};

std::string hidden_field(const std::string& html, const std::string& name) {
  std::smatch match;
  return std::regex_search(html, match, std::regex("name=\"" + name + "\" value=\"([0-9a-f]+)\"")) ? match[1].str()
                                                                                                    : "";
}

bool open_form(httplib::Client& client, OpenForm& form) {
  auto page = client.Get("/g/leerkrachten", form.cookie.empty() ? httplib::Headers{} : httplib::Headers{{"Cookie", form.cookie}});
  if (!page || page->status != 200) return false;
  const std::string set_cookie = page->get_header_value("Set-Cookie");
  if (!set_cookie.empty()) form.cookie = set_cookie.substr(0, set_cookie.find(';'));
  form.csrf = hidden_field(page->body, "csrf");
  form.nonce = hidden_field(page->body, "nonce");
  return !form.csrf.empty() && !form.nonce.empty();
}

// True when the thank-you page came back: the response is acknowledged.
bool submit(httplib::Client& client, const OpenForm& form, const std::string& marker) {
  httplib::Params fields{{"csrf", form.csrf},    {"nonce", form.nonce},  {"a:jaren", "7"},
                         {"r:fasen:f1", "1"},    {"r:fasen:f2", "2"},    {"r:fasen:f3", "3"},
                         {"r:fasen:f4", "4"},    {"r:fasen:f5", "5"},    {"a:taak", marker}};
  auto result = client.Post("/g/leerkrachten", {{"Cookie", form.cookie}}, fields);
  return result && result->status == 200 && result->body.find("Bedankt") != std::string::npos;
}

httplib::Client client_for(int port) {
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_connection_timeout(2, 0);
  client.set_read_timeout(10, 0);
  return client;
}

// A port the kernel has free now; the server gets the same one after every restart.
int free_port() {
  const int probe = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address);
  getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length);
  close(probe);
  return ntohs(address.sin_port);
}

pid_t start_server(const std::string& db_path, int port, const fs::path& dir) {
  const std::vector<std::string> args{PEILING_BINARY, "serve", "--db", db_path, "--survey", "1",
                                      "--port", std::to_string(port), "--out", (dir / "rapport").string()};
  std::vector<char*> argv;
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  if (posix_spawn(&pid, PEILING_BINARY, &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  // Ready once it answers (peiling hands over to peiling-web with execv: the same process).
  auto client = client_for(port);
  for (int i = 0; i < 200; ++i) {
    if (auto page = client.Get("/static/peiling.css"); page && page->status == 200) return pid;
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  if (pid > 0) {  // not left running behind the benchmark
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
  }
  throw bench::BenchFailure("peiling serve did not answer on port " + std::to_string(port));
}

struct Verdict {
  std::size_t stored_markers = 0;
  std::size_t duplicates = 0;
  std::set<std::string> markers;
  std::string integrity;
};

Verdict inspect(const std::string& db_path) {
  Verdict verdict;
  SqliteDatabase db(db_path);
  {
    Statement check(db, "PRAGMA integrity_check");
    check.step();
    verdict.integrity = check.column_text(0);
  }
  Statement answers(db, "SELECT value FROM answers WHERE question_id = 'taak'");
  while (answers.step()) {
    ++verdict.stored_markers;
    if (!verdict.markers.insert(answers.column_text(0)).second) ++verdict.duplicates;
  }
  return verdict;
}

struct Trial {
  std::vector<std::string> acknowledged;
  std::vector<OpenForm> held;  // opened, not sent: taken after the restart
  OpenForm stored_form;        // one acknowledged form, for the resend after the restart
  std::string stored_marker;
  double seconds = 0;
};

// Clients submit until the server is killed under them.
Trial run_trial(int trial, int port, int clients, pid_t server, std::mt19937& random) {
  Trial result;
  std::mutex mutex;
  std::atomic<bool> killed{false};
  std::vector<std::thread> threads;
  const auto start = Clock::now();
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      auto client = client_for(port);
      OpenForm form;
      OpenForm held;
      const bool holding = open_form(client, held);
      for (int n = 0; !killed; ++n) {
        if (!open_form(client, form)) continue;
        const std::string marker = "t" + std::to_string(trial) + "-c" + std::to_string(c) + "-" + std::to_string(n);
        if (!submit(client, form, marker)) continue;
        std::lock_guard lock(mutex);
        result.acknowledged.push_back(marker);
        result.stored_form = form;
        result.stored_marker = marker;
      }
      std::lock_guard lock(mutex);
      if (holding) result.held.push_back(held);
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(300, 1500)(random)));
  kill(server, SIGKILL);
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  waitpid(server, nullptr, 0);
  killed = true;
  for (auto& thread : threads) thread.join();
  return result;
}

}  // namespace

int main(int argc, char** argv) try {
  int trials = 12;
  int clients = 32;
  bool keep = false;
  const bool run = bench::BenchArgs("build/bench_crash [--trials N] [--clients N] [--keep]")
                       .whole_number("--trials", trials, "kills of the server under load", 1)
                       .whole_number("--clients", clients, "concurrent clients", 1)
                       .flag("--keep", keep, "leave the database and server logs in the temp folder (path printed)")
                       .read(argc, argv);
  if (!run) return 0;
  const bench::WorkFolder folder("peiling-crash-bench", keep);
  const fs::path& dir = folder.path();
  const std::string db_path = (dir / "peiling.sqlite").string();
  {
    Store store(db_path);
    const std::string file = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";
    const std::string text = read_definition_text(file);
    const auto row = store.save_questionnaire(text, parse_definition(text, file));
    store.create_survey(row, "crash", {{"directie", 0}, {"ib", 0}, {"leerkrachten", 100000}});
  }
  const int port = free_port();
  std::mt19937 random(20261130);
  std::printf("%d trials: %d loopback clients submit to `peiling serve` until it is killed with SIGKILL\n", trials,
              clients);
  std::printf("trial  acknowledged  stored  lost  twice  integrity   submissions/s\n");
  std::size_t acknowledged_total = 0;
  std::size_t lost_total = 0;
  std::size_t twice_total = 0;
  bool integrity_ok = true;
  Trial last;
  for (int trial = 1; trial <= trials; ++trial) {
    const pid_t server = start_server(db_path, port, dir);
    last = run_trial(trial, port, clients, server, random);
    const Verdict verdict = inspect(db_path);
    std::size_t lost = 0;
    for (const auto& marker : last.acknowledged) lost += verdict.markers.count(marker) == 0;
    const std::string prefix = "t" + std::to_string(trial) + "-";
    std::size_t stored = 0;
    for (const auto& marker : verdict.markers) stored += marker.rfind(prefix, 0) == 0;
    acknowledged_total += last.acknowledged.size();
    lost_total += lost;
    twice_total = verdict.duplicates;
    integrity_ok = integrity_ok && verdict.integrity == "ok";
    std::printf("%5d  %12zu  %6zu  %4zu  %5zu  %-9s  %14.0f\n", trial, last.acknowledged.size(), stored, lost,
                verdict.duplicates, verdict.integrity.c_str(), static_cast<double>(last.acknowledged.size()) / last.seconds);
  }

  // Once more: the forms opened before the last kill, and a resend of a stored one.
  const pid_t server = start_server(db_path, port, dir);
  auto client = client_for(port);
  std::size_t held_taken = 0;
  for (std::size_t i = 0; i < last.held.size(); ++i)
    held_taken += submit(client, last.held[i], "held-" + std::to_string(i));
  const bool resend_thanked = last.stored_marker.empty() || submit(client, last.stored_form, last.stored_marker);
  kill(server, SIGINT);
  waitpid(server, nullptr, 0);
  const Verdict final_verdict = inspect(db_path);
  std::printf("after the restart: %zu of %zu forms opened before the kill taken; resend of a stored form %s; "
              "stored twice: %zu; integrity %s\n",
              held_taken, last.held.size(), resend_thanked ? "thanked" : "NOT thanked", final_verdict.duplicates,
              final_verdict.integrity.c_str());
  std::printf("total: %zu acknowledged, %zu lost, %zu stored twice, integrity %s\n", acknowledged_total, lost_total,
              final_verdict.duplicates, integrity_ok && final_verdict.integrity == "ok" ? "ok every time" : "NOT ok");
  const bool passed = lost_total == 0 && twice_total == 0 && final_verdict.duplicates == 0 && integrity_ok &&
                      final_verdict.integrity == "ok" && held_taken == last.held.size() && resend_thanked;
  return passed ? 0 : 1;
} catch (const std::exception& error) {  // after the destructors have run (bench_failure.h)
  return peiling::bench::report_failure(error);
}
