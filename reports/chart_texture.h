// How the bar charts paint a series: its colour from a palette that colour-blind viewers
// can tell apart, a texture of its own over that colour (so the chart still reads in
// grayscale), and the outline that frames each box. Textures are plain geometry clipped
// to the box here, not SVG <pattern> or clip-path, which renderers draw several times
// slower and PowerPoint and Word import badly; the PNG painter draws the same geometry.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace peiling {

// The chart's ink: text, outlines, and the texture over light colours.
inline constexpr std::string_view kChartInk = "#1a1a1a";

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

// The fill colour of series `series`, as "#rrggbb".
std::string_view series_colour(std::size_t series);

// The texture of series `series` over `box`: as geometry, and as one <path
// class="texture">, empty for a solid series or a box too small to show any.
TextureGeometry texture_geometry(std::size_t series, const ChartBox& box);
std::string texture_path(std::size_t series, const ChartBox& box);

// Whether a box has an outline: not when its rect, as written, has no area.
bool has_outline(const ChartBox& box);

// A box's outline as a closed subpath, in the same coordinates as its <rect>; empty when
// it has none.
std::string outline_subpath(const ChartBox& box);

// All the outlines of a group of boxes as one <path>, to be drawn after their textures:
// an outline hides the texture's ends at the box's edge.
std::string outlines_path(std::string_view css_class, const std::string& d);

}  // namespace peiling
