// One language per user, end to end: every page of the web form, the command's error paths
// and a report, run in English, hold no Dutch words, and run in Dutch, no English ones
// (tests/language_guard.h). The catalogue test (messages_test.cpp) checks that every message
// has both languages; this one catches the texts that never went through the catalogue.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "app/coding_session.h"
#include "app/demo_survey.h"
#include "app/resolve_session.h"
#include "engine/store.h"
#include "base/messages.h"
#include "language_guard.h"
#include "raw_query.h"
#include "web_fixture.h"

using namespace peiling;
using peiling::testing::WebFixture;

namespace {

const char* language_name(Language language) { return language == Language::en ? "en" : "nl"; }

std::string definition_file(const std::string& id) {
  return std::string(PEILING_SOURCE_DIR) + "/questionnaires/" + id + ".json";
}

void check_page(const std::string& what, const std::string& html, const std::string& questionnaire, Language language) {
  INFO(what << " in " << language_name(language) << ":\n" << html);
  const std::string own_words = testing::without_definition_texts(testing::readable_text(html), definition_file(questionnaire));
  CHECK(testing::other_language_words(own_words, language) == std::vector<std::string>{});
}

// Every page a respondent can see of one questionnaire, in the server's language.
void check_web_pages(const std::string& questionnaire, Language language) {
  testing::MessagesIn chosen(language);
  WebFixture web(questionnaire);
  const std::string group = parse_definition(read_definition_text(definition_file(questionnaire)), "").groups.front().id;
  auto client = web.client();
  check_page("group choice", client.Get("/")->body, questionnaire, language);
  check_page("form", client.Get(("/g/" + group).c_str())->body, questionnaire, language);
  auto form = web.open_form("/g/" + group);
  const auto refused = web.post(group, form, {{"a:no-such-question", "x"}});
  CHECK(refused->status == 422);
  check_page("form with problems", refused->body, questionnaire, language);
  check_page("unknown group", client.Get("/g/no-such-group")->body, questionnaire, language);
  check_page("unknown token", client.Get("/t/0123456789abcdef0123456789abcdef")->body, questionnaire, language);
  check_page("no such page", client.Get("/no/such/page")->body, questionnaire, language);
  check_page("expired form", web.post(group, {form.cookie, "forged", form.nonce, ""}, {})->body, questionnaire, language);
}

}  // namespace

TEST_CASE("the web form speaks only the server's language, Dutch or English", "[messages][language][web]") {
  for (const char* questionnaire : {"ib-overleg", "lbbo-kernactiviteiten", "greven-fasen"}) {
    for (const Language language : {Language::nl, Language::en}) {
      INFO(questionnaire);
      check_web_pages(questionnaire, language);
    }
  }
}

TEST_CASE("the guard finds a word of the other language", "[messages][language]") {
  CHECK(testing::other_language_words("Deze pagina bestaat niet.", Language::en) ==
        std::vector<std::string>{"deze", "bestaat", "niet"});
  CHECK(testing::other_language_words("This page does not exist.", Language::nl) ==
        std::vector<std::string>{"this", "does", "not"});
  CHECK(testing::other_language_words("peiling survey list", Language::en).empty());
}

namespace {

// peiling's own words in a coding dialogue: without the answers quoted on their own line
// and without the definition's texts (the frame's labels, the questions).
std::string dialogue_words(const std::string& output) {
  std::string kept;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("  \"", 0) != 0) kept += line + "\n";
  return testing::without_definition_texts(kept, definition_file("greven-fasen"));
}

}  // namespace

TEST_CASE("the coding dialogues speak only the user's language", "[messages][language][coding]") {
  for (const Language language : {Language::nl, Language::en}) {
    testing::MessagesIn chosen(language);
    testing::ScratchDir dir;
    Store store(dir.file("demo.sqlite"));
    const std::int64_t survey = build_demo_survey(store, definition_file("greven-fasen"));
    std::istringstream session_in("\n?\n3\nu\nm memo\nm\nxyz\n1 2\nn\ns\n2\nq\n");
    std::ostringstream session_out;
    run_coding_session(store, survey, "derde", session_in, session_out);
    INFO(language_name(language) << " session:\n" << session_out.str());
    CHECK(testing::other_language_words(dialogue_words(session_out.str()), language) == std::vector<std::string>{});
    std::istringstream resolve_in("?\nm memo\na\nb\nn\nq\n");
    std::ostringstream resolve_out;
    run_resolve_session(store, survey, {"demo", "derde"}, resolve_in, resolve_out);
    INFO(language_name(language) << " resolve:\n" << resolve_out.str());
    CHECK(testing::other_language_words(dialogue_words(resolve_out.str()), language) == std::vector<std::string>{});
  }
}

