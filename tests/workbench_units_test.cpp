// The workbench's reports of a survey that spans units (schools), on SQLite and PostgreSQL
// alike: the report page links every school's report and the board report; each is written
// by the same code as `peiling report --unit` and `--by-unit` (the same files, the same
// groups and board figures withheld at min-group 3), shown in frames with a zip; an unknown
// school gets a page naming it, and a survey without units keeps its page as it was.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/definition_loader.h"
#include "engine/store.h"
#include "database_fixture.h"
#include "greven_draft.h"
#include "test_support.h"
#include "workbench_fixture.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// The three schools of greven_draft.h's board, in the database at `location`.
std::int64_t board_survey(const std::string& location) {
  Store store(location);
  return three_school_board(store);
}

}  // namespace

TEST_CASE("either database: the workbench makes a school's report and the board report as `peiling report` does",
          "[postgres][web][workbench][units]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  const auto id = board_survey(db.location());
  WorkbenchFixture bench(db.location());
  const std::string survey = "/peilingen/" + std::to_string(id);
  const auto folder = bench.dir.path() / "rapporten" / ("peiling-" + std::to_string(id));

  // The report page links every school's report and the board report, none made yet.
  const std::string page = bench.get(survey + "/rapport")->body;
  CHECK_THAT(page, Catch::Contains("<a href=\"" + survey + "/rapport-school/klimop\">De Klimop</a></li>"));
  CHECK_THAT(page, Catch::Contains("<a href=\"" + survey + "/rapport-school/eik\">De Eik</a></li>"));
  CHECK_THAT(page, Catch::Contains("<a href=\"" + survey + "/rapport-bestuur\">"));
  CHECK_THAT(page, Catch::Contains("Rapport van de hele peiling"));
  CHECK(page.find("(rapport gemaakt)") == std::string::npos);

  // A school's report, made with the form's CSRF field, as `peiling report --unit` writes it.
  CHECK(bench.post(survey + "/rapport-school/klimop", {{"csrf", "forged", "", ""}}, false)->status == 403);
  const auto made = bench.post(survey + "/rapport-school/klimop", {});
  REQUIRE(made);
  CHECK(made->status == 303);
  CHECK(made->get_header_value("Location") == survey + "/rapport-school/klimop?gemaakt=1");
  const std::string school = bench.get(survey + "/rapport-school/klimop?gemaakt=1")->body;
  CHECK_THAT(school, Catch::Contains("Het rapport van De Klimop is gemaakt."));
  CHECK_THAT(school, Catch::Contains("src=\"" + survey + "/rapport-school/klimop/rapport.html\""));
  CHECK_THAT(school, Catch::Contains("src=\"" + survey + "/rapport-school/klimop/vergelijking-bestuur.html\""));
  CHECK_THAT(school, Catch::Contains("src=\"" + survey + "/rapport-school/klimop/slides.html\""));
  CHECK_THAT(school, Catch::Contains("href=\"" + survey + "/rapport-school/klimop.zip\" download"));
  CHECK_THAT(school, Catch::Contains("Rapport van De Klimop opnieuw maken"));
  const auto served = bench.get(survey + "/rapport-school/klimop/vergelijking-bestuur.md");
  REQUIRE(served);
  CHECK(served->status == 200);
  const auto zip = bench.get(survey + "/rapport-school/klimop.zip");
  REQUIRE(zip);
  CHECK(zip->status == 200);
  CHECK(zip->body.rfind("PK", 0) == 0);
  CHECK_THAT(zip->body, Catch::Contains("peiling-" + std::to_string(id) + "-klimop/vergelijking-bestuur.md"));

  peiling_ok(db, {"report", "--survey", std::to_string(id), "--unit", "klimop", "--out", "cli-klimop"});
  const auto cli = db.dir().path() / "cli-klimop";
  const auto workbench = folder / "eenheid-klimop";
  for (const char* file : {"rapport.md", "vergelijking-bestuur.md", "vergelijking-bestuur.csv", "open-antwoorden.csv"}) {
    INFO(file);
    CHECK(read_file(workbench / file) == read_file(cli / file));
  }
  CHECK(served->body == read_file(cli / "vergelijking-bestuur.md"));
  // Disclosure as on the command line: klimop's teachers beside a board figure that would
  // give eik's two away, which stays out.
  CHECK_THAT(read_file(workbench / "vergelijking-bestuur.csv"), Catch::Contains("fasen,f1,leerkrachten,klimop,5.0,\n"));
  CHECK(read_file(workbench / "open-antwoorden.csv").find("eik-taak") == std::string::npos);

  // Eik's own report: its two teachers are withheld there too, as on the command line.
  REQUIRE(bench.post(survey + "/rapport-school/eik", {})->status == 303);
  peiling_ok(db, {"report", "--survey", std::to_string(id), "--unit", "eik", "--out", "cli-eik"});
  const std::string eik = read_file(folder / "eenheid-eik" / "rapport.md");
  CHECK(eik == read_file(db.dir().path() / "cli-eik" / "rapport.md"));
  CHECK_THAT(eik, Catch::Contains("te weinig respondenten"));
  CHECK(eik.find("Leerkrachten: n = 2") == std::string::npos);  // klimop's 4 teachers get their line and chart
  CHECK_THAT(read_file(workbench / "rapport.md"), Catch::Contains("Leerkrachten: n = 4"));
  CHECK(std::filesystem::exists(workbench / "grafiek-jaren-leerkrachten.png"));
  CHECK_FALSE(std::filesystem::exists(folder / "eenheid-eik" / "grafiek-jaren-leerkrachten.png"));
  CHECK(eik.find("eik-taak") == std::string::npos);
  CHECK(read_file(folder / "eenheid-eik" / "vergelijking-bestuur.md") ==
        read_file(db.dir().path() / "cli-eik" / "vergelijking-bestuur.md"));

  // The board report, as `peiling report --by-unit` writes it; eik's teachers stay withheld.
  const auto board_made = bench.post(survey + "/rapport-bestuur", {});
  REQUIRE(board_made);
  CHECK(board_made->status == 303);
  const std::string board = bench.get(survey + "/rapport-bestuur?gemaakt=1")->body;
  CHECK_THAT(board, Catch::Contains("Het bestuursrapport is gemaakt."));
  CHECK_THAT(board, Catch::Contains("src=\"" + survey + "/rapport-bestuur/bestuur.html\""));
  CHECK_THAT(board, Catch::Contains("href=\"" + survey + "/rapport-bestuur.zip\" download"));
  peiling_ok(db, {"report", "--survey", std::to_string(id), "--by-unit", "--out", "cli-bestuur"});
  for (const char* file : {"bestuur.md", "bestuur-scores.csv", "bestuur-respons.csv"}) {
    INFO(file);
    CHECK(read_file(folder / "bestuur" / file) == read_file(db.dir().path() / "cli-bestuur" / file));
  }
  const auto board_html = bench.get(survey + "/rapport-bestuur/bestuur.html");
  REQUIRE(board_html);
  CHECK_THAT(board_html->body, Catch::Contains("<th scope=\"row\">De Eik</th><td>–</td><td>–</td>"));
  CHECK(bench.get(survey + "/rapport-bestuur.zip")->status == 200);

  // The report page marks what has been made; the whole survey's report is not made by either.
  const std::string after = bench.get(survey + "/rapport")->body;
  CHECK_THAT(after, Catch::Contains("De Klimop</a> <span class=\"made-mark\">(rapport gemaakt)</span></li>"));
  CHECK_THAT(after, Catch::Contains("naast elkaar</a> <span class=\"made-mark\">(rapport gemaakt)</span>"));
  CHECK_THAT(after, Catch::Contains("Het Esdoorn</a></li>"));
  CHECK_THAT(after, Catch::Contains("Er is nog geen rapport van deze peiling."));

  // Made, the whole survey's report stands under its own heading: its parts one level lower.
  REQUIRE(bench.post(survey + "/rapport", {})->status == 303);
  const std::string whole = bench.get(survey + "/rapport")->body;
  CHECK_THAT(whole, Catch::Contains("<h2>Rapport van de hele peiling</h2>"));
  CHECK_THAT(whole, Catch::Contains("<h3>Rapport</h3>"));
  CHECK_THAT(whole, Catch::Contains("<h3>Dia&#39;s</h3>"));
  CHECK(whole.find("<h2>Rapport</h2>") == std::string::npos);
}

