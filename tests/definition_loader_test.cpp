// The definition loader: every class of invalid definition fails with the file, line,
// node path and problem; a valid definition fills the model as declared.
#include <catch2/catch.hpp>
#include <string>

#include "engine/definition_loader.h"

using namespace peiling;

namespace {

// The message of the DefinitionError parsing `text` throws, or "no error".
std::string error_of(const std::string& text) {
  try {
    parse_definition(text, "test.json", Language::en);
  } catch (const DefinitionError& error) {
    return error.what();
  }
  return "no error";
}

// A valid head with groups a and b and coding frame `frame` (codes c1, c2); the question
// list starts on line 3, so a question written on one line is reported on line 3.
std::string with_questions(const std::string& questions) {
  return R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
"coding_frames": [{"id": "frame", "label": "F", "codes": [{"id": "c1", "label": "C1"}, {"id": "c2", "label": "C2"}]}],
"questions": [)" + questions + "]}";
}

std::string with_question(const std::string& question) { return with_questions(question); }

constexpr const char* kTwoItems = R"([{"id": "i1", "label": "I1"}, {"id": "i2", "label": "I2"}])";

std::string rank_with_items(const std::string& items, const std::string& extra = "") {
  return with_question(R"({"id": "r", "type": "rank", "text": "R", )" + extra + R"("items": )" + items + "}");
}

}  // namespace

TEST_CASE("a syntax error names the file, line and column") {
  CHECK(error_of("{\"id\": \"t\",\n\"title\" \"T\"}") == "test.json:2:9: invalid JSON: expected ':'");
  CHECK(error_of("{\"id\": \"t\",\n\n\"title\": \"T\",\n}") == "test.json:3:13: a comma after the last element; remove it (JSON allows none before '}')");
  CHECK(error_of("") == "test.json:1:1: invalid JSON: expected value");
}

TEST_CASE("a UTF-8 byte order mark is skipped") {
  CHECK(error_of("\xEF\xBB\xBF{\"id\": \"t\"}") == "test.json:1:1: title: required key is missing\n"
    "test.json:1:1: groups: required key is missing\n"
    "test.json:1:1: questions: required key is missing");
}

TEST_CASE("a file that cannot be read is named in the message") {
  const std::string path = "/nonexistent-peiling-dir/vragenlijst.json";
  CHECK_THROWS_WITH(load_definition_file(path, Language::en), path + ": cannot read the file: No such file or directory");
  CHECK_THROWS_WITH(read_definition_text(path, Language::en), path + ": cannot read the file: No such file or directory");
  CHECK_THROWS_WITH(read_definition_text(PEILING_SOURCE_DIR, Language::en), std::string(PEILING_SOURCE_DIR) +
                                                                  ": cannot read the file: it is a directory");
}

TEST_CASE("an unknown key fails at the key, suggesting the nearest known key") {
  // A misspelt required key is one problem, not a second one saying the key is missing.
  CHECK(error_of(with_question(R"({"id": "r", "type": "rank", "text": "R", "itmes": []})")) ==
        "test.json:3:56: questions[0].itmes: unknown key 'itmes': did you mean 'items'?");
  CHECK(error_of(R"({"id": "t", "titel": "T"})") == "test.json:1:1: groups: required key is missing\n"
    "test.json:1:1: questions: required key is missing\n"
    "test.json:1:13: titel: unknown key 'titel': did you mean 'title'?");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "colour": "red"})")) ==
        "test.json:3:56: questions[0].colour: unknown key 'colour'");
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "lable": "A"}], "questions": []})") ==
        "test.json:1:50: groups[0].lable: unknown key 'lable': did you mean 'label'?\n"
          "test.json:1:79: questions: a questionnaire needs at least 1 question");
  // A key that is not misspelt but unknown still leaves the required key missing.
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "naam": "A"}], "questions": []})") ==
        "test.json:1:38: groups[0].label: required key is missing\n"
          "test.json:1:50: groups[0].naam: unknown key 'naam'\n"
          "test.json:1:78: questions: a questionnaire needs at least 1 question");
}

