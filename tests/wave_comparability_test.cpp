// Waves (issue 16): a survey may follow an earlier one of the same questionnaire, and the
// two definitions are checked question by question for what can be compared and why not.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "analysis/wave_comparability.h"
#include "app/cli.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "reports/comparison_text.h"
#include "test_support.h"

using namespace peiling;

namespace {

constexpr const char* kRank =
    R"({"id": "fasen", "type": "rank", "text": "Fasen", "items": [{"id": "coach", "label": "Coach"},
        {"id": "expert", "label": "Expert"}, {"id": "leider", "label": "Leider"}]})";
constexpr const char* kChoice =
    R"({"id": "rol", "type": "choice", "text": "Rol", "options": [{"id": "ja", "label": "Ja"},
        {"id": "nee", "label": "Nee"}, {"id": "weet", "label": "Weet niet"}]})";
constexpr const char* kLikert =
    R"({"id": "tevreden", "type": "likert", "text": "Tevreden", "scale": ["oneens", "neutraal", "eens"]})";
constexpr const char* kNumber = R"({"id": "uren", "type": "number", "text": "Uren", "min": 0, "max": 40, "unit": "uur"})";

std::string definition(const std::string& questions, const std::string& version = "1") {
  return R"({"id": "t", "version": ")" + version +
         R"(", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": [)" + questions + "]}";
}

Questionnaire parsed(const std::string& questions) { return parse_definition(definition(questions), "test.json"); }

std::string all(const std::string& rank, const std::string& choice, const std::string& likert,
                const std::string& number) {
  return rank + ", " + choice + ", " + likert + ", " + number;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

std::vector<std::string> worded(const WaveComparability& comparability) {
  std::vector<std::string> lines;
  for (const auto& note : comparability.notes) lines.push_back(ComparisonText(Language::nl).note(note));
  return lines;
}

}  // namespace

TEST_CASE("the same definition compares every closed question and every item", "[waves]") {
  const Questionnaire same = parsed(all(kRank, kChoice, kLikert, kNumber));
  const WaveComparability comparability = check_comparability(same, same);
  CHECK(comparability.notes.empty());
  REQUIRE(comparability.questions.size() == 4);
  CHECK(comparability.questions[0].items == std::vector<std::string>{"coach", "expert", "leider"});
  CHECK(comparability.questions[1].items == std::vector<std::string>{"ja", "nee", "weet"});
  CHECK(comparability.questions[2].items.empty());
}

TEST_CASE("a renamed rank item makes the whole ranking incomparable, naming both ids", "[waves]") {
  const Questionnaire before = parsed(all(kRank, kChoice, kLikert, kNumber));
  const Questionnaire after = parsed(all(replaced(kRank, R"("id": "leider")", R"("id": "leidinggevende")"), kChoice,
                                         kLikert, kNumber));
  const WaveComparability comparability = check_comparability(before, after);
  CHECK(comparability.questions.size() == 3);
  CHECK(worded(comparability) ==
        std::vector<std::string>{"vraag fasen: de te ordenen onderdelen zijn veranderd, dus alle scores verschuiven "
                                 "(- leider; + leidinggevende)"});
}

TEST_CASE("a removed option leaves the other options comparable and is named", "[waves]") {
  const Questionnaire before = parsed(all(kRank, kChoice, kLikert, kNumber));
  const Questionnaire after =
      parsed(all(kRank, replaced(kChoice, R"(, {"id": "weet", "label": "Weet niet"})", ""), kLikert, kNumber));
  const WaveComparability comparability = check_comparability(before, after);
  REQUIRE(comparability.questions.size() == 4);
  CHECK(comparability.questions[1].items == std::vector<std::string>{"ja", "nee"});
  CHECK(worded(comparability) == std::vector<std::string>{"rol / weet: is uit de vragenlijst gehaald"});
}

