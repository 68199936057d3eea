// The schoenendoos of a group that gave no open answer to a question: the slides, rapport.html
// and rapport.md say "0 antwoorden", without a table whose every box holds a dash (which a team
// reads as an empty or broken box).
#include <catch2/catch.hpp>

#include "app/demo_second_wave.h"
#include "app/demo_survey.h"
#include "engine/store.h"
#include "reports/report.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// The slides of slides.html, each from its <section> on.
std::vector<std::string> slides_of(const std::string& html) {
  std::vector<std::string> slides;
  const std::string start = "<section class=\"slide";
  for (std::size_t at = html.find(start); at != std::string::npos;) {
    const std::size_t next = html.find(start, at + 1);
    slides.push_back(html.substr(at, next == std::string::npos ? std::string::npos : next - at));
    at = next;
  }
  return slides;
}

}  // namespace

TEST_CASE("a group without open answers gets its count and no table of dashes on slides and in the report",
          "[report][slides]") {
  ScratchDir dir;
  Store store(dir.file("demo.sqlite"));
  const std::string greven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";
  const auto first = build_demo_survey(store, greven);
  const auto second = build_demo_second_wave(store, greven, first);  // no one answered "rol" or "hulp"
  ReportOptions options;
  options.out_dir = dir.path() / "rapport";
  write_survey_report(store, second, options);
  const auto slides = slides_of(read_file(options.out_dir / "slides.html"));
  REQUIRE(!slides.empty());
  int empty_groups = 0;
  for (const std::string& slide : slides) {
    if (slide.find("<table class=\"shoebox") != std::string::npos) {
      INFO(slide);
      CHECK(slide.find("<li>") != std::string::npos);  // a shoebox shown holds answers
    }
    if (slide.find("0 antwoorden, waarvan 0 gecodeerd") != std::string::npos) ++empty_groups;
  }
  CHECK(empty_groups == 3);  // directie and ib for "rol", leerkrachten for "hulp"

  // The report: each shoebox's count, and a table only under a count above zero.
  const std::string html = read_file(options.out_dir / "rapport.html");
  CHECK(count_occurrences(html, "0 antwoorden, waarvan 0 gecodeerd</p>") == 3);
  CHECK(count_occurrences(html, "0 antwoorden, waarvan 0 gecodeerd</p>\n<table") == 0);
  CHECK(count_occurrences(html, "<table class=\"shoebox") == 3);  // "taak", for each of the 3 groups
  const std::string markdown = read_file(options.out_dir / "rapport.md");
  const std::size_t empty = markdown.find("0 antwoorden, waarvan 0 gecodeerd");
  REQUIRE(empty != std::string::npos);
  CHECK(markdown.substr(empty, markdown.find("###", empty) - empty).find("| —") == std::string::npos);
}