#ifdef PEILING_BINARY
namespace {

const std::string kGreven = definition_file("greven-fasen");

// Runs peiling with `args` in the language (--lang en, or nothing: Dutch) and returns its
// messages (stderr, and stdout when it printed no error) without the definition's texts
// and without what they quote (ids, column names, commands).
std::string messages_of(const testing::ScratchDir& dir, std::vector<std::string> args, Language language) {
  if (language == Language::en) args.insert(args.end(), {"--lang", "en"});
  const auto result = testing::run_process(PEILING_BINARY, args, dir.path());
  return testing::without_quoted_values(
      testing::without_definition_texts(result.err.empty() ? result.out : result.err, kGreven));
}

}  // namespace

TEST_CASE("the verbs' error paths speak only the chosen language", "[messages][language][cli]") {
  testing::ScratchDir dir;
  REQUIRE(testing::run_process(PEILING_BINARY, {"demo", "--out", "uit"}, dir.path()).exit_code == 0);
  const std::string db = "uit/demo.sqlite";
  testing::write_file(dir.file("empty.csv"), "");
  testing::write_file(dir.file("header.csv"), "naam;groep;groep\nx;ib;ib\n");
  testing::write_file(dir.file("quote.csv"), "\"groep;jaren\n");
  testing::write_file(dir.file("codes.csv"), "response;question;code;coder\n1;taak;f9;b\n");
  testing::write_file(dir.file("map.json"), "{\"kolommen\": {}}");
  const std::vector<std::vector<std::string>> error_paths{
      {"survey", "list", "--db", "typo.sqlite"},
      {"survey", "show", "99", "--db", db},
      {"survey", "create", "--questionnaire", kGreven, "--name", "x", "--group", "directie=4", "--db", db},
      {"survey", "create", "--questionnaire", kGreven, "--name", " ", "--group", "directie=4", "--group", "ib=1",
       "--group", "leerkrachten=2", "--db", db},
      {"import", "--survey", "1", "--db", db, "empty.csv"},
      {"import", "--survey", "1", "--db", db, "header.csv"},
      {"import", "--survey", "1", "--db", db, "quote.csv"},
      {"import", "--survey", "1", "--db", db, "missing.csv"},
      {"import", "--survey", "1", "--db", db, "--map", "map.json", "header.csv"},
      {"code", "set", "--db", db, "--response", "999", "--question", "taak", "--code", "f1"},
      {"code", "set", "--db", db, "--response", "1", "--question", "fasen", "--code", "f1"},
      {"code", "import", "--db", db, "--survey", "1", "codes.csv"},
      {"tokens", "--survey", "1", "--group", "ouders", "--count", "1", "--db", db},
      {"workbench", "--port", "99999", "--db", db},
      {"export", "--survey", "1", "--format", "sav", "--out", "no/such/folder/x.sav", "--db", db}};
  for (const auto& args : error_paths) {
    for (const Language language : {Language::nl, Language::en}) {
      const std::string said = messages_of(dir, args, language);
      INFO(args.front() << " " << args[1] << " " << args.back() << " in " << language_name(language) << ":\n" << said);
      CHECK_FALSE(said.empty());
      CHECK(testing::other_language_words(said, language) == std::vector<std::string>{});
    }
  }
}

