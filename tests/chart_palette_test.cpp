// The charts' palettes: the groups keep their Okabe-Ito colours and textures; the points of
// an ordered scale diverge from orange to purple, keep their sides apart in grayscale, and
// print their percentages readably.
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "reports/chart_palette.h"

using peiling::ChartFill;
using peiling::Hatch;

namespace {

// Relative luminance, as a grey a printer would use.
double grey(std::string_view colour) {
  auto channel = [&](std::size_t at) { return std::stoi(std::string(colour.substr(at, 2)), nullptr, 16); };
  return 0.299 * channel(1) + 0.587 * channel(3) + 0.114 * channel(5);
}

}  // namespace

TEST_CASE("the groups keep the Okabe-Ito colours with a texture each", "[chart_palette]") {
  const std::vector<std::string> colours = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"};
  for (std::size_t s = 0; s < colours.size(); ++s) CHECK(peiling::series_fill(s).colour == colours[s]);
  CHECK(peiling::series_fill(0).hatch == Hatch::solid);
  CHECK(peiling::series_fill(1).hatch == Hatch::diagonal);
  CHECK(peiling::series_fill(2).hatch == Hatch::dots);
  CHECK(peiling::series_fill(7).colour == colours[0]);
  CHECK(peiling::series_fill(7).hatch != Hatch::solid);  // a repeated colour gets another texture
}

TEST_CASE("a comparison series (the board beside a school) has a fill no group has, as dark as the text", "[chart_palette]") {
  const ChartFill board = peiling::comparison_fill();
  for (std::size_t s = 0; s < 7; ++s) {
    CHECK(peiling::series_fill(s).colour != board.colour);
    CHECK((peiling::series_fill(s).hatch != board.hatch || grey(peiling::series_fill(s).colour) - grey(board.colour) > 40));
  }
  CHECK(peiling::contrast_ratio(board.colour, "#ffffff") >= 7.0);
  CHECK(board.texture_ink == peiling::kChartWhite);
}

TEST_CASE("a scale's points diverge: hatched low side, dotted high side, a solid middle", "[chart_palette]") {
  for (std::size_t points = 2; points <= 11; ++points) {
    CAPTURE(points);
    std::set<std::string_view> colours;
    for (std::size_t p = 0; p < points; ++p) {
      CAPTURE(p);
      const ChartFill fill = peiling::scale_fill(p, points);
      colours.insert(fill.colour);
      const double side = 2.0 * p - (points - 1.0);
      CHECK(fill.hatch == (side < 0 ? Hatch::diagonal : side > 0 ? Hatch::dots : Hatch::solid));
      // Orange below the middle, purple above it.
      const int red = std::stoi(std::string(fill.colour.substr(1, 2)), nullptr, 16);
      const int blue = std::stoi(std::string(fill.colour.substr(5, 2)), nullptr, 16);
      if (side < 0) CHECK(red > blue);
      if (side > 0) CHECK(blue > red);
      // The printed percentage reads well on its plate, and the texture shows on the colour.
      CHECK(peiling::contrast_ratio(fill.label_ink, fill.label_plate) >= 4.5);
      if (fill.hatch != Hatch::solid) CHECK(peiling::contrast_ratio(fill.texture_ink, fill.colour) >= 3);
    }
    CHECK(colours.size() == points);
    // Darker towards both ends, so the order reads in grayscale too.
    for (std::size_t p = 0; p + 1 < points; ++p) {
      const double here = grey(peiling::scale_fill(p, points).colour);
      const double next = grey(peiling::scale_fill(p + 1, points).colour);
      if (2.0 * (p + 1) <= points - 1.0) CHECK(here < next);
      if (2.0 * p >= points - 1.0) CHECK(here > next);
    }
  }
  // Longer scales reuse the eleven colours, ends kept at the ends.
  CHECK(peiling::scale_fill(0, 13).colour == peiling::scale_fill(0, 11).colour);
  CHECK(peiling::scale_fill(12, 13).colour == peiling::scale_fill(10, 11).colour);
  CHECK(peiling::scale_fill(40, 13).colour == peiling::scale_fill(10, 11).colour);
}

TEST_CASE("contrast ratios follow WCAG", "[chart_palette]") {
  CHECK(peiling::contrast_ratio("#000000", "#ffffff") == Approx(21));
  CHECK(peiling::contrast_ratio("#ffffff", "#ffffff") == Approx(1));
  CHECK(peiling::contrast_ratio("#767676", "#ffffff") == Approx(4.54).margin(0.01));
}
