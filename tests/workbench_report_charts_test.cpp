// The workbench's report page offers every chart the report wrote as a PNG to download.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "app/demo_survey.h"
#include "engine/store.h"
#include "workbench_fixture.h"

using peiling::testing::WorkbenchFixture;

TEST_CASE("workbench: the report page links every chart of the report as a PNG download", "[web][workbench]") {
  WorkbenchFixture bench;
  std::int64_t survey = 0;
  {
    peiling::Store store(bench.db_path());
    survey = peiling::build_demo_survey(store, std::string(PEILING_SOURCE_DIR) + "/questionnaires/greven-fasen.json");
  }
  const std::string path = "/peilingen/" + std::to_string(survey) + "/rapport";
  REQUIRE(bench.post(path, {})->status == 303);
  std::set<std::string> pngs;
  for (const auto& entry : std::filesystem::directory_iterator(bench.dir.path() / "rapporten" /
                                                               ("peiling-" + std::to_string(survey))))
    if (entry.path().extension() == ".png") pngs.insert(entry.path().filename().string());
  REQUIRE(pngs.size() >= 2);
  const auto page = bench.get(path);
  CHECK(page->body.find("<h2>Grafieken als PNG</h2>") != std::string::npos);
  for (const auto& name : pngs) {
    INFO(name);
    CHECK(page->body.find("<a href=\"" + path + "/" + name + "\" download><img src=\"" + path + "/" + name +
                          "\" alt=\"\" loading=\"lazy\">" + name + " downloaden</a>") != std::string::npos);
  }
  const auto picture = bench.get(path + "/" + *pngs.begin());
  REQUIRE(picture->status == 200);
  CHECK(picture->get_header_value("Content-Type") == "image/png");
  CHECK(picture->body.substr(0, 4) == "\x89PNG");
}