TEST_CASE("a problem with a value is placed at the value, a problem with a key at the key") {
  CHECK(error_of(with_question(R"({"id": "n", "type": "number", "text": "N", "min": "nul", "max": 5})")) ==
        "test.json:3:65: questions[0].min: 'nul' is not a number");
  CHECK(error_of(with_question(R"({"id": "n", "type": "number", "text": "N", "min": 0, "max": 5, "integer": 1})")) ==
        "test.json:3:89: questions[0].integer: '1' is not true or false");
  CHECK(error_of(with_question(R"({"id": "t", "type": "text", "text": "T", "max_length": 0})")) ==
        "test.json:3:70: questions[0].max_length: must be at least 1");
  CHECK(error_of(with_question(R"({"id": "t", "type": "text", "text": "T", "max_length": 5, "unit": "x"})")) ==
        "test.json:3:73: questions[0].unit: 'unit' belongs to a number question, not to a text question");
}

TEST_CASE("a key given twice in one object fails") {
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "text": "Again"})")) ==
        "test.json:3:56: questions[0].text: duplicate key 'text'");
}

TEST_CASE("a node of the wrong shape fails, naming what was expected and found") {
  CHECK(error_of("[1, 2]") == "test.json:1:1: top level: expected an object, found an array");
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": {"id": "a"}})") ==
        "test.json:1:1: questions: required key is missing\n"
          "test.json:1:37: groups: expected an array, found an object");
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": ["a"]})") ==
        "test.json:1:1: questions: required key is missing\n"
          "test.json:1:38: groups[0]: expected an object, found a string");
  CHECK(error_of(R"({"id": "t", "title": {}})") == "test.json:1:1: groups: required key is missing\n"
    "test.json:1:1: questions: required key is missing\n"
    "test.json:1:22: title: expected a string, found an object");
  CHECK(error_of(with_question(R"({"id": "q", "type": "likert", "text": "Q", "scale": "eens"})")) ==
        "test.json:3:67: questions[0].scale: expected an array, found a string");
}

TEST_CASE("numbers and booleans are checked") {
  CHECK(error_of(with_question(R"({"id": "n", "type": "number", "text": "N", "min": "abc", "max": 5})")) ==
        "test.json:3:65: questions[0].min: 'abc' is not a number");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "required": "yes"})")) ==
        "test.json:3:68: questions[0].required: 'yes' is not true or false");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "max_length": 2.5})")) ==
        "test.json:3:70: questions[0].max_length: '2.5' is not a whole number");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "max_length": 0})")) ==
        "test.json:3:70: questions[0].max_length: must be at least 1");
}

TEST_CASE("an unknown question type fails, listing the known types") {
  CHECK(error_of(with_question(R"({"id": "q", "type": "ranking", "text": "Q"})")) ==
        "test.json:3:35: questions[0].type: unknown question type 'ranking' "
        "(known types: rank, number, text, choice, multi, likert, matrix)");
}

TEST_CASE("a missing required key fails at the key's path, on the line of its object") {
  CHECK(error_of(R"({"title": "T"})") == "test.json:1:1: id: required key is missing\n"
    "test.json:1:1: groups: required key is missing\n"
    "test.json:1:1: questions: required key is missing");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text"})")) ==
        "test.json:3:15: questions[0].text: required key is missing");
  CHECK(error_of(with_question(R"({"id": "r", "type": "rank", "text": "R"})")) ==
        "test.json:3:15: questions[0].items: required key is missing");
  CHECK(error_of(with_question(R"({"id": "n", "type": "number", "text": "N", "min": 0})")) ==
        "test.json:3:15: questions[0].max: required key is missing");
}

TEST_CASE("empty ids, labels and texts fail") {
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": ""}]})") ==
        "test.json:1:1: questions: required key is missing\n"
          "test.json:1:59: groups[0].label: must not be empty");
  CHECK(error_of(with_question(R"({"id": "", "type": "text", "text": "Q"})")) ==
        "test.json:3:22: questions[0].id: must not be empty");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "  "})")) ==
        "test.json:3:51: questions[0].text: must not be empty");
  CHECK(error_of(rank_with_items(R"([{"id": "i1", "label": "I1"}, {"id": "i2", "label": ""}])")) ==
        "test.json:3:117: questions[0].items[1].label: must not be empty");
  CHECK(error_of(with_question(R"({"id": "q", "type": "likert", "text": "Q", "scale": ["oneens", ""]})")) ==
        "test.json:3:78: questions[0].scale[1]: must not be empty");
}

TEST_CASE("ids may hold only a-z, 0-9, '_' and '-'") {
  CHECK(error_of(with_question(R"({"id": "Jaren werkzaam", "type": "text", "text": "Q"})")) ==
        "test.json:3:22: questions[0].id: 'Jaren werkzaam' is not a valid id: use only a-z, 0-9, '_' and '-'");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "groups": ["a<b"]})")) ==
        "test.json:3:67: questions[0].groups[0]: 'a<b' is not a valid id: use only a-z, 0-9, '_' and '-'");
}

