// The `peiling` verbs run as a process: exit codes (0 ok, 1 user error, 2 usage), --help on
// every verb, messages on stderr naming what is wrong, and the demo as the main job.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace peiling::testing;

namespace {

const std::string kGreven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

ProcessResult peiling_run(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

std::string create_greven_survey(const ScratchDir& dir) {
  const auto created = peiling_run(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "nulmeting",
                                         "--group", "directie=4", "--group", "ib=5", "--group", "leerkrachten=15"});
  REQUIRE(created.exit_code == 0);
  return created.out.substr(0, created.out.find('\n'));
}

}  // namespace

TEST_CASE("validate prints a one-line summary for a good definition", "[cli]") {
  ScratchDir dir;
  const auto result = peiling_run(dir, {"validate", kGreven});
  CHECK(result.exit_code == 0);
  CHECK(count_occurrences(result.out, "\n") == 1);
  CHECK_THAT(result.out, Catch::Contains("greven-fasen"));
}

TEST_CASE("validate exits 1 naming the file, line and node of a bad definition", "[cli]") {
  ScratchDir dir;
  write_file(dir.file("kapot.json"), "{\n  \"id\": \"x\",\n  \"title\": \"t\"\n  \"groups\": []\n}\n");
  const auto syntax = peiling_run(dir, {"validate", "kapot.json"});
  CHECK(syntax.exit_code == 1);
  CHECK(syntax.err == "kapot.json:3:15: hier ontbreekt een komma na deze waarde (vóór de volgende, op regel 4)\n");

  write_file(dir.file("typo.json"), R"({"id": "x", "title": "t", "groups": [{"id": "a", "label": "A"}],
    "questions": [{"id": "q", "type": "rank", "text": "Orden", "itmes": []}]})");
  const auto typo = peiling_run(dir, {"validate", "typo.json"});
  CHECK(typo.exit_code == 1);
  CHECK_THAT(typo.err, Catch::Contains("typo.json") && Catch::Contains("questions[0]") && Catch::Contains("itmes"));
  CHECK(typo.out.empty());

  const auto missing = peiling_run(dir, {"validate", "bestaat-niet.json"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("bestaat-niet.json"));
}

TEST_CASE("validate lists every problem of a definition, one line each, in file order", "[cli]") {
  ScratchDir dir;
  write_file(dir.file("twee.json"), R"({"id": "x", "title": "t", "groups": [{"id": "a", "label": "A"}],
  "questions": [
    {"id": "q", "type": "likert", "text": "Q", "options": ["ja", "nee"], "scale": ["ja", "nee"]},
    {"id": "q", "type": "text", "text": ""}
  ]})");
  const auto result = peiling_run(dir, {"validate", "twee.json", "--lang", "en"});
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "twee.json:3:48: questions[0].options: 'options' belongs to a choice or multi question, not to a likert "
        "question; a likert question lists its scale labels in 'scale'\n"
        "twee.json:4:12: questions[1].id: duplicate question id 'q'\n"
        "twee.json:4:41: questions[1].text: must not be empty\n");
}

TEST_CASE("validate says a key of another question type once, at the key, in Dutch and in English", "[cli]") {
  ScratchDir dir;
  write_file(dir.file("soort.json"), R"({"id": "x", "title": "t", "groups": [{"id": "a", "label": "A"}],
  "questions": [
    {"id": "k", "type": "choice", "text": "Kies", "scale": ["ja", "nee"]},
    {"id": "v", "type": "likert", "text": "Vind", "options": [{"id": "ja", "label": "Ja"}]}
  ]})");
  const auto dutch = peiling_run(dir, {"validate", "soort.json"});
  CHECK(dutch.exit_code == 1);
  CHECK(dutch.err ==
        "soort.json:3:51: questions[0].scale: 'scale' hoort bij een likert- of matrix-vraag, niet bij een "
        "choice-vraag; een choice-vraag noemt haar opties in 'options'\n"
        "soort.json:4:51: questions[1].options: 'options' hoort bij een choice- of multi-vraag, niet bij een "
        "likert-vraag; een likert-vraag noemt haar schaalpunten in 'scale'\n");
  const auto english = peiling_run(dir, {"validate", "soort.json", "--lang", "en"});
  CHECK(english.exit_code == 1);
  CHECK(english.err ==
        "soort.json:3:51: questions[0].scale: 'scale' belongs to a likert or matrix question, not to a choice "
        "question; a choice question lists its options in 'options'\n"
        "soort.json:4:51: questions[1].options: 'options' belongs to a choice or multi question, not to a likert "
        "question; a likert question lists its scale labels in 'scale'\n");
}