TEST_CASE("either database: the workbench refuses a school the survey does not have, naming it",
          "[postgres][web][workbench][units]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  const auto id = board_survey(db.location());
  WorkbenchFixture bench(db.location());
  const std::string survey = "/peilingen/" + std::to_string(id);
  const auto folder = bench.dir.path() / "rapporten" / ("peiling-" + std::to_string(id));

  const auto unknown = bench.get(survey + "/rapport-school/berk");
  REQUIRE(unknown);
  CHECK(unknown->status == 404);
  CHECK_THAT(unknown->body, Catch::Contains("Deze peiling heeft geen school (eenheid) &#39;berk&#39;"));
  CHECK_THAT(unknown->body, Catch::Contains("<a href=\"" + survey + "/rapport\">"));  // back to where the schools are
  CHECK(bench.post(survey + "/rapport-school/berk", {})->status == 404);
  CHECK(bench.get(survey + "/rapport-school/berk/rapport.md")->status == 404);
  CHECK(bench.get(survey + "/rapport-school/berk.zip")->status == 404);
  CHECK_FALSE(std::filesystem::exists(folder / "eenheid-berk"));

  // Whatever stands in the address is escaped on the page, never run or made a path.
  const auto markup = bench.get(survey + "/rapport-school/%3Cb%20title=%22x%22%3E%27berk");
  REQUIRE(markup);
  CHECK(markup->status == 404);
  CHECK_THAT(markup->body, Catch::Contains("&#39;&lt;b title=&quot;x&quot;&gt;&#39;berk&#39;"));
  CHECK(markup->body.find("<b title") == std::string::npos);
  CHECK(bench.get(survey + "/rapport-school/..")->status == 404);
  CHECK(bench.post(survey + "/rapport-school/..", {})->status == 404);
  CHECK_FALSE(std::filesystem::exists(folder / "eenheid-.."));

  // A school without a report yet: its page offers to make it; its zip is not there.
  const std::string eik = bench.get(survey + "/rapport-school/eik")->body;
  CHECK_THAT(eik, Catch::Contains("Er is nog geen rapport van De Eik."));
  CHECK_THAT(eik, Catch::Contains("Rapport van De Eik maken"));
  CHECK(bench.get(survey + "/rapport-school/eik.zip")->status == 404);
}