TEST_CASE("duplicate ids fail at the second one") {
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}],
"questions": [{"id": "q", "type": "text", "text": "Q"}]})") == "test.json:1:72: groups[1].id: duplicate group id 'a'");
  CHECK(error_of(with_questions(R"({"id": "q", "type": "text", "text": "Q"},
{"id": "q", "type": "text", "text": "Q2"})")) == "test.json:4:8: questions[1].id: duplicate question id 'q'");
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}],
"coding_frames": [{"id": "f", "label": "F", "codes": [{"id": "c", "label": "C"}, {"id": "c", "label": "D"}]}],
"questions": [{"id": "q", "type": "text", "text": "Q"}]})") ==
        "test.json:2:89: coding_frames[0].codes[1].id: duplicate code id 'c'");
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}],
"coding_frames": [{"id": "f", "label": "F", "codes": [{"id": "c", "label": "C"}]},
{"id": "f", "label": "G", "codes": [{"id": "c", "label": "C"}]}],
"questions": [{"id": "q", "type": "text", "text": "Q"}]})") ==
        "test.json:3:8: coding_frames[1].id: duplicate coding frame id 'f'");
  CHECK(error_of(rank_with_items(R"([{"id": "i1", "label": "I1"}, {"id": "i1", "label": "I2"}])")) ==
        "test.json:3:102: questions[0].items[1].id: duplicate item id 'i1'");
  CHECK(error_of(with_question(R"({"id": "c", "type": "choice", "text": "C", "options": )" + std::string(kTwoItems) +
                               R"(}, {"id": "m", "type": "multi", "text": "M", "options": [{"id": "o", "label": "O"},
{"id": "o", "label": "P"}]})")) == "test.json:4:8: questions[1].options[1].id: duplicate option id 'o'");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "groups": ["a", "a"]})")) ==
        "test.json:3:72: questions[0].groups[1]: 'a' is listed twice in the groups");
}

TEST_CASE("questions need enough items, options and scale labels") {
  CHECK(error_of(rank_with_items(R"([{"id": "i1", "label": "I1"}])")) ==
        "test.json:3:65: questions[0].items: a rank question needs at least 2 items");
  CHECK(error_of(with_question(R"({"id": "c", "type": "choice", "text": "C", "options": []})")) ==
        "test.json:3:69: questions[0].options: a choice question needs at least 2 options");
  CHECK(error_of(with_question(R"({"id": "m", "type": "multi", "text": "M", "options": [{"id": "o", "label": "O"}]})")) ==
        "test.json:3:68: questions[0].options: a multi question needs at least 2 options");
  CHECK(error_of(with_question(R"({"id": "l", "type": "likert", "text": "L", "scale": ["eens"]})")) ==
        "test.json:3:67: questions[0].scale: a likert question needs at least 2 scale labels");
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [], "questions": []})") ==
        "test.json:1:37: groups: a questionnaire needs at least 1 group\n"
          "test.json:1:54: questions: a questionnaire needs at least 1 question");
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": []})") ==
        "test.json:1:79: questions: a questionnaire needs at least 1 question");
  CHECK(error_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}],
"coding_frames": [{"id": "f", "label": "F", "codes": []}], "questions": [{"id": "q", "type": "text", "text": "Q"}]})") ==
        "test.json:2:54: coding_frames[0].codes: a coding frame needs at least 1 code");
}

TEST_CASE("number limits must be in order") {
  CHECK(error_of(with_question(R"({"id": "n", "type": "number", "text": "N", "min": 10, "max": 2.5})")) ==
        "test.json:3:65: questions[0].min: min (10) is greater than max (2.5)");
}

TEST_CASE("multi choice limits must fit the options") {
  const std::string options = R"("options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}, {"id": "z", "label": "Z"}])";
  CHECK(error_of(with_question(R"({"id": "m", "type": "multi", "text": "M", "min_choices": 3, "max_choices": 2, )" +
                               options + "}")) ==
        "test.json:3:72: questions[0].min_choices: min_choices (3) is greater than max_choices (2)");
  CHECK(error_of(with_question(R"({"id": "m", "type": "multi", "text": "M", "max_choices": 4, )" + options + "}")) ==
        "test.json:3:72: questions[0].max_choices: max_choices (4) is more than the 3 options");
  CHECK(error_of(with_question(R"({"id": "m", "type": "multi", "text": "M", "min_choices": 4, )" + options + "}")) ==
        "test.json:3:72: questions[0].min_choices: min_choices (4) is more than the 3 options");
}

