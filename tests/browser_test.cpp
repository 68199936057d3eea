// Looks at the demo report the way a person does: headless Chromium renders rapport.html
// and slides.html to screenshots, and the test checks that the charts are really drawn
// (enough pixels in each series' colour), not just present in the source.
#include <catch2/catch.hpp>
#include <cmath>

#include "analysis/survey_analysis.h"
#include "app/demo_survey.h"
#include "reports/report.h"
#include "browser_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

struct Rgb {
  int red, green, blue;
};

// The first three Okabe-Ito colours: the series directie, ib, leerkrachten.
constexpr Rgb kBlue{0x00, 0x72, 0xB2}, kOrange{0xE6, 0x9F, 0x00}, kGreen{0x00, 0x9E, 0x73};

// Renders `page` (a file URL, optionally with #fragment) to a PNG with headless Chromium.
void screenshot(const std::string& page, const std::string& png, const std::string& size, const ScratchDir& dir) {
  const auto result = chromium(dir, {"--window-size=" + size, "--screenshot=" + png, page});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  REQUIRE(std::filesystem::exists(png));
}

// How many pixels of the screenshot are close to `colour`.
int pixels_like(const std::string& png, Rgb colour) {
  return count_pixels(png, [&](int red, int green, int blue) {
    return std::abs(red - colour.red) + std::abs(green - colour.green) + std::abs(blue - colour.blue) < 40;
  });
}

struct RenderedDemo {
  ScratchDir dir;
  RenderedDemo() {
    Store store(dir.file("demo.sqlite"));
    const auto survey_id = build_demo_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
    const auto analysis = analyse_survey(store, survey_id);
    ReportOptions options;
    options.out_dir = dir.path() / "rapport";
    write_report(*analysis, open_answer_stream(store, *analysis), options);
  }
  std::string url(const std::string& file) const { return "file://" + (dir.path() / "rapport" / file).string(); }
};

}  // namespace

TEST_CASE("browser: the report shows its first group chart on screen", "[browser]") {
  RenderedDemo demo;
  const std::string png = demo.dir.file("rapport.png");
  screenshot(demo.url("rapport.html"), png, "1280,2400", demo.dir);
  CHECK(pixels_like(png, kBlue) > 2000);
  // Keep the picture for a person to look at when asked to.
  if (const char* keep = std::getenv("PEILING_KEEP_SCREENSHOTS"))
    std::filesystem::copy_file(png, std::string(keep) + "/rapport.png", std::filesystem::copy_options::overwrite_existing);
}

TEST_CASE("browser: the last slide is the combined chart with all three groups", "[browser]") {
  RenderedDemo demo;
  const std::string png = demo.dir.file("slides.png");
  screenshot(demo.url("slides.html#999"), png, "1600,900", demo.dir);
  CHECK(pixels_like(png, kBlue) > 1000);
  CHECK(pixels_like(png, kOrange) > 300);
  CHECK(pixels_like(png, kGreen) > 300);
  if (const char* keep = std::getenv("PEILING_KEEP_SCREENSHOTS"))
    std::filesystem::copy_file(png, std::string(keep) + "/slides.png", std::filesystem::copy_options::overwrite_existing);
}
