// Text that is not UTF-8 (overlong forms, surrogates, code points above U+10FFFF, F5 lead
// bytes, Latin-1) is refused by every reader with the place it was found, and nothing is
// stored; what is stored therefore reaches every export as valid UTF-8.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "engine/csv_reader.h"
#include "engine/definition_loader.h"
#include "engine/response.h"
#include "engine/store_text.h"
#include "import_fixture.h"
#include "web_fixture.h"

using namespace peiling;
using namespace peiling::testing;
using peiling::testing::WebFixture;

namespace {

// Each way a byte string can fail to be UTF-8, as the audit found them accepted.
const std::vector<std::pair<std::string, std::string>> kInvalid = {
    {"overlong '<'", "a\xc0\xbc" "b"},
    {"overlong '/' in three bytes", "a\xe0\x80\xaf" "b"},
    {"surrogate U+D800", "a\xed\xa0\x80" "b"},
    {"U+110000", "a\xf4\x90\x80\x80" "b"},
    {"F5 lead byte", "a\xf5\x80\x80\x80" "b"},
    {"Latin-1", "co\xf6rdinatie"},
};

ProcessResult peiling_in_with_input(const ScratchDir& dir, const std::vector<std::string>& args,
                                    const std::string& input) {
  return run_process(PEILING_BINARY, args, dir.path(), input);
}

}  // namespace

TEST_CASE("validate_response refuses an open answer that is not UTF-8", "[utf8][validation]") {
  const Questionnaire questionnaire = load_definition_file(kGrevenFile);
  for (const auto& [name, bytes] : kInvalid) {
    INFO(name);
    ResponseDraft draft{"ib", {{"taak", "", bytes}}};
    CHECK_THAT(join(problem_lines(validate_response(questionnaire, draft)), "\n"),
               Catch::Contains("taak: het antwoord bevat ongeldige tekens (geen UTF-8)"));
  }
}

TEST_CASE("import refuses a row with text that is not UTF-8, naming row and column, and stores nothing",
          "[utf8][import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const std::string header = "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n";
  for (const auto& [name, bytes] : kInvalid) {
    INFO(name);
    const std::string before = database_state(dir);
    write_file(dir.file("in.csv"), header + "directie,12,1,2,3,4,5,goed,,\nib,3,1,2,3,4,5," + bytes + ",,\n");
    const auto result = peiling_in(dir, {"import", "--survey", survey, "in.csv"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("rij 3, taak: de tekst is geen geldige UTF-8"));
    CHECK(database_state(dir) == before);
  }
}

TEST_CASE("import refuses a header that is not UTF-8 with its column", "[utf8][import]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  write_file(dir.file("in.csv"), "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,t\xc0\xa1" "ak\nib,1,1,2,3,4,5,x\n");
  const auto result = peiling_in(dir, {"import", "--survey", survey, "in.csv"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("in.csv:1, kolom 8: de tekst is geen geldige UTF-8"));
  CHECK(response_count(dir, survey) == 0);
}

TEST_CASE("parse_csv (code import) refuses a field that is not UTF-8 with line and column", "[utf8][csv]") {
  CHECK_THROWS_WITH(parse_csv("response,question,code,coder,memo\n1,taak,f3,anna,\xed\xa0\x80\n", "codes.csv"),
                    "codes.csv:2, kolom 5: de tekst is geen geldige UTF-8; sla het bestand op als 'CSV UTF-8'");
  CHECK(parse_csv("response,question,code,coder,memo\n1,taak,f3,anna,coördinator\n", "codes.csv").rows.size() == 1);
}

TEST_CASE("the web form refuses a body with text that is not UTF-8 with a 400 in Dutch, storing nothing",
          "[utf8][web]") {
  WebFixture web("greven-fasen");
  const auto form = web.open_form("/g/directie");
  const httplib::Params valid = {{"a:jaren", "12"},   {"r:fasen:f1", "1"}, {"r:fasen:f2", "2"}, {"r:fasen:f3", "5"},
                                 {"r:fasen:f4", "4"}, {"r:fasen:f5", "3"}, {"a:taak", "Meedenken"}};
  for (const auto& [name, bytes] : kInvalid) {
    INFO(name);
    for (const std::string field : {"a:taak", "a:jaren"}) {
      auto fields = valid;
      fields.erase(field);
      fields.emplace(field, bytes);
      const auto result = web.post("directie", form, fields);
      REQUIRE(result);
      CHECK(result->status == 400);
      CHECK_THAT(result->body, Catch::Contains("Onleesbare tekens") && Catch::Contains("niets opgeslagen"));
    }
    auto named = valid;
    named.emplace("a:" + bytes, "x");  // in a field's name
    CHECK(web.post("directie", form, named)->status == 400);
  }
  CHECK(web.stored_responses() == 0);
  CHECK(web.post("directie", form, valid)->status == 200);  // the same form, now valid, is stored
  CHECK(web.stored_responses() == 1);
}

TEST_CASE("enter refuses a typed line that is not UTF-8 and asks again", "[utf8][paper-cli]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const auto result = peiling_in_with_input(dir, {"enter", "--survey", survey, "--group", "leerkrachten"},
                                            "12\n3 4 5 1 2\nMeedenken \xed\xa0\x80\nMeedenken over een leerling\n\nj\nn\n");
  INFO(result.out);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("Meedenken \\xed\\xa0\\x80\n  ! deze regel bevat tekens die geen geldige "
                                         "tekst zijn (geen UTF-8); typ hem opnieuw\n"));
  CHECK_THAT(result.out, Catch::EndsWith("1 formulier opgeslagen.\n"));
  Store store(dir.file("peiling.sqlite"));
  RawQuery query(store, "SELECT value FROM answers WHERE question_id = 'taak'");
  REQUIRE(query.step());
  CHECK(query.column_text(0) == "Meedenken over een leerling");
}