namespace {

// What is left of a demo page for the guard: peiling's own words, without the definition's
// texts, the demo's data (its open answers and survey labels, Dutch in both languages) and
// what it quotes. A chart breaks a long label over lines, and a long word with a hyphen:
// those are joined first.
std::string own_words(const std::string& page, const std::string& db) {
  // A word broken over lines ends its line in U+2010 HYPHEN (chart_text.h): joined whole.
  std::string text = std::regex_replace(page, std::regex("\u2010</tspan>\\s*<tspan[^>]*>"), "");
  text = std::regex_replace(text, std::regex("</tspan>\\s*<tspan[^>]*>"), " ");
  if (text.find('<') != std::string::npos) text = testing::readable_text(text);
  std::vector<std::string> data;
  {
    Store store(db);
    RawQuery answers(store, "SELECT value FROM answers WHERE value LIKE '% %'");
    while (answers.step()) data.push_back(answers.column_text(0));
    RawQuery labels(store, "SELECT label FROM surveys");
    while (labels.step()) data.push_back(labels.column_text(0));
  }
  std::sort(data.begin(), data.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (const std::string& string : data)
    for (auto at = text.find(string); at != std::string::npos; at = text.find(string, at))
      text.replace(at, string.size(), " ");
  text = testing::without_shortened_texts(text, kGreven);
  return testing::without_quoted_values(testing::without_definition_texts(text, kGreven));
}

void check_words(const std::string& what, const std::string& words, Language language) {
  INFO(what << " in " << language_name(language) << ":\n" << words);
  CHECK(testing::other_language_words(words, language) == std::vector<std::string>{});
}

// The lines of a data-entry transcript without what was typed (echoed after "> " or in
// the summary) and without the definition's texts.
std::string entry_words(const std::string& transcript, const std::string& typed, const std::string& db) {
  std::string text = transcript;
  std::istringstream lines(typed);
  for (std::string line; std::getline(lines, line);)
    if (line.size() > 2)
      for (auto at = text.find(line); at != std::string::npos; at = text.find(line, at)) text.replace(at, line.size(), " ");
  return own_words(text, db);
}

// What `validate` says about a definition, without each problem's "FILE:LINE:COLUMN: path: "
// (the path is the format's own keys, "questions[0].scale", in both languages) and without
// what it quotes (the keys and ids the user typed).
std::string validate_words(const testing::ScratchDir& dir, const std::string& file, Language language) {
  std::vector<std::string> args{"validate", file};
  if (language == Language::en) args.insert(args.end(), {"--lang", "en"});
  const auto result = testing::run_process(PEILING_BINARY, args, dir.path());
  const std::string said = result.out + result.err;
  const std::string without_places =
      std::regex_replace(said, std::regex("(^|\n)[^ \n]+?:[0-9]+(:[0-9]+)?: ([^ \n]+: )?"), "\n");
  // A path inside a message ("comes later (questions[2])") is the format's own too.
  return testing::without_quoted_values(std::regex_replace(without_places, std::regex("[a-z_]+\\[[0-9]+\\][^ )]*"), " "));
}

// A definition with `question` as its second question, after a choice question `vaak`.
std::string definition_with(const std::string& question) {
  return R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": [
  {"id": "vaak", "type": "choice", "text": "V", "options": [{"id": "nooit", "label": "N"}, {"id": "soms", "label": "S"}]},
  )" + question + "]}";
}

}  // namespace

TEST_CASE("the report, the paper form and data entry speak only the chosen language", "[messages][language][report]") {
  for (const Language language : {Language::nl, Language::en}) {
    testing::ScratchDir dir;
    std::vector<std::string> args{"demo", "--out", "uit"};
    if (language == Language::en) args.insert(args.end(), {"--lang", "en"});
    REQUIRE(testing::run_process(PEILING_BINARY, args, dir.path()).exit_code == 0);
    const std::string db = dir.file("uit/demo.sqlite");
    for (const char* page : {"uit/rapport.html", "uit/slides.html", "uit/rapport.md", "uit/vergelijking/rapport.html",
                             "uit/vergelijking/slides.html"})
      check_words(page, own_words(testing::read_file(dir.file(page)), db), language);
    for (const char* group : {"directie", "ib", "leerkrachten"}) {
      std::vector<std::string> print{"print", "--db", "uit/demo.sqlite", "--survey", "1", "--group", group};
      if (language == Language::en) print.insert(print.end(), {"--lang", "en"});
      const auto form = testing::run_process(PEILING_BINARY, print, dir.path());
      REQUIRE(form.exit_code == 0);
      check_words(std::string("paper form for ") + group, own_words(form.out, db), language);
    }
    // A session with mistakes: an unknown group, a number out of range, a rank with a
    // number twice, too many numbers, a no and a yes, then the end of input mid-form.
    const std::string typed = "x\nib\nabc\n-1\n12\n3 4 5 1 2 9\n3 3 5 1 2\n3 4 5 1 2\nhet rooster\n\nmisschien\nn\nj\n"
                              "directie\n4\n1 2 3 4 5\n\n\nj\nj\nleerkrachten\n";
    std::vector<std::string> enter{"enter", "--db", "uit/demo.sqlite", "--survey", "1"};
    if (language == Language::en) enter.insert(enter.end(), {"--lang", "en"});
    const auto session = testing::run_process(PEILING_BINARY, enter, dir.path(), typed);
    check_words("data entry", entry_words(session.out + session.err, typed, db), language);
  }
}

