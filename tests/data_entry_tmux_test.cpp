// `peiling enter` in a real terminal: tmux runs it in a pseudo-terminal, the test types
// like a person (keys, Enter, then Ctrl-C halfway through the second form) and checks the
// screen and the database. Skipped, with a message, where tmux is not installed.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <sstream>
#include <thread>

#include "paper_fixture.h"
#include "test_support.h"

using namespace peiling::testing;

namespace {

std::string find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path ? path : "/usr/bin:/bin");
  for (std::string folder; std::getline(folders, folder, ':');)
    if (std::filesystem::exists(folder + "/" + program)) return folder + "/" + program;
  return "";
}

// One tmux server of our own (its socket in the scratch folder), killed when done.
class TmuxSession {
 public:
  TmuxSession(const std::string& tmux, const ScratchDir& dir, const std::string& command)
      : tmux_(tmux), socket_(dir.file("tmux.sock")), dir_(dir) {
    const auto started =
        run_process(tmux_, {"-S", socket_, "new-session", "-d", "-s", "entry", "-x", "200", "-y", "60", command},
                    dir_.path());
    INFO(started.err);
    REQUIRE(started.exit_code == 0);
  }
  ~TmuxSession() { run_process(tmux_, {"-S", socket_, "kill-server"}, dir_.path()); }

  void keys(const std::vector<std::string>& keys) {
    std::vector<std::string> args{"-S", socket_, "send-keys", "-t", "entry"};
    args.insert(args.end(), keys.begin(), keys.end());
    REQUIRE(run_process(tmux_, args, dir_.path()).exit_code == 0);
  }
  std::string screen() {
    return run_process(tmux_, {"-S", socket_, "capture-pane", "-p", "-J", "-S", "-200", "-t", "entry"}, dir_.path())
        .out;
  }
  // Waits (up to 20 s) until `text` shows `times` times on the screen.
  void wait_for(const std::string& text, std::size_t times = 1) {
    for (int attempt = 0; attempt < 200; ++attempt) {
      if (count_occurrences(screen(), text) >= times) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    INFO(screen());
    FAIL("the terminal never showed: " + text);
  }

 private:
  std::string tmux_, socket_;
  const ScratchDir& dir_;
};

}  // namespace

TEST_CASE("enter in a real terminal: Ctrl-C halfway through a form keeps the forms stored before it", "[tmux]") {
  const std::string tmux = find_on_path("tmux");
  if (tmux.empty()) {
    WARN("tmux is not installed: skipping the real-terminal test of peiling enter (apt-get install tmux)");
    return;
  }
  ScratchDir dir;
  const auto created = run_process(PEILING_BINARY,
                                   {"survey", "create", "--questionnaire", PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json",
                                    "--name", "nulmeting", "--group", "directie=4", "--group", "ib=5", "--group",
                                    "leerkrachten=15"},
                                   dir.path());
  REQUIRE(created.exit_code == 0);
  const std::string database = dir.file("peiling.sqlite");

  TmuxSession session(tmux, dir,
                      std::string(PEILING_BINARY) + " enter --db " + database + " --survey 1; echo \"exit=$?\" > " +
                          dir.file("exit.txt") + "; sleep 60");
  session.wait_for("naam van de groep: ");
  session.keys({"Leerkrachten", "Enter"});
  session.wait_for("Vraag 1 van 4");
  session.keys({"12", "Enter"});
  session.wait_for("Vraag 2 van 4");
  session.keys({"3 3 5 1 2", "Enter"});  // a number twice: explained, asked again
  session.wait_for("1 tot en met 5 precies één keer gebruiken");
  session.keys({"3 4 5 1 2", "Enter"});
  session.wait_for("Vraag 3 van 4");
  session.keys({"Meedenken", "Enter"});
  session.wait_for("Vraag 4 van 4");
  session.keys({"Enter"});
  session.wait_for("Opslaan? (j/n)");
  session.keys({"j", "Enter"});
  session.wait_for("Nog een formulier? (j/n)");
  session.keys({"j", "Enter"});
  session.wait_for("naam van de groep: ", 2);
  session.keys({"ib", "Enter"});
  session.wait_for("Vraag 1 van 4", 2);
  session.keys({"4", "Enter"});
  session.wait_for("Vraag 2 van 4", 2);
  session.keys({"C-c"});
  session.wait_for("1 formulier opgeslagen.");

  CHECK_THAT(session.screen(), Catch::Contains("Onderbroken. Het onvoltooide formulier is niet opgeslagen. 1 formulier "
                                               "opgeslagen."));
  for (int attempt = 0; attempt < 100 && !std::filesystem::exists(dir.file("exit.txt")); ++attempt)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(read_file(dir.file("exit.txt")) == "exit=0\n");
  CHECK(stored_answers(database) ==
        std::vector<std::string>{"1 leerkrachten terminal fasen f1 3", "1 leerkrachten terminal fasen f2 4",
                                 "1 leerkrachten terminal fasen f3 5", "1 leerkrachten terminal fasen f4 1",
                                 "1 leerkrachten terminal fasen f5 2", "1 leerkrachten terminal jaren  12",
                                 "1 leerkrachten terminal taak  Meedenken"});
}
