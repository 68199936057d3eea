// The web verbs as processes: `peiling tokens` (tokens shown once, only hashes stored,
// printable slips) and `peiling serve` (links and presenter key printed, a submission
// stored, a clean stop on SIGINT).
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <regex>
#include <thread>

#include "engine/store.h"
#include "test_support.h"
#include "web/security.h"

#ifdef PEILING_BINARY

using namespace peiling::testing;

namespace {

ProcessResult peiling_run(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

void create_survey(const ScratchDir& dir) {
  REQUIRE(peiling_run(dir, {"survey", "create", "--questionnaire", "ib-taken-bespreking", "--name", "t", "--group",
                            "directie=1", "--group", "ib=2", "--group", "leerkrachten=6"})
              .exit_code == 0);
}

}  // namespace

TEST_CASE("peiling tokens prints tokens once, stores only their hashes and writes slips", "[web][cli]") {
  ScratchDir dir;
  create_survey(dir);
  const auto made = peiling_run(dir, {"tokens", "--survey", "1", "--group", "leerkrachten", "--count", "3", "--url",
                                      "http://10.0.0.5:8080/", "--out", "slips.html"});
  INFO(made.err);
  REQUIRE(made.exit_code == 0);
  std::vector<std::string> tokens;
  const std::regex link("http://10\\.0\\.0\\.5:8080/t/([0-9a-f]{32})");
  for (std::sregex_iterator it(made.out.begin(), made.out.end(), link), end; it != end; ++it)
    tokens.push_back((*it)[1]);
  REQUIRE(tokens.size() == 3);
  const std::string slips = read_file(dir.path() / "slips.html");
  CHECK(count_occurrences(slips, "<svg class=\"qr\"") == 3);
  std::string database;  // every byte the store wrote (the WAL is gone after a clean close)
  for (const char* file : {"peiling.sqlite", "peiling.sqlite-wal"})
    if (std::filesystem::exists(dir.path() / file)) database += read_file(dir.path() / file);
  peiling::Store store(dir.file("peiling.sqlite"));
  for (const auto& token : tokens) {
    CHECK(database.find(token) == std::string::npos);
    CHECK(store.unused_token_group(1, peiling::web::secret_hash(token)) == "leerkrachten");
  }
  CHECK(peiling_run(dir, {"tokens", "--survey", "1", "--group", "ouders", "--count", "3"}).exit_code == 2);
  CHECK(peiling_run(dir, {"tokens", "--survey", "1", "--group", "ib", "--count", "0"}).exit_code == 2);
  CHECK(peiling_run(dir, {"tokens", "--survey", "9", "--group", "ib", "--count", "1"}).exit_code == 1);
  CHECK(peiling_run(dir, {"tokens", "--help"}).exit_code == 0);
}

TEST_CASE("peiling serve prints its links and stops cleanly on SIGINT", "[web][cli]") {
  ScratchDir dir;
  create_survey(dir);
  const std::string out = dir.file("serve.out");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const std::string db = dir.file("peiling.sqlite");
  const std::vector<std::string> args{PEILING_BINARY, "serve", "--db", db, "--survey", "1", "--port", "0",
                                      "--out", dir.file("rapport")};
  std::vector<char*> argv;
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, PEILING_BINARY, &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);

  std::string printed;
  for (int i = 0; i < 200 && printed.find("Ctrl-C") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    printed = read_file(out);
  }
  std::smatch presenter;
  const bool found = std::regex_search(printed, presenter, std::regex("/presenter\\?key=([0-9a-f]{32})"));
  CHECK(found);
  CHECK(printed.find("/g/leerkrachten") != std::string::npos);
  CHECK(printed.find("\u2588") != std::string::npos);  // the QR code

  // A respondent submits while it runs: after the stop, the response is there.
  std::smatch address;
  REQUIRE(std::regex_search(printed, address, std::regex("http://127\\.0\\.0\\.1:([0-9]+)/g/ib")));
  httplib::Client client("127.0.0.1", std::stoi(address[1]));
  auto page = client.Get("/g/ib");
  REQUIRE(page);
  const std::string set_cookie = page->get_header_value("Set-Cookie");
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  std::smatch csrf;
  REQUIRE(std::regex_search(page->body, csrf, std::regex("name=\"csrf\" value=\"([0-9a-f]{32})\"")));
  std::smatch nonce;
  REQUIRE(std::regex_search(page->body, nonce, std::regex("name=\"nonce\" value=\"([0-9a-f]{64})\"")));
  auto posted = client.Post("/g/ib", {{"Cookie", cookie}},
                            httplib::Params{{"csrf", csrf[1]}, {"nonce", nonce[1]},
                                            {"a:hoe-vaak", "nooit"}, {"a:duidelijk", "2"}});
  REQUIRE(posted);
  CHECK(posted->status == 200);

  kill(pid, SIGINT);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(read_file(out).find("Gestopt") != std::string::npos);
  peiling::Store store(db);
  CHECK(store.load_survey(1).summary.responses == 1);
}

#endif
