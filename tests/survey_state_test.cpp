// Closing and reopening a survey from the command line: `survey close` and `survey
// reopen`, the verbs that take responses refusing a closed survey with the way back, and
// `serve` saying a survey is closed instead of "staat open".
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <fcntl.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "test_support.h"

#ifdef PEILING_BINARY

using namespace peiling::testing;

namespace {

ProcessResult peiling_run(const ScratchDir& dir, const std::vector<std::string>& args, const std::string& input = "") {
  return run_process(PEILING_BINARY, args, dir.path(), input);
}

void create_ib_survey(const ScratchDir& dir) {
  REQUIRE(peiling_run(dir, {"survey", "create", "--questionnaire", "ib-taken-bespreking", "--name", "t", "--group",
                            "directie=1", "--group", "ib=2", "--group", "leerkrachten=6"})
              .exit_code == 0);
}

// Runs `peiling serve` until it has printed its stop hint, then stops it; returns what it printed.
std::string serve_output(const ScratchDir& dir, const std::vector<std::string>& extra) {
  const std::string out = dir.file("serve.out");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> args{PEILING_BINARY, "serve", "--db", dir.file("peiling.sqlite"), "--survey", "1",
                                "--port", "0", "--out", dir.file("rapport")};
  args.insert(args.end(), extra.begin(), extra.end());
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
  kill(pid, SIGINT);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  return printed;
}

}  // namespace

TEST_CASE("survey close and reopen change whether a survey takes responses", "[cli][survey]") {
  ScratchDir dir;
  create_ib_survey(dir);
  write_file(dir.file("a.csv"), "groep,hoe-vaak,duidelijk\nib,nooit,3\n");

  const auto closed = peiling_run(dir, {"survey", "close", "1"});
  INFO(closed.err);
  REQUIRE(closed.exit_code == 0);
  CHECK_THAT(closed.out, Catch::Contains("peiling 1 is gesloten") && Catch::Contains("peiling survey reopen 1"));
  CHECK_THAT(peiling_run(dir, {"survey", "list"}).out, Catch::Contains("gesloten"));
  CHECK_THAT(peiling_run(dir, {"survey", "close", "1"}).out, Catch::Contains("al gesloten"));

  // Every way in is refused, each naming the way back.
  const auto import = peiling_run(dir, {"import", "--survey", "1", "a.csv"});
  CHECK(import.exit_code == 1);
  CHECK_THAT(import.err, Catch::Contains("gesloten") && Catch::Contains("peiling survey reopen 1"));
  const auto enter = peiling_run(dir, {"enter", "--survey", "1"}, "ib\n");
  CHECK(enter.exit_code == 1);
  CHECK_THAT(enter.err, Catch::Contains("peiling survey reopen 1"));

  const auto reopened = peiling_run(dir, {"survey", "reopen", "1"});
  REQUIRE(reopened.exit_code == 0);
  CHECK_THAT(reopened.out, Catch::Contains("peiling 1 is weer open"));
  CHECK(peiling_run(dir, {"import", "--survey", "1", "a.csv"}).exit_code == 0);

  CHECK(peiling_run(dir, {"survey", "close", "7"}).exit_code == 1);
  CHECK(peiling_run(dir, {"survey", "reopen", "x"}).exit_code == 2);
  CHECK(peiling_run(dir, {"survey", "close", "--help"}).exit_code == 0);
  CHECK(peiling_run(dir, {"survey", "reopen", "--help"}).exit_code == 0);
}

TEST_CASE("serve on a closed survey says it is closed, not that it is open", "[cli][survey][web]") {
  ScratchDir dir;
  create_ib_survey(dir);
  const std::string open = serve_output(dir, {});
  CHECK_THAT(open, Catch::Contains("staat open"));

  REQUIRE(peiling_run(dir, {"survey", "close", "1"}).exit_code == 0);
  const std::string closed = serve_output(dir, {});
  CHECK_THAT(closed, !Catch::Contains("staat open"));
  CHECK_THAT(closed, Catch::Contains("is gesloten") && Catch::Contains("peiling survey reopen 1") &&
                         Catch::Contains("/presenter?key="));
  CHECK_THAT(serve_output(dir, {"--lang", "en"}), Catch::Contains("is closed"));
}

#endif
