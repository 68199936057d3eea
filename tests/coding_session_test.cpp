// The interactive coding session: driven through streams, through a pipe into the
// `peiling` process, and once in a real terminal (tmux), quitting midway. Checks what is
// in the database afterwards, since every decision must be stored at once.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sstream>
#include <thread>

#include "app/coding_session.h"
#include "app/demo_survey.h"
#include "engine/definition_loader.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

struct Demo {
  ScratchDir dir;
  std::string db = dir.file("demo.sqlite");
  Store store{db};
  std::int64_t survey_id = build_demo_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
};

// The codes `coder` gave, as "response/question=code" in id order.
std::vector<std::string> codings_by(Store& store, const std::string& coder) {
  RawQuery query(store,
                  "SELECT response_id, question_id, code, memo FROM codings WHERE coder = ? ORDER BY id");
  query.bind(1, coder);
  std::vector<std::string> found;
  while (query.step())
    found.push_back(std::to_string(query.column_int(0)) + "/" + query.column_text(1) + "=" + query.column_text(2) +
                    (query.column_text(3).empty() ? "" : " (" + query.column_text(3) + ")"));
  return found;
}

CodingSessionSummary session(Demo& demo, const std::string& coder, const std::string& input, std::string* output = nullptr) {
  std::istringstream in(input);
  std::ostringstream out;
  const auto summary = run_coding_session(demo.store, demo.survey_id, coder, in, out);
  if (output) *output = out.str();
  return summary;
}

}  // namespace

TEST_CASE("the session suggests, takes numbers, marks 'niet te plaatsen', keeps memos and undoes",
          "[coding][session]") {
  Demo demo;
  std::string output;
  // Answer 1 ("Leerkrachten coachen ...") is suggested f4 by its keywords: Enter accepts.
  // Answer 2: 3 is stored, then undone, so answer 2 comes back and gets a memo and 4.
  // Answer 3: "n" marks it not placeable; then q stops midway.
  const auto summary = session(demo, "anna", "\n3\nu\nm twijfel tussen 3 en 4\n4\nn\nq\n", &output);
  CHECK(summary.decisions == 4);
  CHECK(summary.undone == 1);
  CHECK(codings_by(demo.store, "anna") ==
        std::vector<std::string>{"1/taak=f4", "2/taak=f4 (twijfel tussen 3 en 4)", "3/taak=niet te plaatsen"});
  CHECK_THAT(output, Catch::Contains("Suggestie (trefwoorden): 4  Fase 4: de ib'er als coach"));
  CHECK_THAT(output, Catch::Contains("Ongedaan gemaakt: antwoord 2 (taak)"));
  CHECK(summary.remaining == 27);

  // A new session starts where this one stopped: answer 4 of taak, not answer 1 again.
  std::string second;
  session(demo, "anna", "s\nq\n", &second);
  CHECK_THAT(second, Catch::Contains("27 antwoorden nog te coderen"));
  CHECK_THAT(second, Catch::Contains("antwoord 4\n"));
  // Undo works across sessions: the last stored decision goes.
  session(demo, "anna", "u\nq\n");
  CHECK(codings_by(demo.store, "anna") == std::vector<std::string>{"1/taak=f4", "2/taak=f4 (twijfel tussen 3 en 4)"});
}

TEST_CASE("the session refuses an unknown choice and several codes in a single-code frame", "[coding][session]") {
  Demo demo;
  std::string output;
  session(demo, "anna", "9\n2 4\nx\n2\n", &output);
  CHECK_THAT(output, Catch::Contains("'9' is geen keuze"));
  CHECK_THAT(output, Catch::Contains("één code per antwoord"));
  CHECK(codings_by(demo.store, "anna") == std::vector<std::string>{"1/taak=f2"});
}

TEST_CASE("end of input ends the session with everything decided so far stored", "[coding][session]") {
  Demo demo;
  const auto summary = session(demo, "anna", "1\n2");  // no q, no final newline
  CHECK(summary.decisions == 2);
  CHECK(codings_by(demo.store, "anna").size() == 2);
}

