// `peiling import` as people produce CSV files: every dialect (separators, BOM, quoting,
// Windows line ends, case, labels) and every error class, each refusal asserting both its
// message and that the database is unchanged.
#include <catch2/catch.hpp>

#include "engine/response_stream.h"
#include "import_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kGrevenHeader = "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n";

// The answers of every stored response of survey 1, one line per response.
std::vector<std::string> stored_answers(const ScratchDir& dir, const std::string& survey) {
  Store store(dir.file("peiling.sqlite"));
  std::vector<std::string> lines;
  for_each_stored_response(store, static_cast<std::int64_t>(std::stoll(survey)), [&](const StoredResponse& response) {
    std::string line = response.group + ":";
    for (const auto& answer : response.answers)
      line += " " + answer.question + (answer.item.empty() ? "" : "." + answer.item) + "=" + answer.value;
    lines.push_back(line);
  });
  return lines;
}

// Imports `csv` and expects a refusal that names `message`, with nothing stored.
void expect_refused(const ScratchDir& dir, const std::string& survey, const std::string& csv,
                    const std::string& message) {
  const std::string before = database_state(dir);
  write_file(dir.file("in.csv"), csv);
  const auto result = peiling_in(dir, {"import", "--survey", survey, "in.csv"});
  INFO(result.err);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains(message));
  CHECK(database_state(dir) == before);
}

}  // namespace

TEST_CASE("template writes the canonical header of a survey", "[import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const auto result = peiling_in(dir, {"template", "--survey", survey});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\r\n");
  CHECK(peiling_in(dir, {"template", "--survey", survey, "--out", "sjabloon.csv"}).exit_code == 0);
  CHECK(read_file(dir.file("sjabloon.csv")) == result.out);
}

TEST_CASE("import reads comma, semicolon and tab files with BOM, quotes and Windows line ends", "[import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const std::string comma = kGrevenHeader + "directie,12,1,2,3,4,5,\"coachen, \"\"echt\"\"\",\"twee\nregels\",\n";
  const std::string semicolon = "\xEF\xBB\xBF" "GROEP;Jaren;Fasen.F1;fasen.f2;fasen.f3;fasen.f4;fasen.f5;taak;rol;hulp\r\n"
                                "Leerkrachten;7,0;5;4;3;2;1;\"a;b\";;helpen\r\n\r\n";
  const std::string tab = "groep\tjaren\tfasen.f1\tfasen.f2\tfasen.f3\tfasen.f4\tfasen.f5\ttaak\trol\thulp\r\n"
                          "Intern begeleiders\t\t2\t1\t3\t5\t4\t\t\t\r\n";
  int file = 0;
  for (const auto& csv : {comma, semicolon, tab}) {
    const std::string name = "f" + std::to_string(++file) + ".csv";
    write_file(dir.file(name), csv);
    const auto result = peiling_in(dir, {"import", "--survey", survey, name});
    INFO(name << ": " << result.err);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("1 antwoord geïmporteerd"));
  }
  CHECK(stored_answers(dir, survey) ==
        std::vector<std::string>{
            "directie: fasen.f1=1 fasen.f2=2 fasen.f3=3 fasen.f4=4 fasen.f5=5 jaren=12 rol=twee\nregels "
            "taak=coachen, \"echt\"",
            "leerkrachten: fasen.f1=5 fasen.f2=4 fasen.f3=3 fasen.f4=2 fasen.f5=1 hulp=helpen jaren=7 taak=a;b",
            "ib: fasen.f1=2 fasen.f2=1 fasen.f3=3 fasen.f4=5 fasen.f5=4"});
}

TEST_CASE("import matches groups, options and scale points by id or label, any case", "[import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kTakenFile);
  write_file(dir.file("in.csv"),
             "groep,hoe-vaak,met-wie,duidelijk,vaker,afspraak\n"
             "INTERN BEGELEIDERS,1 tot 3 keer,De directie | team|,Eens,5,\n"
             "directie,NOOIT,,helemaal oneens,,'=geen formule\n");
  const auto result = peiling_in(dir, {"import", "--survey", survey, "in.csv"});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(stored_answers(dir, survey) ==
        std::vector<std::string>{"ib: duidelijk=4 hoe-vaak=1-3-keer met-wie.directie=1 met-wie.team=1 vaker=5",
                                 "directie: afspraak==geen formule duidelijk=1 hoe-vaak=nooit"});
}

