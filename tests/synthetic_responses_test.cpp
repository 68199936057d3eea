// The synthetic responses (app/synthetic_responses.h) are valid for every bundled
// questionnaire, cover every question, the same for the same seed, and give the long and
// varied open answers the slide tests need.
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "app/synthetic_responses.h"
#include "engine/definition_loader.h"
#include "test_support.h"

using namespace peiling;

namespace {

std::vector<std::filesystem::path> bundled_definitions() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(PEILING_SOURCE_DIR "/questionnaires"))
    if (entry.path().extension() == ".json" && !entry.path().stem().string().ends_with(".schema"))
      paths.push_back(entry.path());
  return paths;
}

Questionnaire load(const std::filesystem::path& path) {
  return parse_definition(read_definition_text(path.string()), path.string());
}

}  // namespace

TEST_CASE("synthetic responses are valid and answer every question of each bundled questionnaire", "[synthetic]") {
  for (const auto& path : bundled_definitions()) {
    INFO(path.filename().string());
    const Questionnaire questionnaire = load(path);
    SyntheticPlan plan;
    plan.group_counts[questionnaire.groups.back().id] = 47;
    const auto drafts = synthetic_responses(questionnaire, plan);
    std::size_t expected = 0;
    for (const RespondentGroup& group : questionnaire.groups) expected += plan.responses_of(group.id);
    CHECK(drafts.size() == expected);
    std::set<std::string> answered;
    std::size_t longest_open = 0;
    for (const ResponseDraft& draft : drafts) {
      const auto problems = validate_response(questionnaire, draft);
      INFO(draft.group << ": " << (problems.empty() ? std::string() : problem_line(problems.front())));
      CHECK(problems.empty());
      for (const Answer& answer : draft.answers) {
        answered.insert(answer.question);
        if (questionnaire.find_question(answer.question)->type == QuestionType::text)
          longest_open = std::max(longest_open, answer.value.size());
      }
    }
    CHECK(answered.size() == questionnaire.questions.size());
    CHECK(longest_open > 300);
  }
}

TEST_CASE("synthetic responses are the same for the same seed and differ for another", "[synthetic]") {
  const Questionnaire questionnaire = load(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  const auto values = [&](std::uint32_t seed) {
    SyntheticPlan plan;
    plan.seed = seed;
    std::string all;
    for (const ResponseDraft& draft : synthetic_responses(questionnaire, plan))
      for (const Answer& answer : draft.answers) all += answer.question + answer.item + "=" + answer.value + ";";
    return all;
  };
  CHECK(values(7) == values(7));
  CHECK(values(7) != values(8));
}

TEST_CASE("a synthetic survey is stored with its responses and about half its open answers coded", "[synthetic]") {
  peiling::testing::ScratchDir dir;
  Store store(dir.file("synthetic.sqlite"));
  SyntheticPlan plan;
  plan.group_counts["leerkrachten"] = 47;
  const auto survey_id =
      build_synthetic_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json", "synthetisch", plan);
  const SurveyRecord survey = store.load_survey(survey_id);
  int responses = 0;
  for (const auto& group : survey.groups) responses += group.responded;
  CHECK(responses == 12 + 12 + 47);
  std::size_t open_answers = 0;
  for (const ResponseDraft& draft : synthetic_responses(store.questionnaire_of(survey_id), plan))
    for (const Answer& answer : draft.answers) open_answers += answer.question == "taak" || answer.question == "rol" ||
                                                                answer.question == "hulp";
  const std::size_t coded = store.codings_of(survey_id).size();
  CHECK(coded > open_answers / 4);
  CHECK(coded < open_answers * 3 / 4);
}
