// A definition's problems come all at once, in file order, each as
// FILE:LINE:COLUMN: path: problem; the usual slips of hand-written JSON (curly quotes,
// a comma after the last element, a missing comma, a key without quotes) are named as
// such, every one of them, instead of the parser's "expected value".
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/definition_loader.h"
#include "engine/json_slips.h"

using namespace peiling;

namespace {

std::vector<std::string> problems_of(const std::string& text) {
  std::vector<std::string> lines;
  try {
    parse_definition(text, "peiling.json", Language::en);
  } catch (const DefinitionError& error) {
    for (const DefinitionProblem& problem : error.problems()) lines.push_back(to_string(problem));
  }
  return lines;
}

}  // namespace

TEST_CASE("every problem of a definition is reported at once, in file order") {
  // A duplicate id (found by the checks after reading) on line 6 and an unknown key and a
  // bad type (found while reading) on lines 4 and 7: all three, by line.
  const std::string text = R"({"id": "t", "title": "T",
  "groups": [{"id": "a", "label": "A"}],
  "questions": [
    {"id": "q", "type": "text", "txt": "Q", "text": "Q"},
    {"id": "r", "type": "likert", "text": "R", "scale": ["ja", "nee"]},
    {"id": "q", "type": "text", "text": "Again"},
    {"id": "s", "type": "ranking", "text": "S"}
  ]})";
  CHECK(problems_of(text) == std::vector<std::string>{
                                 "peiling.json:4:33: questions[0].txt: unknown key 'txt': did you mean 'text'?",
                                 "peiling.json:6:12: questions[2].id: duplicate question id 'q'",
                                 "peiling.json:7:25: questions[3].type: unknown question type 'ranking' (known types: "
                                 "rank, number, text, choice, multi, likert, matrix)"});
}

TEST_CASE("what() of a definition error holds one line per problem") {
  try {
    parse_definition(R"({"id": "T", "title": ""})", "x.json", Language::en);
    FAIL("no error");
  } catch (const DefinitionError& error) {
    CHECK(std::string(error.what()) ==
          "x.json:1:1: groups: required key is missing\n"
          "x.json:1:1: questions: required key is missing\n"
          "x.json:1:8: id: 'T' is not a valid id: use only a-z, 0-9, '_' and '-'\n"
          "x.json:1:22: title: must not be empty");
    CHECK(error.problems().size() == 4);
    CHECK(error.line() == 1);
    CHECK(error.column() == 1);
  }
}

TEST_CASE("a problem inside a question does not hide the problems of the next one") {
  const auto problems = problems_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": [
{"id": "n", "type": "number", "text": "N", "min": "nul", "max": 5},
{"id": "c", "type": "choice", "text": "C", "options": [{"id": "X", "label": "X"}, {"id": "y", "label": ""}]}]})");
  CHECK(problems == std::vector<std::string>{
                        "peiling.json:2:51: questions[0].min: 'nul' is not a number",
                        "peiling.json:3:63: questions[1].options[0].id: 'X' is not a valid id: use only a-z, 0-9, '_' "
                        "and '-'",
                        "peiling.json:3:104: questions[1].options[1].label: must not be empty"});
}

TEST_CASE("a broken list is reported once, not again as the references that depend on it") {
  // The groups are not a list: the question's group is not reported unknown as well.
  CHECK(problems_of(R"({"id": "t", "title": "T", "groups": {"id": "a"},
"questions": [{"id": "q", "type": "text", "text": "Q", "groups": ["a"]}]})") ==
        std::vector<std::string>{"peiling.json:1:37: groups: expected an array, found an object"});
}

TEST_CASE("a likert question given options is told to use scale") {
  CHECK(problems_of(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": [
{"id": "l", "type": "likert", "text": "L", "scale": ["ja", "nee"], "options": [{"id": "ja", "label": "Ja"}]}]})") ==
        std::vector<std::string>{"peiling.json:2:68: questions[0].options: 'options' belongs to a choice or multi "
                                 "question, not to a likert question; a likert question lists its scale labels in "
                                 "'scale'"});
}

TEST_CASE("curly quotes are named, every one, with line and column") {
  const std::string text = "{\"id\": \"t\",\n  \"title\": \u201CT\u201D,\n  \u201Cgroups\u201D: []}";
  const auto problems = problems_of(text);
  REQUIRE(problems.size() == 2);
  CHECK_THAT(problems[0], Catch::StartsWith("peiling.json:2:12: a curly quote"));
  CHECK_THAT(problems[0], Catch::Contains("straight double quotes"));
  CHECK_THAT(problems[1], Catch::StartsWith("peiling.json:3:3: a curly quote"));
}

TEST_CASE("a comma after the last element is named where it is") {
  CHECK(problems_of("{\"id\": \"t\",\n \"groups\": [1, 2,],\n \"title\": \"T\",\n}") ==
        std::vector<std::string>{
            "peiling.json:2:17: a comma after the last element; remove it (JSON allows none before ']')",
            "peiling.json:3:14: a comma after the last element; remove it (JSON allows none before '}')"});
}