TEST_CASE("new writes a definition that validates as written, or a copy with a new id", "[cli]") {
  ScratchDir dir;
  const auto started = peiling_run(dir, {"new", "Mijn Peiling.json"});
  CHECK(started.exit_code == 0);
  const auto checked = peiling_run(dir, {"validate", "Mijn Peiling.json"});
  CHECK(checked.exit_code == 0);
  CHECK(checked.out == "Mijn Peiling.json: in orde: mijn-peiling 1: 4 vragen (1 choice, 2 text, 1 likert), 3 groepen, "
                       "0 codeerschema's\n");
  const std::string starter = read_file(dir.file("Mijn Peiling.json"));
  CHECK_THAT(starter, Catch::Contains("\"show_if\"") && Catch::Contains("peiling-questionnaire.schema.json"));
  CHECK_THAT(starter, Catch::Contains("\"language\": \"nl\"") && Catch::Contains("Vervang deze titel"));
  const auto english = peiling_run(dir, {"new", "poll.json", "--lang", "en"});
  CHECK(english.out == "poll.json: poll 1: 4 questions (1 choice, 2 text, 1 likert), 3 groups, 0 coding frames\n"
                       "check it after every change with: peiling validate poll.json\n");
  CHECK_THAT(read_file(dir.file("poll.json")), Catch::Contains("\"language\": \"en\"") && Catch::Contains("Replace this title"));
  CHECK(peiling_run(dir, {"validate", "poll.json"}).exit_code == 0);

  CHECK(peiling_run(dir, {"new", "kopie.json", "--from", "greven-fasen"}).exit_code == 0);
  const auto copied = peiling_run(dir, {"validate", "kopie.json", "--lang", "en"});
  CHECK(copied.exit_code == 0);
  CHECK(copied.out == "kopie.json: ok: kopie 1: 5 questions (1 number, 1 rank, 3 text), 3 groups, 1 coding frame\n");

  const auto again = peiling_run(dir, {"new", "kopie.json"});
  CHECK(again.exit_code == 1);
  CHECK(again.err == "peiling: kopie.json: bestaat al; kies een andere naam\n");
  CHECK_THAT(read_file(dir.file("kopie.json")), Catch::Contains("\"id\": \"kopie\""));
}

TEST_CASE("usage errors exit 2 and every verb has --help", "[cli]") {
  ScratchDir dir;
  CHECK(peiling_run(dir, {}).exit_code == 2);
  CHECK(peiling_run(dir, {"vliegen"}).exit_code == 2);
  CHECK(peiling_run(dir, {"validate"}).exit_code == 2);
  CHECK(peiling_run(dir, {"survey", "create", "--questionnaire", kGreven}).exit_code == 2);
  CHECK(peiling_run(dir, {"report", "--survey", "abc"}).exit_code == 2);
  for (const auto& verb : std::vector<std::vector<std::string>>{
           {"--help"}, {"validate", "--help"}, {"new", "--help"}, {"survey", "--help"}, {"survey", "create", "--help"},
           {"survey", "list", "--help"}, {"survey", "show", "--help"}, {"report", "--help"}, {"code", "--help"},
           {"code", "list", "--help"}, {"code", "set", "--help"}, {"code", "import", "--help"}, {"demo", "--help"}}) {
    const auto help = peiling_run(dir, verb);
    INFO(verb.front());
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Catch::Contains("gebruik:"));
  }
}

TEST_CASE("survey create, list and show work on a database", "[cli][survey]") {
  ScratchDir dir;
  CHECK(create_greven_survey(dir) == "1");
  CHECK(std::filesystem::exists(dir.file("peiling.sqlite")));

  const auto list = peiling_run(dir, {"survey", "list"});
  CHECK(list.exit_code == 0);
  CHECK_THAT(list.out, Catch::Contains("nulmeting") && Catch::Contains("greven-fasen"));

  const auto show = peiling_run(dir, {"survey", "show", "1"});
  CHECK(show.exit_code == 0);
  CHECK_THAT(show.out, Catch::Contains("leerkrachten    15"));
  CHECK_THAT(show.out, Catch::Contains("vragen voor leerkrachten"));
  // rol is asked to directie and ib only, hulp to leerkrachten only.
  const auto teacher_part = show.out.substr(show.out.find("vragen voor leerkrachten"));
  CHECK_THAT(teacher_part, Catch::Contains("hulp") && !Catch::Contains("rol "));

  const auto unknown = peiling_run(dir, {"survey", "show", "42"});
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("42"));
}