TEST_CASE("a bad row stores nothing and every bad row is listed with line and column", "[import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const std::string before = database_state(dir);
  write_file(dir.file("in.csv"), kGrevenHeader +
                                     "directie,12,1,2,3,4,5,,,\n"
                                     "leerkrachten,3,1,2,3,4,4,,,\n"
                                     "\"ib\",99,1,2,3,4,5,,,\n"
                                     "conciërge,3,1,2,3,4,5,,,\n");
  const auto result = peiling_in(dir, {"import", "--survey", survey, "in.csv"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("rij 3, fasen: elk cijfer van 1 tot en met 5 precies één keer gebruiken; "
                                         "4 is twee keer gegeven en 5 ontbreekt"));
  CHECK_THAT(result.err, Catch::Contains("rij 4, jaren: 99 jaar kan niet"));
  CHECK_THAT(result.err, Catch::Contains("rij 5, groep: onbekende respondentgroep 'conciërge'"));
  CHECK_THAT(result.err, Catch::Contains("3 rijen afgekeurd") && Catch::Contains("er is niets opgeslagen"));
  CHECK_FALSE(Catch::Contains("rij 2").match(result.err));
  CHECK(database_state(dir) == before);
}

TEST_CASE("import refuses broken files with a clear message and stores nothing", "[import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const std::string good_row = "directie,12,1,2,3,4,5,,,\n";
  SECTION("a ragged row") {
    expect_refused(dir, survey, kGrevenHeader + good_row + "directie,12,1,2,3,4,5\n",
                   "rij 3: de rij heeft 7 velden, de kopregel 10");
  }
  SECTION("an unknown column") {
    expect_refused(dir, survey, "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,naam\nib,1,1,2,3,4,5,x\n",
                   "in.csv: onbekende kolom 'naam' (kolom 8)");
  }
  SECTION("a missing required column") {
    expect_refused(dir, survey, "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4\nib,1,1,2,3,4\n",
                   "in.csv: de verplichte kolom 'fasen.f5' ontbreekt");
  }
  SECTION("a column twice") {
    expect_refused(dir, survey, "groep,Groep,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5\nib,ib,1,2,3,4,5\n",
                   "de kolom 'groep' staat twee keer in de kopregel");
  }
  SECTION("text that is not UTF-8 (a Windows-1252 file)") {
    expect_refused(dir, survey, kGrevenHeader + "directie,12,1,2,3,4,5,co\xF6rdinatie,,\n",
                   "rij 2, taak: de tekst is geen geldige UTF-8");
  }
  SECTION("a quoted field that is never closed") {
    expect_refused(dir, survey, kGrevenHeader + good_row + "directie,12,1,2,3,4,5,\"open,,\n", "in.csv:3");
  }
  SECTION("an empty file") { expect_refused(dir, survey, "", "in.csv: het bestand is leeg"); }
  SECTION("an unknown survey") {
    write_file(dir.file("in.csv"), kGrevenHeader + good_row);
    const auto result = peiling_in(dir, {"import", "--survey", "7", "in.csv"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("er is geen peiling 7"));
  }
}

TEST_CASE("the same file is imported into a survey only once, unless --again", "[import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  write_file(dir.file("in.csv"), kGrevenHeader + "directie,12,1,2,3,4,5,,,\n");
  REQUIRE(peiling_in(dir, {"import", "--survey", survey, "in.csv"}).exit_code == 0);
  const std::string once = database_state(dir);
  write_file(dir.file("kopie.csv"), read_file(dir.file("in.csv")));  // another name, the same content
  const auto twice = peiling_in(dir, {"import", "--survey", survey, "kopie.csv"});
  CHECK(twice.exit_code == 1);
  CHECK_THAT(twice.err, Catch::Contains("al op") && Catch::Contains("geïmporteerd") && Catch::Contains("--again"));
  CHECK(database_state(dir) == once);
  CHECK(peiling_in(dir, {"import", "--survey", survey, "kopie.csv", "--again"}).exit_code == 0);
  CHECK(response_count(dir, survey) == 2);

  const auto other = new_survey(dir, kGrevenFile);  // another survey may take the same file
  CHECK(peiling_in(dir, {"import", "--survey", other, "in.csv"}).exit_code == 0);
}

TEST_CASE("import with --skip-invalid stores the good rows and writes the bad ones with reasons", "[import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  write_file(dir.file("in.csv"), kGrevenHeader +
                                     "directie,12,1,2,3,4,5,,,\n"
                                     "leerkrachten,3,1,2,3,4,4,=fout,,\n"
                                     "ib,4,5,4,3,2,1,,,\n");
  const auto result = peiling_in(dir, {"import", "--survey", survey, "in.csv", "--skip-invalid", "afgekeurd.csv"});
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("2 antwoorden geïmporteerd") && Catch::Contains("1 rij afgekeurd"));
  CHECK(response_count(dir, survey) == 2);
  const std::string rejected = read_file(dir.file("afgekeurd.csv"));
  // In the dialect Dutch Excel opens: a BOM and semicolons.
  CHECK(rejected == "\xEF\xBB\xBFgroep;jaren;fasen.f1;fasen.f2;fasen.f3;fasen.f4;fasen.f5;taak;rol;hulp;rij;reden\r\n"
                    "leerkrachten;3;1;2;3;4;4;'=fout;;;3;\"rij 3, fasen: elk cijfer van 1 tot en met 5 precies "
                    "één keer gebruiken; 4 is twee keer gegeven en 5 ontbreekt\"\r\n");
}