TEST_CASE("a missing comma is placed after the value it should follow") {
  CHECK(problems_of("{\"id\": \"t\"\n \"title\": \"T\",\n \"groups\": [{\"id\": \"a\"} {\"id\": \"b\"}]}") ==
        std::vector<std::string>{
            "peiling.json:1:11: a comma is missing after this value (before the next one on line 2)",
            "peiling.json:3:24: a comma is missing after this value (before the next one on line 3)"});
}

TEST_CASE("a key without quotes and a text in single quotes are named") {
  CHECK(problems_of("{id: \"t\", \"title\": 'T'}") ==
        std::vector<std::string>{"peiling.json:1:2: the key id has no quotes; write \"id\"",
                                 "peiling.json:1:20: a text in single quotes ('...'); JSON needs double quotes "
                                 "(\"...\")"});
  CHECK(problems_of("{\"id\": t}") ==
        std::vector<std::string>{"peiling.json:1:8: the text 't' has no quotes; write \"t\""});
}

TEST_CASE("the slip finder finds nothing in valid JSON and stops where it cannot read on") {
  CHECK(find_json_slips(R"({"a": [1, -2.5e3, true, null, "x\"y"], "b": {}})").slips.empty());
  CHECK(find_json_slips(R"({"a": [1, -2.5e3, true, null, "x\"y"], "b": {}})").stop == std::string_view::npos);
  const JsonSlips stopped = find_json_slips("{\"a\" 1}");
  CHECK(stopped.slips.empty());
  CHECK(stopped.stop == 5);
}

TEST_CASE("the problems are in the language asked for, the parser's own messages too") {
  const auto dutch = [](const std::string& text) {
    try {
      parse_definition(text, "p.json", Language::nl);
    } catch (const DefinitionError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  CHECK(dutch("{\"id\": \"t\",\n\"title\" \"T\"}") == "p.json:2:9: ongeldige JSON: hier hoort een ':'");
  CHECK(dutch("") == "p.json:1:1: ongeldige JSON: hier hoort een waarde");
  CHECK(dutch(R"({"id": "t", "title": "\uDC00"})") ==
        "p.json:1: ongeldige JSON: ongeldige tekencode in een tekst (een \\u-code zonder zijn andere helft, of een "
        "teken dat geen UTF-8 is)");
  CHECK(dutch("{\"id\": \"t\", \"title\": 'T',}") ==
        "p.json:1:22: een tekst tussen enkele aanhalingstekens ('...'); JSON wil dubbele aanhalingstekens (\"...\")\n"
        "p.json:1:25: een komma na het laatste element; haal die weg (JSON staat er geen toe vóór '}')");
  CHECK(dutch(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}],
"questions": [{"id": "l", "type": "likert", "text": "L", "scale": ["ja", "ja"], "groups": ["b"]}]})") ==
        "p.json:1:72: groups[1].id: dubbele groep-id 'a'\n"
        "p.json:2:74: questions[0].scale[1]: 'ja' staat twee keer in de schaal\n"
        "p.json:2:92: questions[0].groups[0]: onbekende groep 'b' (groepen: a, a)");
}

// A key of another type is one slip: one problem, at that key, naming the type it belongs
// to and what this type uses instead, not also "required key is missing" for the key it
// stands in for.
TEST_CASE("a key of another question type is one problem at that key, saying whose key it is") {
  const std::string text = R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": [
{"id": "c", "type": "choice", "text": "C", "scale": ["x", "y"]},
{"id": "l", "type": "likert", "text": "L", "options": [{"id": "a", "label": "A"}]},
{"id": "n", "type": "number", "text": "N", "min": 0, "max": 3, "options": []},
{"id": "m", "type": "multi", "text": "M", "options": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}], "scale": ["x"]},
{"id": "r", "type": "rank", "text": "R", "statements": []}]})";
  CHECK(problems_of(text) ==
        std::vector<std::string>{
            "peiling.json:2:44: questions[0].scale: 'scale' belongs to a likert or matrix question, not to a choice "
            "question; a choice question lists its options in 'options'",
            "peiling.json:3:44: questions[1].options: 'options' belongs to a choice or multi question, not to a "
            "likert question; a likert question lists its scale labels in 'scale'",
            "peiling.json:4:64: questions[2].options: 'options' belongs to a choice or multi question, not to a "
            "number question",
            "peiling.json:5:110: questions[3].scale: 'scale' belongs to a likert or matrix question, not to a multi "
            "question; a multi question lists its options in 'options'",
            "peiling.json:6:42: questions[4].statements: 'statements' belongs to a matrix question, not to a rank "
            "question; a rank question lists its items in 'items'"});
  // In Dutch, the same one problem.
  try {
    parse_definition(R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": [
{"id": "c", "type": "choice", "text": "C", "scale": ["x", "y"]}]})",
                     "peiling.json", Language::nl);
    FAIL("the definition was accepted");
  } catch (const DefinitionError& error) {
    REQUIRE(error.problems().size() == 1);
    CHECK(to_string(error.problems().front()) ==
          "peiling.json:2:44: questions[0].scale: 'scale' hoort bij een likert- of matrix-vraag, niet bij een "
          "choice-vraag; een choice-vraag noemt haar opties in 'options'");
  }
}
