// How the bar charts paint a series: its colour from a palette that colour-blind viewers
// can tell apart, a texture of its own over that colour (so the chart still reads in
// grayscale), and the outline that frames each box. Textures are plain SVG geometry
// clipped to the box here, not <pattern> or clip-path, which librsvg renders several
// times slower and PowerPoint and Word import badly.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

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

// The fill colour of series `series`, as "#rrggbb".
std::string_view series_colour(std::size_t series);

// The texture of series `series` over `box` as one <path class="texture">; empty for a
// solid series or a box too small to show any.
std::string texture_path(std::size_t series, const ChartBox& box);

// A box's outline as a closed subpath, in the same coordinates as its <rect>; empty when
// the rect has no area and so draws nothing.
std::string outline_subpath(const ChartBox& box);

// All the outlines of a group of boxes as one <path>, to be drawn after their textures:
// an outline hides the texture's ends at the box's edge.
std::string outlines_path(std::string_view css_class, const std::string& d);

}  // namespace peiling
