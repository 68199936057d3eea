// Several web servers, one database (issue 18): a form opened on one `peiling-web` is taken
// by another, a form sent to two servers at once is stored once, and a survey closed
// elsewhere is closed for every server. On SQLite and on PostgreSQL, where the servers
// write side by side under row locks (WriteLock::row_locks), not one at a time.
#include <catch2/catch.hpp>

#include <future>
#include <string>
#include <vector>

#include "database_fixture.h"
#include "web_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

httplib::Params greven_answers(const std::string& jaren) {
  return {{"a:jaren", jaren},  {"r:fasen:f1", "1"}, {"r:fasen:f2", "2"}, {"r:fasen:f3", "5"},
          {"r:fasen:f4", "4"}, {"r:fasen:f5", "3"}, {"a:taak", "Meedenken"}};
}

bool thanked(const httplib::Result& result) {
  return result && result->status == 200 && result->body.find("Bedankt") != std::string::npos;
}

}  // namespace

TEST_CASE("two web servers on one database: forms travel between them and are stored once",
          "[postgres][web][servers]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  WebFixture web("greven-fasen", {}, db.location());
  const int second = web.start_another_server();

  // Opened on the first, sent to the second (a load balancer without sticky sessions).
  const FilledForm travelling = web.open_form("/g/leerkrachten");
  CHECK(thanked(web.post("leerkrachten", travelling, greven_answers("3"), second)));
  CHECK(web.stored_responses() == 1);

  // Twenty forms, each sent to both servers at the same moment: every send is thanked,
  // each form is stored once.
  std::vector<FilledForm> forms;
  for (int i = 0; i < 20; ++i) forms.push_back(web.open_form("/g/leerkrachten", "", i % 2 ? second : 0));
  std::vector<std::future<bool>> sends;
  for (const auto& form : forms)
    for (int server : {0, second})
      sends.push_back(std::async(std::launch::async, [&web, &form, server] {
        return thanked(web.post("leerkrachten", form, greven_answers("7"), server));
      }));
  int thanks = 0;
  for (auto& send : sends) thanks += send.get() ? 1 : 0;
  CHECK(thanks == 40);
  CHECK(web.stored_responses() == 21);

  // Closed by another program (peiling survey close): neither server stores any more.
  const FilledForm late = web.open_form("/g/leerkrachten");
  Store(db.location()).set_survey_open(web.survey_id, false);
  for (int server : {0, second}) {
    const auto refused = web.post("leerkrachten", late, greven_answers("9"), server);
    REQUIRE(refused);
    CHECK(refused->status == 403);
  }
  CHECK(web.stored_responses() == 21);
}