TEST_CASE("a changed type, scale, unit or a dropped question is named with its reason", "[waves]") {
  const Questionnaire before = parsed(all(kRank, kChoice, kLikert, kNumber));
  const std::string choice_as_multi = replaced(kChoice, R"("type": "choice")", R"("type": "multi")");
  const std::string shorter_scale = replaced(kLikert, R"(, "eens"])", "]");
  const std::string in_minutes = replaced(kNumber, R"("unit": "uur")", R"("unit": "minuten")");
  const WaveComparability comparability =
      check_comparability(before, parsed(choice_as_multi + ", " + shorter_scale + ", " + in_minutes));
  CHECK(comparability.questions.empty());
  CHECK(worded(comparability) == std::vector<std::string>{
                                     "vraag fasen: staat niet meer in de vragenlijst",
                                     "vraag rol: het soort vraag is veranderd (choice -> multi)",
                                     "vraag tevreden: de schaal heeft een ander aantal punten (3 -> 2)",
                                     "vraag uren: de eenheid is veranderd (uur -> minuten)",
                                 });
}

TEST_CASE("a survey follows an earlier survey of the same questionnaire only", "[waves]") {
  testing::ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const std::string first_text = definition(all(kRank, kChoice, kLikert, kNumber));
  const auto first = store.create_survey(store.save_questionnaire(first_text, parse_definition(first_text, "t")),
                                         "nulmeting", {{"a", 5}});
  const std::string later_text = definition(all(kRank, kChoice, kLikert, kNumber), "2");
  const auto later_row = store.save_questionnaire(later_text, parse_definition(later_text, "t"));
  const auto second = store.create_survey(later_row, "nameting", {{"a", 5}}, first);
  CHECK(store.load_survey(second).summary.follows == first);
  CHECK(store.load_survey(first).summary.follows == 0);
  CHECK_THROWS_WITH(store.create_survey(later_row, "x", {{"a", 5}}, 42), Catch::Contains("er is geen peiling 42 om op te volgen"));

  std::string other_text = replaced(first_text, R"({"id": "t")", R"({"id": "ander")");
  const auto other = store.create_survey(store.save_questionnaire(other_text, parse_definition(other_text, "o")),
                                         "ander", {{"a", 5}});
  CHECK_THROWS_WITH(store.create_survey(later_row, "x", {{"a", 5}}, other),
                    Catch::Contains("een vervolgmeting volgt een peiling van dezelfde vragenlijst"));
  CHECK(store.list_surveys().size() == 3);
}

TEST_CASE("survey create --follows stores the wave and survey show names what does not compare", "[waves][cli]") {
  testing::ScratchDir dir;
  testing::write_file(dir.path() / "v1.json", definition(all(kRank, kChoice, kLikert, kNumber)));
  testing::write_file(dir.path() / "v2.json",
                      definition(all(kRank, replaced(kChoice, R"(, {"id": "weet", "label": "Weet niet"})", ""),
                                     kLikert, kNumber),
                                 "2"));
  auto run = [&](const std::vector<std::string>& args) {
    std::ostringstream out, err;
    std::vector<std::string> full = args;
    full.insert(full.end(), {"--db", dir.file("p.sqlite")});
    const int code = run_cli(full, out, err);
    INFO(err.str());
    REQUIRE(code == 0);
    return out.str();
  };
  run({"survey", "create", "--questionnaire", dir.file("v1.json"), "--name", "nulmeting", "--group", "a=5"});
  CHECK(run({"survey", "create", "--questionnaire", dir.file("v2.json"), "--name", "nameting", "--group", "a=5",
             "--follows", "1"}) == "2\n");
  const std::string shown = run({"survey", "show", "2"});
  CHECK_THAT(shown, Catch::Contains("volgt op peiling 1: 4 vragen zijn te vergelijken; niet te vergelijken:\n"
                                    "  rol / weet: is uit de vragenlijst gehaald\n"));
  CHECK_THAT(run({"survey", "show", "1"}), !Catch::Contains("follows"));
}
