// Definition and mapping files are checked before Boost's recursive parser sees them:
// nesting deeper than 64 levels and text that is not UTF-8 are refused with file, line and
// column, instead of a stack overflow or stored bytes that spoil every export.
#include <catch2/catch.hpp>
#include <string>

#include "engine/column_mapping.h"
#include "engine/definition_loader.h"
#include "engine/json_prescan.h"
#include "import_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

std::string nested(int levels) { return std::string(levels, '[') + std::string(levels, ']'); }

std::string definition_error(const std::string& text) {
  try {
    parse_definition(text, "test.json", Language::en);
  } catch (const DefinitionError& error) {
    return error.what();
  }
  return "no error";
}

// The 87,000 levels (175 KB) that crashed validate, survey create and import --map.
const std::string kDeep = "{\"id\": \"t\",\n  \"title\": " + nested(87000) + "}";

}  // namespace

TEST_CASE("prescan_json finds the first bracket past 64 levels", "[json_prescan]") {
  CHECK_FALSE(prescan_json(nested(64)).has_value());
  const auto problem = prescan_json(nested(65), Language::en);
  REQUIRE(problem.has_value());
  CHECK(problem->offset == 64);
  CHECK(problem->problem == "nested deeper than 64 levels");
  CHECK_FALSE(prescan_json("[\"" + std::string(100, '[') + "\"]").has_value());  // brackets in a string
  CHECK_FALSE(prescan_json("[\"\\\"" + std::string(100, '{') + "\"]").has_value());  // after an escaped quote
  CHECK(prescan_json("[\"\\\\\"" + std::string(100, '{') + "]").has_value());  // an escaped backslash ends nothing
}

TEST_CASE("a definition nested deeper than 64 levels is refused with line and column", "[json_prescan]") {
  CHECK(definition_error(kDeep) == "test.json:2:75: nested deeper than 64 levels");
  CHECK_THAT(definition_error("{\"id\": \"t\", \"title\": " + nested(60) + "}"),
             !Catch::Contains("nested"));  // the limit leaves room for any real definition
}

TEST_CASE("a definition that is not UTF-8 is refused with line and column", "[json_prescan][utf8]") {
  CHECK(definition_error("{\"id\": \"t\",\n \"title\": \"\xc0\xbc\"}") ==
        "test.json:2:12: the text is not valid UTF-8 (byte C0); save the file as UTF-8");
  CHECK(definition_error("{\"id\": \"t\",\n \"title\": \"é\xed\xa0\x80\"}") ==
        "test.json:2:13: the text is not valid UTF-8 (byte ED); save the file as UTF-8");
  CHECK(definition_error("{\"id\": \"\xf5\x80\x80\x80\"}") ==
        "test.json:1:9: the text is not valid UTF-8 (byte F5); save the file as UTF-8");
}

TEST_CASE("a mapping file nested too deep or not UTF-8 is refused with line and column", "[json_prescan][map]") {
  ScratchDir dir;
  write_file(dir.file("diep.json"), "{\"columns\":\n  " + nested(100) + "}");
  CHECK_THROWS_WITH(load_column_mapping(dir.file("diep.json")),
                    dir.file("diep.json") + ":2:66: dieper genest dan 64 niveaus");
  write_file(dir.file("latin1.json"), "{\"columns\": {\"co\xf6rdinator\": \"groep\"}}");
  CHECK_THROWS_WITH(load_column_mapping(dir.file("latin1.json")),
                    dir.file("latin1.json") + ":1:17: de tekst is geen geldige UTF-8 (byte F6); sla het bestand op als UTF-8");
}

TEST_CASE("a mapping file is read as before, and a wrong shape is named by its node", "[json_prescan][map]") {
  const ColumnMapping mapping = load_column_mapping(PEILING_SOURCE_DIR "/examples/google-forms-greven.map.json");
  CHECK(mapping.ignored.count("tijdstempel") == 1);
  CHECK(mapping.columns.at("wat is je functie op school?") == "groep");
  CHECK(*mapping.value_for("groep", "groep", "leerkracht") == "leerkrachten");
  ScratchDir dir;
  write_file(dir.file("m.json"), "{\"columns\": {\"a\": {\"b\": \"c\"}}}");
  CHECK_THROWS_WITH(load_column_mapping(dir.file("m.json")),
                    Catch::Contains("m.json:1:19: columns.a: elk item moet \"van\": \"naar\" zijn"));
  write_file(dir.file("m.json"), "{\"columns\": {},\n \"kolommen\": {}}");
  CHECK_THROWS_WITH(load_column_mapping(dir.file("m.json")),
                    Catch::Contains("m.json:2:2: kolommen: onbekende sleutel 'kolommen'; een vertaling heeft columns, ignore en values"));
}

TEST_CASE("a mapping file's problems come all at once, one per line, in file order", "[json_prescan][map]") {
  ScratchDir dir;
  write_file(dir.file("m.json"), "{\"columns\": {\"a\": [], \"b\": \"groep\", \"c\": null},\n \"kolommen\": {},\n \"values\": 3}");
  try {
    load_column_mapping(dir.file("m.json"));
    FAIL("no error");
  } catch (const MappingError& error) {
    const std::string name = dir.file("m.json");
    CHECK(std::string(error.what()) ==
          name + ":1:19: columns.a: elk item moet \"van\": \"naar\" zijn (tekst naar tekst)\n" +
          name + ":1:42: columns.c: elk item moet \"van\": \"naar\" zijn (tekst naar tekst)\n" +
          name + ":2:2: kolommen: onbekende sleutel 'kolommen'; een vertaling heeft columns, ignore en values\n" +
          name + ":3:12: values: moet een object van kolommen zijn, elk met \"van\": \"naar\"-paren");
  }
}

TEST_CASE("validate, survey create and import --map refuse 87,000 levels of nesting instead of crashing",
          "[json_prescan][cli]") {
  ScratchDir dir;
  write_file(dir.file("diep.json"), kDeep);
  const auto validated = peiling_in(dir, {"validate", "diep.json"});
  CHECK(validated.exit_code == 1);
  CHECK(validated.err == "diep.json:2:75: dieper genest dan 64 niveaus\n");
  const auto created = peiling_in(dir, {"survey", "create", "--questionnaire", "diep.json", "--name", "x", "--group", "a=1",
                                        "--lang", "en"});
  CHECK(created.exit_code == 1);
  CHECK_THAT(created.err, Catch::Contains("diep.json:2:75: nested deeper than 64 levels"));

  const auto survey = new_survey(dir, kGrevenFile);
  write_file(dir.file("in.csv"), "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5\nib,1,1,2,3,4,5\n");
  const auto imported = peiling_in(dir, {"import", "--survey", survey, "in.csv", "--map", "diep.json"});
  CHECK(imported.exit_code == 1);
  CHECK_THAT(imported.err, Catch::Contains("diep.json:2:75: dieper genest dan 64 niveaus"));
  CHECK(response_count(dir, survey) == 0);
}
