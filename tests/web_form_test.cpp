// The web form over HTTP on loopback: valid and invalid submissions for every question
// type and the group variants, double submissions, and hostile strings.
#include <catch2/catch.hpp>

#include "web_fixture.h"

using peiling::testing::WebFixture;

namespace {

int count_rows(const std::string& db_path, const std::string& sql) {
  peiling::Store store(db_path);
  peiling::RawQuery query(store, sql);
  query.step();
  return static_cast<int>(query.column_int(0));
}

httplib::Params valid_ib_answers() {
  return {{"a:hoe-vaak", "1-3-keer"}, {"m:met-wie", "directie"}, {"m:met-wie", "team"},
          {"a:duidelijk", "4"},       {"a:vaker", "2"},          {"a:afspraak", "De groepsbespreking."}};
}

httplib::Params valid_greven_answers() {
  return {{"a:jaren", "12"},     {"r:fasen:f1", "1"}, {"r:fasen:f2", "2"}, {"r:fasen:f3", "5"},
          {"r:fasen:f4", "4"},   {"r:fasen:f5", "3"}, {"a:taak", "Meedenken"}};
}

}  // namespace

TEST_CASE("a valid form of choice, multi, likert and text questions is stored once", "[web]") {
  WebFixture web("ib-taken-bespreking");
  auto form = web.open_form("/g/ib");
  auto result = web.post("ib", form, valid_ib_answers());
  REQUIRE(result);
  CHECK(result->status == 200);
  CHECK(result->body.find("Bedankt") != std::string::npos);
  CHECK(web.stored_responses() == 1);
  CHECK(count_rows(web.db_path(), "SELECT count(*) FROM answers WHERE question_id = 'met-wie'") == 2);
  CHECK(count_rows(web.db_path(), "SELECT count(*) FROM answers WHERE question_id = 'duidelijk' AND value = '4'") == 1);

  // The same form again (a double click, the back button and resubmit): thanked, not stored twice.
  auto again = web.post("ib", form, valid_ib_answers());
  REQUIRE(again);
  CHECK(again->status == 200);
  CHECK(web.stored_responses() == 1);
  // A new form from the same browser is a new response.
  auto second = web.open_form("/g/ib", form.cookie);
  CHECK(second.nonce != form.nonce);
  CHECK(web.post("ib", second, valid_ib_answers())->status == 200);
  CHECK(web.stored_responses() == 2);
}

TEST_CASE("invalid choice, multi and likert answers re-show the form with a message at each field", "[web]") {
  WebFixture web("ib-taken-bespreking");
  auto form = web.open_form("/g/ib");
  auto result = web.post("ib", form,
                         {{"a:hoe-vaak", "soms"}, {"m:met-wie", "buren"}, {"a:vaker", "9"},
                          {"a:afspraak", "Mijn antwoord blijft staan"}});
  REQUIRE(result);
  CHECK(result->status == 422);
  const std::string& page = result->body;
  CHECK(page.find("id=\"fout-hoe-vaak\"><p>&#39;soms&#39; is geen keuzemogelijkheid") != std::string::npos);
  CHECK(page.find("id=\"fout-met-wie\"><p>&#39;buren&#39; is geen keuzemogelijkheid") != std::string::npos);
  CHECK(page.find("id=\"fout-vaker\"><p>&#39;9&#39; staat niet op de schaal") != std::string::npos);
  CHECK(page.find("id=\"fout-duidelijk\"><p>deze vraag is verplicht") != std::string::npos);
  CHECK(page.find(">Mijn antwoord blijft staan</textarea>") != std::string::npos);
  CHECK(page.find("name=\"nonce\" value=\"" + form.nonce + "\"") != std::string::npos);
  CHECK(web.stored_responses() == 0);

  // Ticked options come back ticked.
  auto kept = web.post("ib", form, {{"m:met-wie", "team"}, {"a:vaker", "2"}});
  CHECK(kept->body.find("value=\"team\" checked") != std::string::npos);
  CHECK(kept->body.find("value=\"2\" checked") != std::string::npos);
  CHECK(web.stored_responses() == 0);
}

