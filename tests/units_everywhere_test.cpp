// Units (schools) beyond `peiling unit`, `import --unit`, serve and the reports, on SQLite
// and PostgreSQL alike (issue 18, follow-up): the `answers` view and every export name each
// response's unit, and an exported file imports back with its units; one-time tokens of a
// school (`peiling tokens --unit`) store their responses with it; `peiling enter --unit`
// stores typed-in forms with it; the workbench's Collect page gives each school its link.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "engine/store.h"
#include "engine/store_copy.h"
#include "engine/store_schema.h"
#include "web/form_nonce.h"
#include "web/security.h"
#include "database_fixture.h"
#include "raw_query.h"
#include "test_support.h"
#include "web_fixture.h"
#include "workbench_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kCsv =
    "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
    "directie,12,1,2,3,4,5,Zorg,De spin in het web,\n"
    "leerkrachten,7,1,3,2,4,5,Toetsen,,\n";

// A board's survey (id 1) with two schools, each school's file imported under its unit.
void board_survey(const FreshDatabase& db) {
  write_file(db.dir().path() / "in.csv", kCsv);
  peiling_ok(db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "bestuur", "--group", "directie=0",
                  "--group", "ib=0", "--group", "leerkrachten=0"});
  peiling_ok(db, {"unit", "add", "--survey", "1", "--unit", "klimop", "--label", "De Klimop", "--group", "directie=1",
                  "--group", "ib=1", "--group", "leerkrachten=5"});
  peiling_ok(db, {"unit", "add", "--survey", "1", "--unit", "esdoorn", "--group", "directie=1", "--group", "ib=1",
                  "--group", "leerkrachten=5"});
  peiling_ok(db, {"import", "--survey", "1", "--unit", "klimop", "in.csv"});
  peiling_ok(db, {"import", "--survey", "1", "--unit", "esdoorn", "--again", "in.csv"});
}

std::vector<std::string> column_of(const FreshDatabase& db, const std::string& sql) {
  Store store(db.location());
  RawQuery query(store, sql);
  std::vector<std::string> values;
  while (query.step()) values.push_back(query.is_null(0) ? "NULL" : query.column_text(0));
  return values;
}

}  // namespace

TEST_CASE("either database: the answers view names the unit of every answer", "[postgres][store][units][everywhere]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  board_survey(db);
  peiling_ok(db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "zonder", "--group", "directie=1",
                  "--group", "ib=1", "--group", "leerkrachten=5"});
  peiling_ok(db, {"import", "--survey", "2", "--again", "in.csv"});
  CHECK(column_of(db, "SELECT DISTINCT a.unit_id FROM answers a JOIN responses r ON r.id = a.response_id "
                      "WHERE r.survey_id = 1 ORDER BY a.unit_id") == std::vector<std::string>{"esdoorn", "klimop"});
  CHECK(column_of(db, "SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id "
                      "WHERE r.survey_id = 1 AND a.unit_id = 'klimop' AND a.question_id = 'jaren'") ==
        std::vector<std::string>{"2"});
  CHECK(column_of(db, "SELECT DISTINCT a.unit_id FROM answers a JOIN responses r ON r.id = a.response_id "
                      "WHERE r.survey_id = 2") == std::vector<std::string>{"NULL"});
}

TEST_CASE("either database: a version 9 database gets the answers view with its unit column",
          "[postgres][store][units][migration][everywhere]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  {
    auto old = open_database(db.location());
    migrate_to(*old, 9);
  }
  Store store(db.location());
  CHECK(open_database(db.location())->schema_version() == Store::kSchemaVersion);
  RawQuery query(store, "SELECT response_id, question_id, item_id, value, number, unit_id FROM answers");
  CHECK_FALSE(query.step());
}