TEST_CASE("a question may only be limited to declared groups") {
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "groups": ["a", "ouders"]})")) ==
        "test.json:3:72: questions[0].groups[1]: unknown group 'ouders' (groups: a, b)");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "groups": []})")) ==
        "test.json:3:66: questions[0].groups: list at least one group, or leave out 'groups' to ask every group");
}

TEST_CASE("coding frame references must resolve") {
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "coding_frame": "fram"})")) ==
        "test.json:3:72: questions[0].coding_frame: unknown coding frame 'fram' (frames: frame)");
  CHECK(error_of(rank_with_items(R"([{"id": "i1", "label": "I1", "code": "c1"}, {"id": "i2", "label": "I2", "code": "c9"}])",
                                 R"("coding_frame": "frame", )")) ==
        "test.json:3:170: questions[0].items[1].code: code 'c9' is not in coding frame 'frame'");
  CHECK(error_of(rank_with_items(R"([{"id": "i1", "label": "I1", "code": "c1"}, {"id": "i2", "label": "I2"}])")) ==
        "test.json:3:102: questions[0].items[0].code: an item with a code needs the question to name its coding_frame");
}

TEST_CASE("keys of another question type fail") {
  CHECK(error_of(with_question(R"({"id": "n", "type": "number", "text": "N", "min": 0, "max": 5, "coding_frame": "frame"})")) ==
        "test.json:3:78: questions[0].coding_frame: 'coding_frame' belongs to a rank or text question, not to a "
        "number question");
  CHECK(error_of(with_question(R"({"id": "q", "type": "text", "text": "Q", "direction": "low"})")) ==
        "test.json:3:56: questions[0].direction: 'direction' belongs to a rank question, not to a text question");
  CHECK(error_of(with_question(R"({"id": "r", "type": "rank", "text": "R", "options": []})")) ==
        "test.json:3:56: questions[0].options: 'options' belongs to a choice or multi question, not to a rank "
        "question; a rank question lists its items in 'items'");
  CHECK(error_of(with_question(R"({"id": "c", "type": "choice", "text": "C", "options": [{"id": "x", "label": "X", "code": "c1"}]})")) ==
        "test.json:3:96: questions[0].options[0].code: 'code' does not apply to an option; only rank items link to a code");
  CHECK(error_of(rank_with_items(kTwoItems, R"("direction": "up", )")) ==
        "test.json:3:69: questions[0].direction: unknown direction 'up' "
        "(use 'high': the highest number is most important, or 'low': 1 is most important)");
  CHECK(error_of(R"({"id": "t", "title": "T", "language": "de"})") ==
        "test.json:1:1: groups: required key is missing\n"
          "test.json:1:1: questions: required key is missing\n"
          "test.json:1:39: language: unknown language 'de' (use 'nl' or 'en')");
}

TEST_CASE("semantic errors carry the line of the offending node") {
  const std::string text = R"({
  "id": "t",
  "title": "T",
  "groups": [{"id": "a", "label": "A"}],
  "questions": [
    {"id": "q", "type": "text", "text": "Q"},
    {
      "id": "r",
      "type": "rank",
      "text": "R",
      "items": [
        {"id": "i1", "label": "I1"}
      ]
    }
  ]
})";
  try {
    parse_definition(text, "lines.json", Language::en);
    FAIL("no error");
  } catch (const DefinitionError& error) {
    CHECK(std::string(error.what()) == "lines.json:11:16: questions[1].items: a rank question needs at least 2 items");
    CHECK(error.file() == "lines.json");
    CHECK(error.line() == 11);
    CHECK(error.node_path() == "questions[1].items");
    CHECK(error.problem() == "a rank question needs at least 2 items");
  }
}

