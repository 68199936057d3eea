// The schoenendoos on the slides: a group that gave no open answer to a question gets a
// line saying so, not a slide-high table of dashes that a team reads as an empty box.
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

TEST_CASE("slides: a group without open answers to a question gets a line, not an empty box", "[report][slides]") {
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
}