TEST_CASE("the coding session runs as a process reading a pipe", "[coding][session][cli]") {
  Demo demo;
  const auto result = run_process(PEILING_BINARY, {"code", "--db", demo.db, "--survey", "1", "--coder", "ben"},
                                  demo.dir.path(), "\n\nn\n");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("Beslissingen opgeslagen: 3. Nog niet gecodeerd door ben: 27."));
  Store reopened(demo.db);
  CHECK(codings_by(reopened, "ben") == std::vector<std::string>{"1/taak=f4", "2/taak=f4", "3/taak=niet te plaatsen"});

  const auto missing = run_process(PEILING_BINARY, {"code", "--db", demo.db, "--survey", "1"}, demo.dir.path());
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("coder"));
}

TEST_CASE("a coding session in a real terminal (tmux), quit midway, keeps its decisions", "[coding][session][tmux]") {
  if (std::system("command -v tmux >/dev/null 2>&1") != 0) {
    WARN("tmux is not installed: the terminal test of the coding session is skipped");
    return;
  }
  Demo demo;
  const std::string name = "peiling-coding-" + std::to_string(reinterpret_cast<std::uintptr_t>(&demo));
  const std::string start = "tmux new-session -d -s " + name + " -x 120 -y 40 '" PEILING_BINARY " code --db " +
                            demo.db + " --survey 1 --coder tmux-codeur; sleep 30'";
  REQUIRE(std::system(start.c_str()) == 0);
  struct KillAtEnd {
    std::string name;
    ~KillAtEnd() { std::system(("tmux kill-session -t " + name + " 2>/dev/null").c_str()); }
  } kill_at_end{name};
  // Waits (up to 20 s, for a loaded machine) until `done` holds; polling, not fixed sleeps.
  auto wait_until = [](const std::function<bool()>& done) {
    for (int i = 0; i < 200 && !done(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return done();
  };
  auto screen = [&] {
    std::string text;
    if (FILE* pane = popen(("tmux capture-pane -p -t " + name).c_str(), "r")) {
      char buffer[4096];
      for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pane)) > 0;) text.append(buffer, n);
      pclose(pane);
    }
    return text;
  };
  auto keys = [&](const std::string& keys) { std::system(("tmux send-keys -t " + name + " " + keys).c_str()); };
  REQUIRE(wait_until([&] { return screen().find("Suggestie") != std::string::npos; }));
  keys("Enter");  // accept the suggestion for answer 1 (f4)
  REQUIRE(wait_until([&] { return codings_by(demo.store, "tmux-codeur").size() == 1; }));
  keys("3 Enter");  // answer 2: f3
  REQUIRE(wait_until([&] { return codings_by(demo.store, "tmux-codeur").size() == 2; }));
  keys("C-c");  // quit midway, the hard way
  CHECK(codings_by(demo.store, "tmux-codeur") == std::vector<std::string>{"1/taak=f4", "2/taak=f3"});
}

TEST_CASE("in a frame that allows several codes the session stores them as one decision", "[coding][session]") {
  const std::string definition = R"({"id": "m", "title": "M", "groups": [{"id": "a", "label": "A"}],
    "coding_frames": [{"id": "taken", "label": "Taken", "multiple": true, "codes": [
      {"id": "coach", "label": "Coach", "keywords": ["coach"]}, {"id": "lvs", "label": "LVS", "keywords": ["lvs"]}]}],
    "questions": [{"id": "wat", "type": "text", "text": "Wat?", "coding_frame": "taken"}]})";
  ScratchDir dir;
  Store store(dir.file("m.sqlite"));
  const auto survey = store.create_survey(store.save_questionnaire(definition, parse_definition(definition, "m.json")),
                                          "m", {{"a", 3}});
  store.add_response(survey, {"a", {{"wat", "", "Coachen en het LVS"}}}, ResponseSource::web);
  store.add_response(survey, {"a", {{"wat", "", "Iets anders"}}}, ResponseSource::web);
  std::istringstream in("1 2\nu\n2,1\nq\n");
  std::ostringstream out;
  const auto summary = run_coding_session(store, survey, "anna", in, out);
  CHECK(summary.decisions == 2);
  CHECK(summary.undone == 1);
  CHECK(codings_by(store, "anna") == std::vector<std::string>{"1/wat=lvs", "1/wat=coach"});  // stored in typed order
  CHECK_THAT(out.str(), Catch::Contains("Dit schema staat meer dan één code per antwoord toe."));
}