TEST_CASE("either database: every export carries the unit, and the wide CSV imports back with it",
          "[postgres][cli][units][export][everywhere]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  board_survey(db);

  const std::string wide = peiling_ok(db, {"export", "--survey", "1", "--format", "csv", "--csv-comma"});
  CHECK_THAT(wide, Catch::Contains("groep,eenheid,jaren,"));
  CHECK_THAT(wide, Catch::Contains("directie,klimop,12,") && Catch::Contains("leerkrachten,esdoorn,7,"));
  const std::string long_csv = peiling_ok(db, {"export", "--survey", "1", "--format", "long"});
  CHECK(long_csv.rfind("response,group,unit,question,item,value\r\n", 0) == 0);
  CHECK_THAT(long_csv, Catch::Contains(",directie,klimop,jaren,,12\r\n"));

  peiling_ok(db, {"export", "--survey", "1", "--format", "r", "--out", "data.csv"});
  const std::string r_data = read_file(db.dir().path() / "data.csv");
  const std::string r_script = read_file(db.dir().path() / "data.R");
  CHECK_THAT(r_data.substr(0, r_data.find('\n')), Catch::Contains("eenheid"));
  CHECK_THAT(r_script, Catch::Contains("klimop (De Klimop)") && Catch::Contains("esdoorn"));
  CHECK_THAT(read_file(db.dir().path() / "codebook.html"), Catch::Contains("eenheid (school)"));

  peiling_ok(db, {"export", "--survey", "1", "--format", "xlsx", "--out", "data.xlsx"});
  const std::string sheet =
      run_process("/usr/bin/unzip", {"-p", "data.xlsx", "xl/worksheets/sheet1.xml"}, db.dir().path()).out;
  CHECK_THAT(sheet, Catch::Contains(">eenheid<") && Catch::Contains(">klimop<") && Catch::Contains(">esdoorn<"));

  // The wide export goes back into another board survey with the same schools, each row to its school.
  write_file(db.dir().path() / "export.csv", wide);
  peiling_ok(db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "kopie", "--group", "directie=0",
                  "--group", "ib=0", "--group", "leerkrachten=0"});
  for (const char* unit : {"klimop", "esdoorn"})
    peiling_ok(db, {"unit", "add", "--survey", "2", "--unit", unit, "--group", "directie=1", "--group", "ib=1",
                    "--group", "leerkrachten=5"});
  peiling_ok(db, {"import", "--survey", "2", "export.csv"});
  CHECK(column_of(db, "SELECT unit_id || ':' || group_id FROM responses WHERE survey_id = 2 ORDER BY id") ==
        std::vector<std::string>{"klimop:directie", "klimop:leerkrachten", "esdoorn:directie", "esdoorn:leerkrachten"});
  // --unit beside a unit column: a row of another school is refused, naming row and column.
  const auto mixed = run_peiling(db, {"import", "--survey", "2", "--unit", "klimop", "--again", "export.csv"});
  CHECK(mixed.exit_code == 1);
  CHECK_THAT(mixed.err, Catch::Contains("rij 4, eenheid: 'esdoorn'"));
}

TEST_CASE("either database: tokens --unit makes a school's slips, and its responses are stored with the school",
          "[postgres][cli][units][tokens][everywhere]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  board_survey(db);
  const auto bare = run_peiling(db, {"tokens", "--survey", "1", "--group", "ib", "--count", "2"});
  CHECK(bare.exit_code == 1);
  CHECK_THAT(bare.err, Catch::Contains("klimop, esdoorn"));
  const auto unknown = run_peiling(db, {"tokens", "--survey", "1", "--group", "ib", "--count", "2", "--unit", "eik"});
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("'eik'"));
  CHECK(column_of(db, "SELECT count(*) FROM web_tokens") == std::vector<std::string>{"0"});

  const std::string made = peiling_ok(db, {"tokens", "--survey", "1", "--group", "ib", "--count", "2", "--unit", "klimop",
                                           "--out", "klimop.html"});
  CHECK_THAT(made, Catch::Contains("De Klimop"));
  CHECK(count_occurrences(read_file(db.dir().path() / "klimop.html"), "Eenheid (school): De Klimop") == 3);  // the page, each slip
  CHECK(column_of(db, "SELECT unit_id || ':' || group_id FROM web_tokens") ==
        std::vector<std::string>{"klimop:ib", "klimop:ib"});
  // Anonymity: the token row names its school and group, nothing that leads to a response.
  CHECK(table_columns(*open_database(db.location()), "web_tokens") ==
        std::vector<std::string>{"token_hash", "survey_id", "group_id", "used", "unit_id"});
}