TEST_CASE("survey create refuses bad group specs and unknown groups", "[cli][survey]") {
  ScratchDir dir;
  const auto bad_count = peiling_run(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "x", "--group",
                                           "directie=vier"});
  CHECK(bad_count.exit_code == 2);
  CHECK_THAT(bad_count.err, Catch::Contains("directie=vier"));
  const auto unknown = peiling_run(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "x", "--group",
                                         "directie=4", "--group", "ib=5", "--group", "leerkrachten=15", "--group",
                                         "ouders=30"});
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("ouders"));
  CHECK_FALSE(std::filesystem::exists(dir.file("peiling.sqlite")));  // refused before anything was stored
  const auto missing = peiling_run(dir, {"survey", "create", "--questionnaire", kGreven, "--name", "x", "--group",
                                         "directie=4", "--group", "Directie=5", "--lang", "en"});
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("group 'directie' is given twice") &&
                              Catch::Contains("no invited count for ib (give ib=0") &&
                              Catch::Contains("no invited count for leerkrachten"));
}

TEST_CASE("a bundled questionnaire can be named by its id, by every verb that takes a definition", "[cli][survey]") {
  ScratchDir dir;
  const auto created = peiling_run(dir, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "x",
                                         "--group", "directie=1", "--group", "ib=1", "--group", "leerkrachten=1"});
  CHECK(created.exit_code == 0);
  const auto validated = peiling_run(dir, {"validate", "greven-fasen"});
  CHECK(validated.exit_code == 0);
  CHECK_THAT(validated.out, Catch::Contains("greven-fasen: in orde"));
  const auto unknown = peiling_run(dir, {"validate", "greven-fase"});
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("meegeleverd:") && Catch::Contains("greven-fasen"));
}

TEST_CASE("a group is named by its id or its label everywhere", "[cli][survey]") {
  ScratchDir dir;
  const auto created = peiling_run(dir, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "x",
                                         "--group", "Directie=4", "--group", "intern begeleiders=5", "--group",
                                         "Leerkrachten=15"});
  INFO(created.err);
  REQUIRE(created.exit_code == 0);
  CHECK_THAT(peiling_run(dir, {"survey", "show", "1"}).out, Catch::Contains("leerkrachten    15"));
  CHECK(peiling_run(dir, {"print", "--survey", "1", "--group", "Leerkrachten", "--out", "f.html"}).exit_code == 0);
  CHECK(peiling_run(dir, {"tokens", "--survey", "1", "--group", "Leerkrachten", "--count", "1"}).exit_code == 0);
  const auto unknown = peiling_run(dir, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "x",
                                         "--group", "Directie=4", "--group", "ouders=5"});
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("ouders=5") && Catch::Contains("leerkrachten (Leerkrachten)"));
}

TEST_CASE("the demo prints and reports exactly the thesis figures", "[cli][demo]") {
  ScratchDir dir;
  const auto demo = peiling_run(dir, {"demo", "--out", "uit"});
  REQUIRE(demo.exit_code == 0);
  CHECK_THAT(demo.out, Catch::Contains("directie (3/4 = 75%): 1,0 3,3 3,7 5,0 2,0"));
  CHECK_THAT(demo.out, Catch::Contains("ib (4/5 = 80%): 1,3 2,8 4,0 4,3 2,8"));
  CHECK_THAT(demo.out, Catch::Contains("leerkrachten (8/15 = 53%): 3,0 3,8 3,9 2,8 1,6"));
  const auto html = read_file(dir.path() / "uit" / "rapport.html");
  for (const char* figure : {"1,0", "3,3", "3,7", "5,0", "2,0", "1,3", "2,8", "4,0", "4,3", "3,0", "3,8", "3,9", "1,6"})
    CHECK_THAT(html, Catch::Contains(figure));
  CHECK_THAT(html, Catch::Contains("3 van de 4 = 75%"));
  CHECK_THAT(html, Catch::Contains("4 van de 5 = 80%"));
  CHECK_THAT(html, Catch::Contains("8 van de 15 = 53%"));
  for (const char* file : {"rapport.html", "slides.html", "rapport.md", "scores.csv", "demo.sqlite"})
    CHECK(std::filesystem::exists(dir.path() / "uit" / file));
}