TEST_CASE("an xlsx export of hostile answers stays well-formed XML, and bytes that are not UTF-8 never reach it",
          "[utf8][export]") {
  if (run_process("/bin/sh", {"-c", "command -v python3"}, ".").exit_code != 0) {
    WARN("python3 is not installed: the xlsx well-formedness test is skipped (scripts/setup.sh --with-browser)");
    return;
  }
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  const std::string header = "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n";
  for (const auto& [name, bytes] : kInvalid) {  // one bad respondent is refused, not written
    write_file(dir.file("bad.csv"), header + "ib,3,1,2,3,4,5," + bytes + ",,\n");
    CHECK(peiling_in(dir, {"import", "--survey", survey, "bad.csv"}).exit_code == 1);
  }
  // Valid UTF-8 that XML or Excel would still choke on: controls, U+FFFE and U+FFFF, ]]>, _xHHHH_.
  const std::string hostile = "a\x01" "b\x1b[31m c\xef\xbf\xbe d\xef\xbf\xbf e <&> ]]> _x0041_ \xf0\x9f\x98\x80";
  write_file(dir.file("in.csv"), header + "ib,3,1,2,3,4,5,\"" + hostile + "\",,\n");
  REQUIRE(peiling_in(dir, {"import", "--survey", survey, "in.csv"}).exit_code == 0);
  REQUIRE(peiling_in(dir, {"export", "--survey", survey, "--format", "xlsx", "--out", "a.xlsx"}).exit_code == 0);
  // Every XML part must parse; the answer cell reads back as the answer (Excel's _xHHHH_ undone).
  write_file(dir.file("check.py"), R"(import re, sys, zipfile, xml.etree.ElementTree as ET
book = zipfile.ZipFile(sys.argv[1])
for name in book.namelist():
    if name.endswith('.xml') or name.endswith('.rels'):
        ET.fromstring(book.read(name))
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
sheet = ET.fromstring(book.read('xl/worksheets/sheet1.xml'))
cell = sheet.find(".//m:c[@r='H2']/m:is/m:t", ns).text
sys.stdout.write(re.sub('_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), cell))
)");
  const auto checked = run_process("/usr/bin/env", {"python3", "check.py", "a.xlsx"}, dir.path());
  INFO(checked.err);
  REQUIRE(checked.exit_code == 0);
  CHECK(checked.out == "a\x01" "b\x1b[31m c d e <&> ]]> _x0041_ \xf0\x9f\x98\x80");
}