TEST_CASE("import --map reads the example Google Forms export", "[import][map]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const std::string examples = PEILING_SOURCE_DIR "/examples/";
  const auto result = peiling_in(dir, {"import", "--survey", survey, examples + "google-forms-greven.csv", "--map",
                                       examples + "google-forms-greven.map.json"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("4 antwoorden geïmporteerd"));
  const auto answers = stored_answers(dir, survey);
  REQUIRE(answers.size() == 4);
  CHECK(answers[0] == "directie: fasen.f1=1 fasen.f2=3 fasen.f3=4 fasen.f4=5 fasen.f5=2 jaren=22 "
                      "rol=De ib'er als coach van het team, met klassenbezoeken. taak=Coachen van leerkrachten");

  write_file(dir.file("kapot.json"), "{\"columns\": {\"a\": \"b\"}, \"kolommen\": {}}");
  const auto bad_map = peiling_in(dir, {"import", "--survey", survey, examples + "google-forms-greven.csv", "--map",
                                        "kapot.json"});
  CHECK(bad_map.exit_code == 1);
  CHECK_THAT(bad_map.err, Catch::Contains("kapot.json") && Catch::Contains("kolommen"));
}

TEST_CASE("template, import and export have --help and refuse bad command lines", "[import]") {
  ScratchDir dir;
  for (const char* verb : {"template", "import", "export"}) {
    const auto help = peiling_in(dir, {verb, "--help"});
    INFO(verb);
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Catch::Contains("gebruik: peiling " + std::string(verb)));
    CHECK(peiling_in(dir, {verb}).exit_code == 2);
  }
  CHECK(peiling_in(dir, {"export", "--survey", "1", "--format", "pdf"}).exit_code == 2);
  const auto no_db = peiling_in(dir, {"import", "--survey", "1", "x.csv"});
  CHECK(no_db.exit_code == 1);
  CHECK_THAT(no_db.err, Catch::Contains("die database bestaat niet"));
}

namespace {

const std::string kMetWie =
    "Met wie heb je het afgelopen jaar over je taken en verantwoordelijkheden als ib'er gesproken?";

// The --map of a Forms export of ib-taken-bespreking: the questions by their text, the
// time stamp and the Forms' own columns left out.
std::string forms_map(const std::vector<std::string>& ignored) {
  std::string ignore;
  for (const auto& header : ignored) ignore += (ignore.empty() ? "\"" : ", \"") + header + "\"";
  return "{\"ignore\": [" + ignore + "], \"columns\": {\"Ik werk als\": \"groep\", "
         "\"Hoe vaak zijn de taken en verantwoordelijkheden van de ib'er het afgelopen jaar met jou besproken?\": "
         "\"hoe-vaak\", \"" + kMetWie + "\": \"met-wie\", "
         "\"Op onze school is duidelijk wat we van de ib'er mogen verwachten.\": \"duidelijk\"}}";
}

const std::string kFormsHeader =
    "\"Ik werk als\",\"Hoe vaak zijn de taken en verantwoordelijkheden van de ib'er het afgelopen jaar met jou "
    "besproken?\",\"" + kMetWie + "\",\"Op onze school is duidelijk wat we van de ib'er mogen verwachten.\"";

}  // namespace