TEST_CASE("code set, list and import place open answers and refuse unknown ones", "[cli][code]") {
  ScratchDir dir;
  REQUIRE(peiling_run(dir, {"demo", "--out", "uit"}).exit_code == 0);
  const std::string db = "uit/demo.sqlite";
  const auto list = peiling_run(dir, {"code", "list", "--survey", "1", "--db", db});
  CHECK(list.exit_code == 0);
  CHECK_THAT(list.out, Catch::Contains("-\tEigenlijk bij alles waar ik zelf niet uitkom."));

  const auto uncoded_id = list.out.substr(0, list.out.find("\t-\tEigenlijk"));
  const auto id = uncoded_id.substr(uncoded_id.rfind('\n') + 1);
  CHECK(peiling_run(dir, {"code", "set", "--db", db, "--response", id, "--question", "hulp", "--code", "f3"})
            .exit_code == 0);
  CHECK_THAT(peiling_run(dir, {"code", "list", "--survey", "1", "--db", db}).out,
             Catch::Contains(id + "\tf3\tEigenlijk"));

  const auto bad_code = peiling_run(dir, {"code", "set", "--db", db, "--response", id, "--question", "hulp", "--code", "f9"});
  CHECK(bad_code.exit_code == 1);
  CHECK_THAT(bad_code.err, Catch::Contains("f9"));
  const auto bad_response = peiling_run(dir, {"code", "set", "--db", db, "--response", "999", "--question", "hulp", "--code", "f1"});
  CHECK(bad_response.exit_code == 1);
  CHECK_THAT(bad_response.err, Catch::Contains("999"));

  // An import with one bad row stores none of its rows.
  write_file(dir.file("codes.csv"), "response;question;code;coder\n" + id + ";hulp;f1;b\n" + id + ";hulp;f7;b\n");
  const auto bad_import = peiling_run(dir, {"code", "import", "--db", db, "--survey", "1", "codes.csv"});
  CHECK(bad_import.exit_code == 1);
  CHECK_THAT(bad_import.err, Catch::Contains("codes.csv:3") && Catch::Contains("f7"));
  CHECK_THAT(peiling_run(dir, {"code", "list", "--survey", "1", "--db", db}).out, Catch::Contains(id + "\tf3\t"));

  write_file(dir.file("codes.csv"), "response,question,code,coder\n" + id + ",hulp,f1,b\n");
  CHECK(peiling_run(dir, {"code", "import", "--db", db, "--survey", "1", "codes.csv"}).exit_code == 0);
  CHECK_THAT(peiling_run(dir, {"code", "list", "--survey", "1", "--db", db}).out, Catch::Contains(id + "\tf1\t"));
}

TEST_CASE("verbs that read a database refuse a missing one instead of creating it", "[cli]") {
  ScratchDir dir;
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"survey", "list", "--db", "typo.sqlite"},
           {"survey", "show", "1", "--db", "typo.sqlite"},
           {"report", "--survey", "1", "--db", "typo.sqlite"},
           {"code", "list", "--survey", "1", "--db", "typo.sqlite"}}) {
    const auto result = peiling_run(dir, args);
    INFO(args.front() << " " << args[1]);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("typo.sqlite: die database bestaat niet"));
  }
  CHECK_FALSE(std::filesystem::exists(dir.file("typo.sqlite")));
}