TEST_CASE("each group gets its own questions and cannot answer another group's", "[web]") {
  WebFixture web("ib-taken-bespreking");
  auto teacher = web.open_form("/g/leerkrachten");
  const auto page = web.client().Get("/g/leerkrachten", {{"Cookie", teacher.cookie}})->body;
  CHECK(page.find("m:met-wie") == std::string::npos);  // met-wie is asked to ib'ers only
  CHECK(page.find("a:duidelijk") != std::string::npos);

  auto fields = valid_ib_answers();
  auto refused = web.post("leerkrachten", teacher, fields);
  CHECK(refused->status == 422);
  CHECK(refused->body.find("wordt niet gesteld aan de groep leerkrachten") != std::string::npos);
  CHECK(web.stored_responses() == 0);

  fields.erase("m:met-wie");
  CHECK(web.post("leerkrachten", teacher, fields)->status == 200);
  CHECK(count_rows(web.db_path(), "SELECT count(*) FROM responses WHERE group_id = 'leerkrachten'") == 1);
  CHECK(web.client().Get("/g/onbekend")->status == 404);
}

TEST_CASE("rank and number questions: valid, duplicate numbers, out of range, decimal comma", "[web]") {
  WebFixture web("greven-fasen");
  auto form = web.open_form("/g/leerkrachten");
  auto fields = valid_greven_answers();
  fields.emplace("a:hulp", "Vaker in de klas komen");
  auto duplicate = fields;
  duplicate.erase("r:fasen:f3");
  duplicate.emplace("r:fasen:f3", "2");
  duplicate.erase("a:jaren");
  duplicate.emplace("a:jaren", "99");
  auto result = web.post("leerkrachten", form, duplicate);
  CHECK(result->status == 422);
  CHECK(result->body.find("id=\"fout-fasen\"><p>elk cijfer van 1 tot en met 5 precies één keer gebruiken") !=
        std::string::npos);
  CHECK(result->body.find("id=\"fout-jaren\"><p>99 jaar kan niet") != std::string::npos);
  CHECK(result->body.find("name=\"a:jaren\" value=\"99\"") != std::string::npos);
  CHECK(web.stored_responses() == 0);

  auto comma = fields;
  comma.erase("a:jaren");
  comma.emplace("a:jaren", "7,5");  // a whole number is asked
  CHECK(web.post("leerkrachten", form, comma)->body.find("vul een heel getal in; 7,5") != std::string::npos);

  auto stored = web.post("leerkrachten", form, fields);
  CHECK(stored->status == 200);
  CHECK(count_rows(web.db_path(), "SELECT count(*) FROM answers WHERE question_id = 'fasen'") == 5);
  CHECK(count_rows(web.db_path(), "SELECT count(*) FROM answers WHERE question_id = 'hulp'") == 1);
}

TEST_CASE("hostile strings in open answers are escaped on the page and stored verbatim", "[web]") {
  WebFixture web("greven-fasen");
  auto form = web.open_form("/g/directie");
  const std::string hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
  auto fields = valid_greven_answers();
  fields.erase("a:taak");
  fields.emplace("a:taak", hostile);
  fields.erase("r:fasen:f1");  // make it invalid, so the answer is shown again
  auto result = web.post("directie", form, fields);
  CHECK(result->status == 422);
  CHECK(result->body.find("<script>alert") == std::string::npos);
  CHECK(result->body.find("<img src=x") == std::string::npos);
  CHECK(result->body.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img") != std::string::npos);
  CHECK(result->get_header_value("Content-Security-Policy").find("script-src 'self'") != std::string::npos);

  fields.emplace("r:fasen:f1", "1");
  CHECK(web.post("directie", form, fields)->status == 200);
  peiling::Store store(web.db_path());
  peiling::RawQuery query(store, "SELECT value FROM answers WHERE question_id = 'taak'");
  REQUIRE(query.step());
  CHECK(query.column_text(0) == hostile);
}