TEST_CASE("a valid definition fills the model with all six question types") {
  const Questionnaire questionnaire = parse_definition(with_questions(R"(
{"id": "jaren", "type": "number", "text": "Jaren?", "min": 0, "max": 50, "unit": "jaar", "integer": true},
{"id": "fasen", "type": "rank", "text": "Orden", "help": "Elk cijfer 1 keer", "required": true, "direction": "low",
 "high_label": "heel belangrijk", "low_label": "minder belangrijk", "coding_frame": "frame",
 "items": [{"id": "i1", "label": "I1", "description": "eerste", "code": "c1"}, {"id": "i2", "label": "I2", "code": "c2"}]},
{"id": "taak", "type": "text", "text": "Taak?", "coding_frame": "frame", "max_length": 500, "groups": ["b"]},
{"id": "vaak", "type": "choice", "text": "Hoe vaak?", "options": [{"id": "nooit", "label": "Nooit"}, {"id": "vaak", "label": "Vaak"}]},
{"id": "welke", "type": "multi", "text": "Welke?", "min_choices": 1, "max_choices": 2,
 "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}, {"id": "z", "label": "Z"}]},
{"id": "eens", "type": "likert", "text": "Eens?", "groups": ["a", "b"], "scale": ["oneens", "neutraal", "eens"]})"),
                                                       "test.json");
  CHECK(questionnaire.id == "t");
  CHECK(questionnaire.version == "1");
  CHECK(questionnaire.language == "nl");
  CHECK(questionnaire.intro.empty());
  REQUIRE(questionnaire.groups.size() == 2);
  CHECK(questionnaire.groups[1].label == "B");
  REQUIRE(questionnaire.coding_frames.size() == 1);
  CHECK(questionnaire.coding_frames[0].codes[1].id == "c2");
  REQUIRE(questionnaire.questions.size() == 6);

  const Question& jaren = questionnaire.questions[0];
  CHECK(jaren.type == QuestionType::number);
  CHECK(jaren.min == 0);
  CHECK(jaren.max == 50);
  CHECK(jaren.unit == "jaar");
  CHECK(jaren.integer);
  CHECK_FALSE(jaren.required);
  CHECK(jaren.groups.empty());

  const Question& fasen = questionnaire.questions[1];
  CHECK(fasen.type == QuestionType::rank);
  CHECK(fasen.help == "Elk cijfer 1 keer");
  CHECK(fasen.required);
  CHECK(fasen.direction == RankDirection::low_is_most);
  CHECK(fasen.high_label == "heel belangrijk");
  CHECK(fasen.low_label == "minder belangrijk");
  CHECK(fasen.coding_frame == "frame");
  REQUIRE(fasen.items.size() == 2);
  CHECK(fasen.items[0].description == "eerste");
  CHECK(fasen.items[0].code == "c1");
  CHECK(fasen.items[1].description.empty());

  const Question& taak = questionnaire.questions[2];
  CHECK(taak.type == QuestionType::text);
  CHECK(taak.max_length == 500);
  CHECK(taak.coding_frame == "frame");
  CHECK(taak.groups == std::vector<std::string>{"b"});
  CHECK_FALSE(taak.asked_to("a"));

  const Question& vaak = questionnaire.questions[3];
  CHECK(vaak.type == QuestionType::choice);
  REQUIRE(vaak.items.size() == 2);
  CHECK(vaak.items[0].label == "Nooit");

  const Question& welke = questionnaire.questions[4];
  CHECK(welke.type == QuestionType::multi);
  CHECK(welke.items.size() == 3);
  CHECK(welke.min_choices == 1);
  CHECK(welke.max_choices == 2);

  const Question& eens = questionnaire.questions[5];
  CHECK(eens.type == QuestionType::likert);
  CHECK(eens.scale == std::vector<std::string>{"oneens", "neutraal", "eens"});

  CHECK(summarize(questionnaire, Language::en) ==
        "t 1: 6 questions (1 number, 1 rank, 1 text, 1 choice, 1 multi, 1 likert), 2 groups, 1 coding frame");
}

TEST_CASE("optional keys get their defaults") {
  const Questionnaire questionnaire = parse_definition(
      R"({"id": "t", "version": 2, "title": "T", "language": "en", "intro": "Why", "groups": [{"id": "a", "label": "A"}],
"questions": [{"id": "r", "type": "rank", "text": "R", "items": [{"id": "i1", "label": "I1"}, {"id": "i2", "label": "I2"}]},
{"id": "q", "type": "text", "text": "Q"}]})",
      "test.json");
  CHECK(questionnaire.version == "2");
  CHECK(questionnaire.language == "en");
  CHECK(questionnaire.intro == "Why");
  CHECK(questionnaire.coding_frames.empty());
  CHECK(questionnaire.questions[0].direction == RankDirection::high_is_most);
  CHECK(questionnaire.questions[0].coding_frame.empty());
  CHECK(questionnaire.questions[1].max_length == 2000);
  CHECK(summarize(questionnaire, Language::en) == "t 2: 2 questions (1 rank, 1 text), 1 group, 0 coding frames");
}