TEST_CASE("import --map splits a Google Forms checkbox cell into the ticked options, labels with commas whole",
          "[import][map]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kTakenFile);
  // As Google Forms writes its responses sheet: a time stamp first, the question texts as
  // headers, every cell quoted, the ticked labels of a checkbox question joined with ", ".
  write_file(dir.file("Formulierreacties 1.csv"),
             "\"Tijdstempel\"," + kFormsHeader + "\n"
             "\"2026/11/30 10:00:00 AM CET\",\"Intern begeleiders\",\"Nooit\",\"De directie, Het team, bijvoorbeeld "
             "in een teamvergadering, Andere ib'ers, bijvoorbeeld in een netwerk\",\"eens\"\n"
             "\"2026/11/30 10:05:00 AM CET\",\"Intern begeleiders\",\"1 tot 3 keer\",\"Het schoolbestuur\","
             "\"helemaal eens\"\n"
             "\"2026/11/30 10:07:00 AM CET\",\"Intern begeleiders\",\"Nooit\",\"samenwerkingsverband, leerkrachten\","
             "\"neutraal\"\n"
             "\"2026/11/30 10:09:00 AM CET\",\"Directie\",\"4 tot 6 keer\",\"\",\"oneens\"\n");
  write_file(dir.file("google.map.json"), forms_map({"Tijdstempel"}));
  const auto result =
      peiling_in(dir, {"import", "--survey", survey, "Formulierreacties 1.csv", "--map", "google.map.json"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("4 antwoorden geïmporteerd"));
  CHECK(stored_answers(dir, survey) ==
        std::vector<std::string>{"ib: duidelijk=4 hoe-vaak=nooit met-wie.directie=1 met-wie.netwerk=1 met-wie.team=1",
                                 "ib: duidelijk=5 hoe-vaak=1-3-keer met-wie.bestuur=1",
                                 "ib: duidelijk=3 hoe-vaak=nooit met-wie.leerkrachten=1 met-wie.samenwerkingsverband=1",
                                 "directie: duidelijk=2 hoe-vaak=4-6-keer"});
}

TEST_CASE("import --map splits a Microsoft Forms cell of options joined with ';' and names an unknown piece",
          "[import][map]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kTakenFile);
  // As Dutch Excel saves a Microsoft Forms export: ';' between fields, the Forms' own
  // columns first, the ticked labels joined with ';' and ending in one.
  const std::string header = "ID;Begintijd;Tijd van voltooien;E-mail;Naam;\"Ik werk als\";\"Hoe vaak zijn de taken en "
                             "verantwoordelijkheden van de ib'er het afgelopen jaar met jou besproken?\";\"" + kMetWie +
                             "\";\"Op onze school is duidelijk wat we van de ib'er mogen verwachten.\"\n";
  write_file(dir.file("forms.map.json"),
             forms_map({"ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"}));
  write_file(dir.file("Microsoft.csv"),
             header + "1;30-11-2026 10:00:00;30-11-2026 10:02:00;anonymous;;Intern begeleiders;Nooit;"
                      "\"Het team, bijvoorbeeld in een teamvergadering;Het samenwerkingsverband;\";eens\n"
                      "2;30-11-2026 10:03:00;30-11-2026 10:04:00;anonymous;;Intern begeleiders;4 tot 6 keer;"
                      "\"De directie;\";neutraal\n");
  const auto result = peiling_in(dir, {"import", "--survey", survey, "Microsoft.csv", "--map", "forms.map.json"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(stored_answers(dir, survey) ==
        std::vector<std::string>{"ib: duidelijk=4 hoe-vaak=nooit met-wie.samenwerkingsverband=1 met-wie.team=1",
                                 "ib: duidelijk=3 hoe-vaak=4-6-keer met-wie.directie=1"});

  // A piece that is no option (Forms' "Anders:" with its own text) refuses the row, naming
  // row, column and the piece; nothing of the file is stored.
  const std::string before = database_state(dir);
  write_file(dir.file("anders.csv"),
             header + "3;30-11-2026 11:00:00;30-11-2026 11:02:00;anonymous;;Intern begeleiders;Nooit;"
                      "\"De directie;de conciërge;\";eens\n"
                      "4;30-11-2026 11:03:00;30-11-2026 11:04:00;anonymous;;Intern begeleiders;Nooit;"
                      "\"Het schoolbestuur;\";eens\n");
  const auto refused = peiling_in(dir, {"import", "--survey", survey, "anders.csv", "--map", "forms.map.json"});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("rij 2, met-wie: 'de conciërge' niet gevonden onder de keuzemogelijkheden van deze vraag") &&
                              Catch::Contains("'Het team, bijvoorbeeld in een teamvergadering'"));
  CHECK(database_state(dir) == before);
  const auto english =
      peiling_in(dir, {"import", "--survey", survey, "anders.csv", "--map", "forms.map.json", "--lang", "en"});
  CHECK_THAT(english.err, Catch::Contains("row 2, met-wie: 'de conciërge' not found among this question's options"));
}
