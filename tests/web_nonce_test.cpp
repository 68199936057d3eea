// Form nonces over HTTP: only a nonce the server issued with a form is taken (also after a
// restart of the server), and a form that was stored, sent again, is thanked for and not
// stored twice, with or without one-time tokens.
#include <catch2/catch.hpp>

#include "web/security.h"
#include "web_fixture.h"

using peiling::testing::FilledForm;
using peiling::testing::WebFixture;

namespace {

httplib::Params valid_ib_answers() { return {{"a:hoe-vaak", "nooit"}, {"a:duidelijk", "3"}}; }

std::string add_token(WebFixture& web, const std::string& group) {
  const std::string token = peiling::web::random_key();
  peiling::Store store(web.db_path());
  store.add_tokens(web.survey_id, group, {peiling::web::secret_hash(token)});
  return token;
}

}  // namespace

TEST_CASE("a nonce the server did not issue with a form is refused", "[web]") {
  WebFixture web("ib-taken-bespreking");
  const FilledForm form = web.open_form("/g/ib");
  FilledForm made_up = form;
  made_up.nonce = peiling::web::random_key();
  CHECK(web.post("ib", made_up, valid_ib_answers())->status == 400);
  made_up.nonce = peiling::web::random_key() + peiling::web::random_key();
  CHECK(web.post("ib", made_up, valid_ib_answers())->status == 400);
  FilledForm altered = form;
  altered.nonce[0] = altered.nonce[0] == '0' ? '1' : '0';
  CHECK(web.post("ib", altered, valid_ib_answers())->status == 400);
  // A form of one group does not submit to another.
  const FilledForm leerkrachten = web.open_form("/g/leerkrachten", form.cookie);
  FilledForm crossed = form;
  crossed.nonce = leerkrachten.nonce;
  CHECK(web.post("ib", crossed, valid_ib_answers())->status == 400);
  CHECK(web.stored_responses() == 0);
  CHECK(web.post("ib", form, valid_ib_answers())->status == 200);
  CHECK(web.stored_responses() == 1);
}

TEST_CASE("a form opened before the server restarted is still taken, once", "[web]") {
  WebFixture web("ib-taken-bespreking");
  const FilledForm form = web.open_form("/g/ib");
  web.restart();
  CHECK(web.post("ib", form, valid_ib_answers())->status == 200);
  web.restart();
  auto again = web.post("ib", form, valid_ib_answers());
  CHECK(again->status == 200);
  CHECK(again->body.find("Bedankt") != std::string::npos);
  CHECK(web.stored_responses() == 1);
}

TEST_CASE("a token form that was stored, sent again, gets the thank-you page and stores nothing", "[web]") {
  WebFixture web("ib-taken-bespreking");
  const std::string token = add_token(web, "ib");
  const std::string other_token = add_token(web, "ib");
  const FilledForm form = web.open_form("/t/" + token);
  const FilledForm other_form = web.open_form("/t/" + other_token, form.cookie);
  REQUIRE(web.post("ib", form, valid_ib_answers())->status == 200);

  auto resend = web.post("ib", form, valid_ib_answers());  // the back button and "send" again
  REQUIRE(resend);
  CHECK(resend->status == 200);
  CHECK(resend->body.find("Bedankt") != std::string::npos);
  CHECK(web.stored_responses() == 1);

  // The used token with another (issued, never stored) form is still refused.
  FilledForm reused_token = other_form;
  reused_token.token = token;
  CHECK(web.post("ib", reused_token, valid_ib_answers())->status == 403);
  CHECK(web.stored_responses() == 1);
  CHECK(web.post("ib", other_form, valid_ib_answers())->status == 200);
  CHECK(web.stored_responses() == 2);
}
