// How the charts paint a box: a fill colour (chart_palette.h chooses it), a texture over
// that colour (so the chart still reads in grayscale), and the outline that frames each
// box. Textures are plain geometry clipped to the box here, not SVG <pattern> or
// clip-path, which renderers draw several times slower and PowerPoint and Word import
// badly; the PNG painter draws the same geometry.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace peiling {

// The chart's ink: text, outlines, and the texture over light colours.
inline constexpr std::string_view kChartInk = "#1a1a1a";
inline constexpr std::string_view kChartWhite = "#ffffff";

// A coordinate: at most two decimals (or as many as asked), no trailing zeros, always a
// decimal point. Shared by the chart and its textures so an outline lands exactly on the
// <rect> it frames.
std::string svg_number(double value, int decimals = 2);

// A rectangle in user units: a bar or a legend swatch.
struct ChartBox {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

struct ChartPoint {
  double x = 0;
  double y = 0;
};

// The outlines' stroke width, in user units.
inline constexpr double kOutlineWidth = 1.2;

// A series' texture over one box: line segments stroked `stroke_width` wide, or dots of
// `dot_radius`, in the colour `ink`. A solid series has neither.
struct TextureGeometry {
  struct Segment {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  };
  std::vector<Segment> segments;
  std::vector<ChartPoint> dots;
  double stroke_width = 0;
  double dot_radius = 0;
  std::string_view ink;  // "#rrggbb"
  bool empty() const { return segments.empty() && dots.empty(); }
};

enum class Hatch { solid, diagonal, dots, cross, horizontal, back_diagonal, vertical };

// How a box is painted, and how text written inside it is inked.
struct ChartFill {
  std::string_view colour;                   // "#rrggbb"
  Hatch hatch = Hatch::solid;
  std::string_view texture_ink = kChartInk;  // dark on light colours, white on dark ones
  std::string_view label_ink = kChartInk;      // text inside the box, readable on its plate:
  std::string_view label_plate = kChartWhite;  // plain colour behind it that clears the texture
};

// The texture of `fill` over `box`: as geometry, and as one <path class="texture"> that
// carries `data_attribute` (e.g. data-series="2"); empty for a solid fill or a box too small
// to show any.
TextureGeometry texture_geometry(const ChartFill& fill, const ChartBox& box);
std::string texture_path(const ChartFill& fill, const ChartBox& box, std::string_view data_attribute);

// Whether a box has an outline: not when its rect, as written, has no area.
bool has_outline(const ChartBox& box);

// A box's outline as a closed subpath, in the same coordinates as its <rect>; empty when
// it has none.
std::string outline_subpath(const ChartBox& box);

// All the outlines of a group of boxes as one <path>, to be drawn after their textures:
// an outline hides the texture's ends at the box's edge.
std::string outlines_path(std::string_view css_class, const std::string& d);

}  // namespace peiling
