// The questionnaires shipped in questionnaires/: all load, and greven-fasen has the
// structure of the thesis instrument the analysis and reports rely on.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/definition_loader.h"

using namespace peiling;

namespace {

const std::string kQuestionnaireDir = PEILING_SOURCE_DIR "/questionnaires";

Questionnaire load_bundled(const std::string& name) {
  return load_definition_file(kQuestionnaireDir + "/" + name + ".json");
}

}  // namespace

TEST_CASE("every bundled questionnaire loads, and its id matches its file name") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(kQuestionnaireDir))
    if (entry.path().extension() == ".json" && !entry.path().stem().string().ends_with(".schema"))
      files.push_back(entry.path());
  REQUIRE(files.size() >= 3);
  for (const auto& file : files) {
    INFO(file.string());
    Questionnaire questionnaire;
    REQUIRE_NOTHROW(questionnaire = load_definition_file(file.string()));
    CHECK(questionnaire.id == file.stem().string());
    CHECK(questionnaire.language == "nl");
    CHECK_FALSE(questionnaire.intro.empty());
  }
}

TEST_CASE("greven-fasen asks the thesis questions to the three groups") {
  const Questionnaire greven = load_bundled("greven-fasen");
  CHECK(summarize(greven, Language::en) == "greven-fasen 1: 5 questions (1 number, 1 rank, 3 text), 3 groups, 1 coding frame");
  REQUIRE(greven.groups.size() == 3);
  CHECK(greven.groups[0].id == "directie");
  CHECK(greven.groups[1].id == "ib");
  CHECK(greven.groups[2].id == "leerkrachten");

  std::vector<std::string> question_ids;
  for (const auto& question : greven.questions) question_ids.push_back(question.id);
  CHECK(question_ids == std::vector<std::string>{"jaren", "fasen", "taak", "rol", "hulp"});

  const Question* jaren = greven.find_question("jaren");
  CHECK(jaren->type == QuestionType::number);
  CHECK(jaren->integer);
  CHECK(jaren->unit == "jaar");
}

TEST_CASE("greven-fasen ranks phases f1..f5, each linked to its code in the greven frame") {
  const Questionnaire greven = load_bundled("greven-fasen");
  const Question* fasen = greven.find_question("fasen");
  REQUIRE(fasen != nullptr);
  CHECK(fasen->type == QuestionType::rank);
  CHECK(fasen->required);
  CHECK(fasen->direction == RankDirection::high_is_most);
  CHECK(fasen->high_label == "heel belangrijk");
  CHECK(fasen->low_label == "veel minder belangrijk");
  CHECK(fasen->help.find("precies één keer") != std::string::npos);
  CHECK(fasen->coding_frame == "greven");

  const CodingFrame* frame = greven.find_frame("greven");
  REQUIRE(frame != nullptr);
  REQUIRE(frame->codes.size() == 5);
  REQUIRE(fasen->items.size() == 5);
  for (std::size_t index = 0; index < 5; ++index) {
    const std::string id = "f" + std::to_string(index + 1);
    CHECK(fasen->items[index].id == id);
    CHECK(fasen->items[index].code == id);
    CHECK_FALSE(fasen->items[index].description.empty());
    CHECK(frame->codes[index].id == id);
    CHECK(frame->codes[index].label.rfind("Fase " + std::to_string(index + 1) + ": ", 0) == 0);
    CHECK_FALSE(frame->codes[index].keywords.empty());
  }
}

TEST_CASE("greven-fasen gives directie and ib 'rol', and leerkrachten 'hulp'") {
  const Questionnaire greven = load_bundled("greven-fasen");
  for (const char* id : {"taak", "rol", "hulp"}) {
    const Question* question = greven.find_question(id);
    REQUIRE(question != nullptr);
    CHECK(question->type == QuestionType::text);
    CHECK(question->coding_frame == "greven");
  }
  CHECK(greven.find_question("taak")->groups.empty());
  CHECK(greven.find_question("rol")->groups == std::vector<std::string>{"directie", "ib"});
  CHECK(greven.find_question("hulp")->groups == std::vector<std::string>{"leerkrachten"});

  auto ids_for = [&](const char* group) {
    std::vector<std::string> ids;
    for (const Question* question : greven.questions_for(group)) ids.push_back(question->id);
    return ids;
  };
  CHECK(ids_for("directie") == std::vector<std::string>{"jaren", "fasen", "taak", "rol"});
  CHECK(ids_for("ib") == std::vector<std::string>{"jaren", "fasen", "taak", "rol"});
  CHECK(ids_for("leerkrachten") == std::vector<std::string>{"jaren", "fasen", "taak", "hulp"});
}

TEST_CASE("ib-taken-bespreking polls how often the ib'er's tasks were discussed") {
  const Questionnaire poll = load_bundled("ib-taken-bespreking");
  const Question* how_often = poll.find_question("hoe-vaak");
  REQUIRE(how_often != nullptr);
  CHECK(how_often->type == QuestionType::choice);
  std::vector<std::string> labels;
  for (const auto& option : how_often->items) labels.push_back(option.label);
  CHECK(labels == std::vector<std::string>{"Nooit", "1 tot 3 keer", "4 tot 6 keer", "Meer dan 6 keer"});
}

TEST_CASE("lbbo-kernactiviteiten ranks the five core activities and asks how far each is realised") {
  const Questionnaire lbbo = load_bundled("lbbo-kernactiviteiten");
  const Question* ranking = lbbo.find_question("belang");
  REQUIRE(ranking != nullptr);
  REQUIRE(ranking->items.size() == 5);
  for (const auto& item : ranking->items) CHECK(lbbo.find_frame("lbbo")->find_code(item.code) != nullptr);
  // How far each activity is realised: one matrix, a statement per ranked activity.
  const Question* now = lbbo.find_question("nu");
  REQUIRE(now != nullptr);
  CHECK(now->type == QuestionType::matrix);
  REQUIRE(now->items.size() == ranking->items.size());
  for (std::size_t i = 0; i < now->items.size(); ++i) CHECK(now->items[i].id == ranking->items[i].id);
  CHECK(now->scale.size() == 5);
  CHECK(lbbo.find_question("ontwikkelen")->groups == std::vector<std::string>{"ib"});
}