TEST_CASE("either database: a school's token opens its school's form, stores the school, and no other school's",
          "[postgres][web][units][tokens][everywhere]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  WebFixture web("ib-taken-bespreking", {}, db.location());
  const std::string token = peiling::web::random_key();
  const std::string other = peiling::web::random_key();
  {
    Store store(web.db_path());
    std::vector<GroupInvitation> groups;
    for (const auto& group : store.questionnaire_of(web.survey_id).groups) groups.push_back({group.id, 5});
    store.add_units(web.survey_id, {{"klimop", "De Klimop", groups}, {"esdoorn", "", groups}});
    CHECK_THROWS_AS(store.add_tokens(web.survey_id, "ib", {peiling::web::secret_hash(token)}), StoreError);
    store.add_tokens(web.survey_id, "ib", {peiling::web::secret_hash(token), peiling::web::secret_hash(other)}, "klimop");
  }
  const auto page = web.client().Get(("/t/" + token).c_str());
  REQUIRE(page);
  CHECK_THAT(page->body, Catch::Contains("action=\"/u/klimop/g/ib\""));
  const FilledForm form = web.open_form("/t/" + token);
  const auto post = [&](const std::string& path, const FilledForm& filled) {
    return web.client().Post(path.c_str(), httplib::Headers{{"Cookie", filled.cookie}},
                             httplib::Params{{"a:hoe-vaak", "1-3-keer"}, {"m:met-wie", "directie"}, {"a:duidelijk", "4"},
                                             {"a:vaker", "2"}, {"a:afspraak", "x"}, {"csrf", filled.csrf},
                                             {"nonce", filled.nonce}, {"token", filled.token}});
  };
  // The other token on another school's link (a form issued there): refused, nothing stored,
  // the token still unused. (The school's own links open no form without a token.)
  CHECK(web.client().Get("/u/esdoorn/g/ib")->status == 403);
  FilledForm crossed = form;
  crossed.token = other;
  crossed.nonce = peiling::web::issue_form_nonce(Store(web.db_path()).web_form_key(web.survey_id, ""), web.survey_id,
                                                 "esdoorn/ib");
  CHECK(post("/u/esdoorn/g/ib", crossed)->status == 403);
  CHECK(post("/u/klimop/g/ib", form)->status == 200);
  Store store(web.db_path());
  RawQuery units(store, "SELECT COALESCE(unit_id, '-') FROM responses");
  std::vector<std::string> stored;
  while (units.step()) stored.push_back(units.column_text(0));
  CHECK(stored == std::vector<std::string>{"klimop"});
  CHECK(store.unused_token_group(web.survey_id, peiling::web::secret_hash(token)).empty());
  CHECK(store.unused_token_group(web.survey_id, peiling::web::secret_hash(other)) == "ib");
}

TEST_CASE("either database: enter --unit stores the typed forms with the school, and a wrong unit stops before asking",
          "[postgres][cli][units][paper-cli][everywhere]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  board_survey(db);
  const std::string form = "leerkrachten\n12\n3 4 5 1 2\nMeedenken over een leerling\n\nj\n";
  for (const std::vector<std::string>& unit : {std::vector<std::string>{}, std::vector<std::string>{"--unit", "eik"}}) {
    std::vector<std::string> args{"enter", "--survey", "1"};
    args.insert(args.end(), unit.begin(), unit.end());
    const auto refused = run_peiling(db, args, form);
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.err, Catch::Contains("klimop, esdoorn"));
    CHECK(refused.out.empty());  // not one question asked
  }
  const auto entered = run_peiling(db, {"enter", "--survey", "1", "--unit", "esdoorn"}, form);
  INFO(entered.err);
  CHECK(entered.exit_code == 0);
  CHECK(column_of(db, "SELECT unit_id FROM responses WHERE source = 'terminal'") == std::vector<std::string>{"esdoorn"});
}

