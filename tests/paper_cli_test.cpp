// `peiling print` and `peiling enter` as processes: the options, exit codes and messages,
// and piped data entry ending up in the database (source terminal) or, when unfinished or
// refused, not at all.
#include <catch2/catch.hpp>

#include "engine/store.h"
#include "paper_fixture.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kGreven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

ProcessResult peiling_run(const ScratchDir& dir, const std::vector<std::string>& args, const std::string& input = "") {
  return run_process(PEILING_BINARY, args, dir.path(), input);
}

// A Greven survey in dir/peiling.sqlite; returns its id.
std::string create_greven_survey(const ScratchDir& dir) {
  const auto created = peiling_run(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "nulmeting",
                                         "--group", "directie=4", "--group", "ib=5", "--group", "leerkrachten=15"});
  REQUIRE(created.exit_code == 0);
  return created.out.substr(0, created.out.find('\n'));
}

// One leerkracht's form: jaren, fasen, taak, hulp, then confirm.
const std::string kTeacherForm = "12\n3 4 5 1 2\nMeedenken over een leerling\n\nj\n";

}  // namespace

TEST_CASE("print writes the group's form to a file or to standard output", "[paper-cli]") {
  ScratchDir dir;
  const auto survey = create_greven_survey(dir);
  const auto to_file = peiling_run(dir, {"print", "--survey", survey, "--group", "LEERKRACHTEN", "--out", "form.html"});
  CHECK(to_file.exit_code == 0);
  CHECK_THAT(to_file.out, Catch::Contains("form.html"));
  const auto form = read_file(dir.file("form.html"));
  CHECK_THAT(form, Catch::Contains("Voor: Leerkrachten"));
  CHECK_THAT(form, Catch::Contains("peiling " + survey + " (nulmeting)"));

  const auto to_stdout = peiling_run(dir, {"print", "--survey", survey, "--group", "Intern begeleiders", "--lang", "en"});
  CHECK(to_stdout.exit_code == 0);
  CHECK_THAT(to_stdout.out, Catch::StartsWith("<!DOCTYPE html>") && Catch::Contains("For: Intern begeleiders"));
}

TEST_CASE("print refuses an unknown group, survey or language with the right exit code", "[paper-cli]") {
  ScratchDir dir;
  const auto survey = create_greven_survey(dir);
  const auto group = peiling_run(dir, {"print", "--survey", survey, "--group", "ouders"});
  CHECK(group.exit_code == 1);
  CHECK_THAT(group.err, Catch::Contains("--group ouders: geen groep van deze peiling; kies uit: directie (Directie)"));
  CHECK(peiling_run(dir, {"print", "--survey", "99", "--group", "ib"}).exit_code == 1);
  CHECK(peiling_run(dir, {"print", "--survey", survey}).exit_code == 2);
  CHECK(peiling_run(dir, {"print", "--survey", survey, "--group", "ib", "--lang", "fr"}).exit_code == 2);
  CHECK(peiling_run(dir, {"print", "--help"}).exit_code == 0);
  CHECK(peiling_run(dir, {"enter", "--help"}).exit_code == 0);
}

TEST_CASE("enter stores piped forms with source terminal and says how many", "[paper-cli]") {
  ScratchDir dir;
  const auto survey = create_greven_survey(dir);
  const auto result =
      peiling_run(dir, {"enter", "--survey", survey}, "leerkrachten\n" + kTeacherForm + "j\nDirectie\n2\n1 2 3 5 4\n\nCoach\nj\nn\n");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::EndsWith("2 formulieren opgeslagen.\n"));
  // Piped input is echoed after its prompt, so the transcript reads like a session.
  CHECK_THAT(result.out, Catch::Contains("> 3 4 5 1 2\n"));
  CHECK(stored_answers(dir.file("peiling.sqlite")) ==
        std::vector<std::string>{"1 leerkrachten terminal fasen f1 3", "1 leerkrachten terminal fasen f2 4",
                                 "1 leerkrachten terminal fasen f3 5", "1 leerkrachten terminal fasen f4 1",
                                 "1 leerkrachten terminal fasen f5 2", "1 leerkrachten terminal jaren  12",
                                 "1 leerkrachten terminal taak  Meedenken over een leerling",
                                 "2 directie terminal fasen f1 1", "2 directie terminal fasen f2 2",
                                 "2 directie terminal fasen f3 3", "2 directie terminal fasen f4 5",
                                 "2 directie terminal fasen f5 4", "2 directie terminal jaren  2",
                                 "2 directie terminal rol  Coach"});
}

TEST_CASE("enter stores nothing of a form the input ends in", "[paper-cli]") {
  ScratchDir dir;
  const auto survey = create_greven_survey(dir);
  const auto result = peiling_run(dir, {"enter", "--survey", survey, "--group", "leerkrachten"},
                                  kTeacherForm + "j\n7\n1 2 3 4 5\nhalf ingevuld\n");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::EndsWith("Het onvoltooide formulier is niet opgeslagen. 1 formulier opgeslagen.\n"));
  CHECK(stored_response_count(dir.file("peiling.sqlite")) == 1);
}

TEST_CASE("enter refuses a closed survey and an unknown group before asking anything", "[paper-cli]") {
  ScratchDir dir;
  const auto survey = create_greven_survey(dir);
  const auto group = peiling_run(dir, {"enter", "--survey", survey, "--group", "ouders"}, kTeacherForm);
  CHECK(group.exit_code == 1);
  CHECK_THAT(group.err, Catch::Contains("kies uit: directie (Directie), ib (Intern begeleiders)"));
  Store(dir.file("peiling.sqlite")).set_survey_open(std::stoll(survey), false);
  const auto closed = peiling_run(dir, {"enter", "--survey", survey, "--group", "ib"}, kTeacherForm);
  CHECK(closed.exit_code == 1);
  CHECK_THAT(closed.err, Catch::Contains("peiling " + survey + " is gesloten"));
  CHECK(stored_response_count(dir.file("peiling.sqlite")) == 0);
}