TEST_CASE("validate and new speak only the chosen language, problems and hints included", "[messages][language][cli]") {
  testing::ScratchDir dir;
  const std::vector<std::pair<std::string, std::string>> broken{
      {"type.json", definition_with(R"({"id": "q", "type": "keuze", "text": "Q"})")},
      {"spelling.json", R"({"id": "t", "title": "T", "groups": [{"id": "a", "lable": "A"}], "questions": []})"},
      {"likert.json",
       definition_with(R"({"id": "l", "type": "likert", "text": "L", "scale": ["ja", "nee"], "options": ["ja"]})")},
      {"slips.json", "{\"id\": \"t\"\n \u201Ctitle\u201D: 'T',\n \"groups\": [1, 2,], titel: x}"},
      {"later.json", definition_with(R"({"id": "w", "type": "text", "text": "W", "show_if": {"question": "z", "is": ["x"]}},
  {"id": "z", "type": "choice", "text": "Z", "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}]},
  {"id": "n", "type": "number", "text": "N", "min": 5, "max": 1, "integer": "ja"})")},
      {"json.json", "{\"id\": \"t\",\n \"title\" \"T\"}"},
      {"missing.json", ""}};
  for (const auto& [file, text] : broken)
    if (!text.empty()) testing::write_file(dir.file(file), text);
  REQUIRE(testing::run_process(PEILING_BINARY, {"new", "nieuw.json"}, dir.path()).exit_code == 0);
  std::vector<std::string> files{"nieuw.json", "greven-fasen"};
  for (const auto& entry : broken) files.push_back(entry.first);
  for (const std::string& file : files) {
    for (const Language language : {Language::nl, Language::en}) {
      const std::string said = validate_words(dir, file, language);
      INFO(file << " in " << language_name(language) << ":\n" << said);
      CHECK_FALSE(said.empty());
      CHECK(testing::other_language_words(said, language) == std::vector<std::string>{});
    }
  }
  for (const Language language : {Language::nl, Language::en}) {
    std::vector<std::string> args{"new", language == Language::en ? "copy.json" : "kopie.json", "--from", "greven-fasen"};
    if (language == Language::en) args.insert(args.end(), {"--lang", "en"});
    const auto created = testing::run_process(PEILING_BINARY, args, dir.path());
    const auto refused = testing::run_process(PEILING_BINARY, args, dir.path());  // it exists now
    const std::string said = testing::without_quoted_values(created.out + refused.err);
    INFO("new in " << language_name(language) << ":\n" << said);
    CHECK(testing::other_language_words(said, language) == std::vector<std::string>{});
  }
}

// `peiling unit` and its sub-verbs: the overview, each --help (usage line, purpose, options
// and the word for an option's value) and the command-line mistakes, all from the catalogue.
TEST_CASE("peiling unit's usage and help speak only the chosen language", "[messages][language][cli]") {
  testing::ScratchDir dir;
  const std::vector<std::vector<std::string>> helps{{"unit", "--help"},           {"unit"},
                                                    {"unit", "add", "--help"},    {"unit", "import", "--help"},
                                                    {"unit", "list", "--help"},   {"unit", "list"},
                                                    {"unit", "list", "--survey", "x"},
                                                    {"unit", "list", "--survey", "1", "--survey", "2"},
                                                    {"unit", "list", "--colour"}, {"unit", "import", "a.csv", "b.csv"}};
  for (const auto& args : helps) {
    for (const Language language : {Language::nl, Language::en}) {
      std::vector<std::string> run = args;
      if (language == Language::en) run.insert(run.end(), {"--lang", "en"});
      const auto result = testing::run_process(PEILING_BINARY, run, dir.path());
      const std::string said = result.out + result.err;
      std::string command;
      for (const std::string& arg : args) command += " " + arg;
      INFO(command << " in " << language_name(language) << ":\n" << said);
      CHECK_FALSE(said.empty());
      // The help's lines joined where it wraps them, then without what is the same in both
      // languages: option names ("--survey"), the language codes ("nl of en", "(=en)").
      std::string words = std::regex_replace(said, std::regex("\n +"), " ");
      words = std::regex_replace(words, std::regex("--[a-z-]+|PEILING_LANG=en|\\(=(nl|en)\\)|nl (of|or) en"), " ");
      CHECK(testing::other_language_words(testing::without_quoted_values(words), language) == std::vector<std::string>{});
      CHECK_FALSE(std::regex_search(said, std::regex("--[a-z-]+ arg\\b")));  // Boost's own word for a value
    }
  }
}
#endif