TEST_CASE("a PostgreSQL URI as --db that cannot be reached says so, hiding the password", "[cli]") {
  ScratchDir dir;
  const std::string uri = "postgresql://anna:geheim@127.0.0.1:1/peiling";  // nothing listens on port 1
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"survey", "list", "--db", uri},
           {"survey", "create", "--questionnaire", "greven-fasen", "--name", "t", "--group", "directie=4", "--group",
            "ib=5", "--group", "leerkrachten=15", "--db", uri}}) {
    const auto result = peiling_run(dir, args);
    INFO(args[1]);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::StartsWith("peiling: kan geen verbinding maken met postgresql://anna:***@127.0.0.1:1/peiling: "));
    CHECK(result.err.find('\n') == result.err.size() - 1);  // libpq's lines joined into one
    CHECK_THAT(result.err, !Catch::Contains("geheim"));
  }
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("report writes every file when an optional Likert got no answers and other groups are empty", "[cli][report]") {
  // The audit's reproduction: three directie rows of ib-taken-bespreking, nobody answered
  // `vaker`, no ib'er or teacher responded. The statistics table of `vaker` had no group
  // column and rapport.md read past its header (a segfault, or stray bytes in the file).
  ScratchDir dir;
  const auto created = peiling_run(dir, {"survey", "create", "--questionnaire", "ib-taken-bespreking", "--name", "t",
                                         "--group", "directie=4", "--group", "ib=5", "--group", "leerkrachten=15"});
  REQUIRE(created.exit_code == 0);
  write_file(dir.file("a.csv"),
             "groep,hoe-vaak,met-wie,duidelijk,vaker,afspraak\n"
             "directie,nooit,,2,,x\ndirectie,nooit,,3,,x\ndirectie,nooit,,3,,x\n");
  REQUIRE(peiling_run(dir, {"import", "--survey", "1", "a.csv"}).exit_code == 0);
  const auto report = peiling_run(dir, {"report", "--survey", "1", "--out", "rapport"});
  REQUIRE(report.exit_code == 0);
  const std::string markdown = read_file(dir.path() / "rapport" / "rapport.md");
  CHECK(markdown.find('\0') == std::string::npos);
  CHECK_THAT(markdown, Catch::Contains("Ik zou vaker met elkaar willen praten"));
  CHECK(std::filesystem::exists(dir.path() / "rapport" / "rapport.html"));
  CHECK(std::filesystem::exists(dir.path() / "rapport" / "slides.html"));
}

TEST_CASE("report: the LBBO poll's shares to one decimal, its chart, finding and tidy scores", "[cli][report]") {
  // Seed 004: 72 ib'ers; nooit 16,7% / 1-3 keer 52,8% / 4-6 keer 20,8% / meer dan 6 keer 9,7%.
  ScratchDir dir;
  REQUIRE(peiling_run(dir, {"survey", "create", "--questionnaire", "ib-taken-bespreking", "--name", "lbbo", "--group",
                            "directie=0", "--group", "ib=80", "--group", "leerkrachten=0"})
              .exit_code == 0);
  std::string csv = "groep,hoe-vaak,met-wie,duidelijk,vaker,afspraak\n";
  const std::vector<std::pair<std::string, int>> answers{
      {"nooit", 12}, {"1-3-keer", 38}, {"4-6-keer", 15}, {"meer-dan-6-keer", 7}};
  for (const auto& [option, count] : answers)
    for (int i = 0; i < count; ++i) csv += "ib," + option + ",directie,4,,Taakverdeling " + std::to_string(i) + "\n";
  write_file(dir.file("peiling.csv"), csv);
  REQUIRE(peiling_run(dir, {"import", "--survey", "1", "peiling.csv"}).exit_code == 0);
  REQUIRE(peiling_run(dir, {"report", "--survey", "1", "--out", "rapport"}).exit_code == 0);

  const std::string html = read_file(dir.path() / "rapport" / "rapport.html");
  for (const std::string share : {"12 (16,7%)", "38 (52,8%)", "15 (20,8%)", "7 (9,7%)"})
    CHECK_THAT(html, Catch::Contains(">" + share + "<"));
  CHECK_THAT(html, Catch::Contains("de meeste intern begeleiders (52,8%) kozen ‘1 tot 3 keer’"));
  // The open question has no coding frame: its answers are listed, but no code 'holds most'.
  CHECK_THAT(html, !Catch::Contains("de meeste antwoorden vallen onder"));
  // One group asked: no 'Alle groepen' column beside it.
  CHECK_THAT(html, !Catch::Contains("<th scope=\"col\" class=\"num\">Alle groepen</th>"));

  const std::string chart = read_file(dir.path() / "rapport" / "grafiek-hoe-vaak-ib.svg");
  for (const std::string label : {"16,7% (12)", "52,8% (38)", "20,8% (15)", "9,7% (7)"})
    CHECK_THAT(chart, Catch::Contains(">" + label + "<"));
  const std::string scores = read_file(dir.path() / "rapport" / "scores.csv");
  CHECK_THAT(scores, Catch::Contains("\nib,hoe-vaak,choice,nooit,Nooit,,,72,12,16.7,,,\n"));
  CHECK_THAT(scores, Catch::Contains("\nib,hoe-vaak,choice,meer-dan-6-keer,Meer dan 6 keer,,,72,7,9.7,,,\n"));
  CHECK_THAT(scores, Catch::Contains("\nib,met-wie,multi,directie,De directie,,,72,72,100.0,,,\n"));
  CHECK_THAT(scores, !Catch::Contains("\nalle,"));
}
