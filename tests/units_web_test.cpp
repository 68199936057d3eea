// The web form of a survey that spans units (issue 18): each unit has its own link
// (/u/NAME/), a response is stored with the unit of the link it came through (and nothing
// else about the person), and the plain links refuse, so no response lands without a unit.
#include <catch2/catch.hpp>

#include <string>

#include "web_fixture.h"

using namespace peiling;
using peiling::testing::FilledForm;
using peiling::testing::WebFixture;

namespace {

httplib::Params valid_ib_answers(const FilledForm& form) {
  return {{"a:hoe-vaak", "1-3-keer"}, {"m:met-wie", "directie"}, {"a:duidelijk", "4"},
          {"a:vaker", "2"},           {"a:afspraak", "x"},       {"csrf", form.csrf},
          {"nonce", form.nonce}};
}

httplib::Result post(WebFixture& web, const std::string& path, const FilledForm& form) {
  return web.client().Post(path.c_str(), httplib::Headers{{"Cookie", form.cookie}}, valid_ib_answers(form));
}

std::string units_of_responses(WebFixture& web) {
  Store store(web.db_path());
  RawQuery query(store, "SELECT COALESCE(unit_id, '-') FROM responses ORDER BY id");
  std::string units;
  while (query.step()) units += query.column_text(0) + " ";
  return units;
}

void add_units(WebFixture& web) {
  Store store(web.db_path());
  std::vector<GroupInvitation> groups;
  for (const auto& group : store.questionnaire_of(web.survey_id).groups) groups.push_back({group.id, 5});
  store.add_units(web.survey_id, {{"klimop", "De Klimop", groups}, {"esdoorn", "", groups}});
}

}  // namespace

TEST_CASE("a response is stored with the unit of the link it came through", "[web][units]") {
  WebFixture web("ib-taken-bespreking");
  add_units(web);
  const auto choice = web.client().Get("/u/klimop/");
  REQUIRE(choice);
  CHECK(choice->status == 200);
  CHECK_THAT(choice->body, Catch::Contains("href=\"/u/klimop/g/ib\""));

  const FilledForm klimop = web.open_form("/u/klimop/g/ib");
  const FilledForm esdoorn = web.open_form("/u/esdoorn/g/ib", klimop.cookie);
  CHECK(post(web, "/u/klimop/g/ib", klimop)->status == 200);
  CHECK(post(web, "/u/esdoorn/g/ib", esdoorn)->status == 200);
  CHECK(units_of_responses(web) == "klimop esdoorn ");

  // A form of one unit is not taken on another's link: its nonce was issued for klimop.
  const FilledForm again = web.open_form("/u/klimop/g/ib", klimop.cookie);
  CHECK(post(web, "/u/esdoorn/g/ib", again)->status == 400);
  CHECK(units_of_responses(web) == "klimop esdoorn ");
}

TEST_CASE("with units the plain links and unknown units refuse, storing nothing", "[web][units]") {
  WebFixture web("ib-taken-bespreking");
  const FilledForm before = web.open_form("/g/ib");  // issued before the units came
  add_units(web);
  const auto plain = web.client().Get("/");
  REQUIRE(plain);
  CHECK(plain->status == 403);
  CHECK_THAT(plain->body, Catch::Contains("link van je school"));
  CHECK(web.client().Get("/g/ib")->status == 403);
  CHECK(web.client().Get("/u/eik/g/ib")->status == 404);
  CHECK(post(web, "/g/ib", before)->status == 403);
  CHECK(web.stored_responses() == 0);
}

TEST_CASE("a survey without units keeps its plain links and has no unit links", "[web][units]") {
  WebFixture web("ib-taken-bespreking");
  CHECK(web.client().Get("/u/klimop/")->status == 404);
  const FilledForm form = web.open_form("/g/ib");
  CHECK(post(web, "/g/ib", form)->status == 200);
  CHECK(units_of_responses(web) == "- ");
}