TEST_CASE("either database: the workbench's Collect page gives each school its link and QR code, and its slips",
          "[postgres][web][workbench][units][everywhere]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  WorkbenchFixture bench(db.location());
  const auto id = bench.create_survey("ib-taken-bespreking", "bestuur");
  {
    Store store(bench.db_path());
    std::vector<GroupInvitation> groups;
    for (const auto& group : store.questionnaire_of(id).groups) groups.push_back({group.id, 5});
    store.add_units(id, {{"klimop", "De Klimop", groups}, {"esdoorn", "", groups}});
  }
  const std::string path = "/peilingen/" + std::to_string(id) + "/verzamelen";
  REQUIRE(bench.post(path + "/starten", {{"scope", "computer", "", ""}})->status == 303);
  const std::string page = bench.get(path)->body;
  std::smatch match;
  REQUIRE(std::regex_search(page, match, std::regex(R"(href="http://127\.0\.0\.1:(\d+)/u/klimop/")")));
  const std::string base = "http://127.0.0.1:" + match[1].str();
  CHECK_THAT(page, Catch::Contains("De Klimop: <a href=\"" + base + "/u/klimop/\"") &&
                       Catch::Contains("esdoorn: <a href=\"" + base + "/u/esdoorn/\""));
  CHECK_THAT(page, Catch::Contains("QR-code van de link van De Klimop"));
  CHECK(count_occurrences(page, "<svg class=\"qr\"") == 2);  // one per school; the plain address refuses
  CHECK_THAT(page, !Catch::Contains(base + "/g/ib"));

  // A school's link reaches the respondent form; what is sent there is stored with the school.
  httplib::Client form_client("127.0.0.1", std::stoi(match[1].str()));
  form_client.set_read_timeout(10, 0);
  const auto form = form_client.Get("/u/esdoorn/g/ib");
  REQUIRE(form);
  CHECK(form->status == 200);
  const auto hidden = [&](const std::string& name) {
    std::smatch value;
    REQUIRE(std::regex_search(form->body, value, std::regex("name=\"" + name + "\" value=\"([^\"]*)\"")));
    return value[1].str();
  };
  const std::string cookie = form->get_header_value("Set-Cookie").substr(0, form->get_header_value("Set-Cookie").find(';'));
  const auto sent = form_client.Post("/u/esdoorn/g/ib", httplib::Headers{{"Cookie", cookie}},
                                     httplib::Params{{"a:hoe-vaak", "1-3-keer"}, {"m:met-wie", "directie"},
                                                     {"a:duidelijk", "4"}, {"a:vaker", "2"}, {"a:afspraak", "x"},
                                                     {"csrf", hidden("csrf")}, {"nonce", hidden("nonce")}});
  REQUIRE(sent);
  CHECK(sent->status == 200);
  {
    Store store(bench.db_path());
    RawQuery units(store, "SELECT unit_id FROM responses");
    REQUIRE(units.step());
    CHECK(units.column_text(0) == "esdoorn");
  }

  // The slips form asks for the school; its slips name it and its tokens are its own.
  CHECK_THAT(page, Catch::Contains("<select id=\"slip-unit\" name=\"unit\"><option value=\"klimop\">De Klimop</option>"));
  CHECK(bench.post(path + "/briefjes", {{"unit", "eik", "", ""}, {"group", "ib", "", ""}, {"count", "2", "", ""}})->status ==
        400);
  const auto slips =
      bench.post(path + "/briefjes", {{"unit", "klimop", "", ""}, {"group", "ib", "", ""}, {"count", "2", "", ""}});
  REQUIRE(slips->status == 200);
  CHECK_THAT(slips->body, Catch::Contains("Eenheid (school): De Klimop"));
  Store store(bench.db_path());
  RawQuery tokens(store, "SELECT unit_id FROM web_tokens");
  int count = 0;
  while (tokens.step()) {
    CHECK(tokens.column_text(0) == "klimop");
    ++count;
  }
  CHECK(count == 2);
}
