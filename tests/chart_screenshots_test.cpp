// One chart of each kind as PNG, as a page chart (1600 px) and as a slide chart drawn
// inline (1150 px, its own size on the slide): each decodes to the size of its layout.
// With PEILING_CHART_SHOTS=<folder> the images are kept there to be looked at:
//   PEILING_CHART_SHOTS=/tmp/shots build/tests/peiling_tests '[chart_png]'
#include <cairo.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>

#include "chart_fixtures.h"
#include "reports/chart_scene.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace peiling::chart_fixtures;

namespace {

void check_png(const fs::path& path, const peiling::ChartScene& scene, int width) {
  CAPTURE(path.string());
  cairo_surface_t* surface = cairo_image_surface_create_from_png(path.c_str());
  REQUIRE(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS);
  CHECK(cairo_image_surface_get_width(surface) == width);
  CHECK(cairo_image_surface_get_height(surface) == std::lround(scene.height * width / scene.width));
  cairo_surface_destroy(surface);
}

template <typename Chart>
void write_both(const fs::path& folder, const std::string& name, const Chart& chart) {
  const fs::path page = folder / (name + ".png");
  peiling::write_png(chart, page, 1600);
  check_png(page, peiling::lay_out_chart(chart), 1600);
  const fs::path slide = folder / (name + "-dia.png");
  const peiling::ChartScene slide_scene = peiling::lay_out_chart(chart, {peiling::ChartSize::slide, true});
  peiling::write_scene_png(slide_scene, slide, 1150);
  check_png(slide, slide_scene, 1150);
}

}  // namespace

TEST_CASE("one chart of each kind renders to PNG for a look", "[chart_png][png]") {
  peiling::testing::ScratchDir scratch;
  const char* keep = std::getenv("PEILING_CHART_SHOTS");
  const fs::path folder = keep && *keep ? fs::path(keep) : scratch.path();
  fs::create_directories(folder);
  write_both(folder, "likert", likert_chart());
  write_both(folder, "matrix-leerkrachten", matrix_group_chart());
  write_both(folder, "matrix-alle-groepen", matrix_combined_chart());
  const auto parts = peiling::split_for_slides(matrix_combined_chart());
  for (std::size_t p = 0; p < parts.size(); ++p) write_both(folder, "matrix-alle-groepen-deel" + std::to_string(p + 1), parts[p]);
  write_both(folder, "keuze-alle-groepen", choice_chart(false));
  write_both(folder, "keuze-per-groep", choice_chart(true));
  write_both(folder, "getal-histogram", histogram_chart());
}