TEST_CASE("the report page of a survey without units offers no school's or board report", "[web][workbench][units]") {
  WorkbenchFixture bench;
  const auto id = bench.create_survey("ib-taken-bespreking", "team");
  const std::string survey = "/peilingen/" + std::to_string(id);
  const std::string page = bench.get(survey + "/rapport")->body;
  CHECK(page.find("rapport-school") == std::string::npos);
  CHECK(page.find("rapport-bestuur") == std::string::npos);
  CHECK(page.find("Rapporten per school") == std::string::npos);
  CHECK(page.find("Rapport van de hele peiling") == std::string::npos);
  CHECK_THAT(page, Catch::Contains("Er is nog geen rapport van deze peiling."));
  const auto board = bench.get(survey + "/rapport-bestuur");
  REQUIRE(board);
  CHECK(board->status == 404);
  CHECK_THAT(board->body, Catch::Contains("Deze peiling loopt niet op meer scholen"));
  CHECK(bench.post(survey + "/rapport-bestuur", {})->status == 404);
  CHECK(bench.get(survey + "/rapport-school/klimop")->status == 404);
  // Its report's parts are the page's own sections.
  REQUIRE(bench.post(survey + "/rapport", {})->status == 303);
  CHECK_THAT(bench.get(survey + "/rapport")->body, Catch::Contains("<h2>Rapport</h2>"));
}
