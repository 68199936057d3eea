// Looks at the demo report the way a person does: headless Chromium renders rapport.html
// and slides.html to screenshots, and the test checks that the charts are really drawn
// (enough pixels in each series' colour), not just present in the source.
#include <cairo.h>

#include <catch2/catch.hpp>
#include <cmath>

#include "analysis/survey_analysis.h"
#include "app/demo_survey.h"
#include "reports/report.h"
#include "test_support.h"

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
  const auto result = run_process("/usr/bin/timeout",
                                  {"120", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                   "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + dir.file("profile"),
                                   "--window-size=" + size, "--screenshot=" + png, page},
                                  dir.path());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  REQUIRE(std::filesystem::exists(png));
}

// How many pixels of the screenshot are close to `colour`.
int pixels_like(const std::string& png, Rgb colour) {
  cairo_surface_t* image = cairo_image_surface_create_from_png(png.c_str());
  REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
  const int width = cairo_image_surface_get_width(image), height = cairo_image_surface_get_height(image);
  const int stride = cairo_image_surface_get_stride(image);
  const unsigned char* data = cairo_image_surface_get_data(image);
  int count = 0;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const auto* pixel = data + y * stride + x * 4;  // ARGB32, little endian: B G R A
      if (std::abs(pixel[2] - colour.red) + std::abs(pixel[1] - colour.green) + std::abs(pixel[0] - colour.blue) < 40)
        ++count;
    }
  }
  cairo_surface_destroy(image);
  return count;
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
