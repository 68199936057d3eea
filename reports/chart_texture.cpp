// Textures and box outlines for the charts; see chart_texture.h.
//
// The texture geometry is anchored to the canvas, like a pattern in user space, so
// neighbouring bars line up. The box's outline is drawn over the texture afterwards and
// hides anything within half its width of the box's edge; the clipping below relies on that.
#include "reports/chart_texture.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace peiling {

namespace {

constexpr double kHatchSpacing = 7;  // between the centres of neighbouring hatch lines
constexpr double kHatchWidth = 2;
constexpr double kCrossWidth = 1.5;
constexpr double kDotSpacing = 8;
constexpr double kDotRadius = 1.9;

// How far a stroke may reach past the box's edge and still be hidden by the outline,
// allowing for texture coordinates being rounded to one decimal.
constexpr double kHidden = kOutlineWidth / 2 - 0.05;

// A coordinate pair of texture geometry, to one decimal.
std::string point(double x, double y) { return svg_number(x, 1) + " " + svg_number(y, 1); }

// Clips the line base + s * direction to the rectangle [x0, x1] x [y0, y1]: narrows
// [s_min, s_max] to the part inside, leaving it empty (s_max <= s_min) when none is.
void clip_line(double base_x, double base_y, double dx, double dy, double x0, double x1, double y0, double y1,
               double& s_min, double& s_max) {
  auto slab = [&](double base, double direction, double lo, double hi) {
    if (std::fabs(direction) < 1e-12) {
      if (base < lo || base > hi) s_max = s_min;  // parallel and outside: nothing
      return;
    }
    const double a = (lo - base) / direction;
    const double b = (hi - base) / direction;
    s_min = std::max(s_min, std::min(a, b));
    s_max = std::min(s_max, std::max(a, b));
  };
  slab(base_x, dx, x0, x1);
  slab(base_y, dy, y0, y1);
}

// Appends the lines { p : normal . p = spacing * (k + 1/2) } across the box, each clipped
// to it. `normal` has unit length.
void hatch_lines(std::vector<TextureGeometry::Segment>& segments, const ChartBox& box, double nx, double ny,
                 double stroke_width) {
  // Butt ends and sides of a stroke stick out by up to half its width across each axis;
  // pull the clip box in so they stay under the outline.
  const double inset_x = std::max(0.0, stroke_width / 2 * std::fabs(nx) - kHidden);
  const double inset_y = std::max(0.0, stroke_width / 2 * std::fabs(ny) - kHidden);
  const double x0 = box.x + inset_x;
  const double x1 = box.x + box.width - inset_x;
  const double y0 = box.y + inset_y;
  const double y1 = box.y + box.height - inset_y;
  if (!(x1 > x0) || !(y1 > y0)) return;
  // The range of offsets that touch the box: from its corners.
  double low = std::numeric_limits<double>::infinity();
  double high = -low;
  for (double cx : {x0, x1})
    for (double cy : {y0, y1}) {
      low = std::min(low, nx * cx + ny * cy);
      high = std::max(high, nx * cx + ny * cy);
    }
  const auto first = static_cast<long long>(std::ceil(low / kHatchSpacing - 0.5));
  const auto last = static_cast<long long>(std::floor(high / kHatchSpacing - 0.5));
  for (long long k = first; k <= last; ++k) {
    const double offset = kHatchSpacing * (static_cast<double>(k) + 0.5);
    // The line is base + s * (tx, ty), along the hatch.
    const double bx = offset * nx;
    const double by = offset * ny;
    const double tx = -ny;
    const double ty = nx;
    double s_min = -std::numeric_limits<double>::infinity();
    double s_max = -s_min;
    clip_line(bx, by, tx, ty, x0, x1, y0, y1, s_min, s_max);
    if (!(s_max - s_min > 0.3)) continue;  // shorter than it is wide: a speck
    segments.push_back({bx + s_min * tx, by + s_min * ty, bx + s_max * tx, by + s_max * ty});
  }
}

// Appends the centre of a dot at every grid point whose dot fits the box up to the part
// that the outline hides.
void dots(std::vector<ChartPoint>& centres, const ChartBox& box) {
  const double reach = kDotRadius - kHidden;
  const auto first_column = static_cast<long long>(std::ceil((box.x + reach) / kDotSpacing - 0.5));
  const auto last_column = static_cast<long long>(std::floor((box.x + box.width - reach) / kDotSpacing - 0.5));
  const auto first_row = static_cast<long long>(std::ceil((box.y + reach) / kDotSpacing - 0.5));
  const auto last_row = static_cast<long long>(std::floor((box.y + box.height - reach) / kDotSpacing - 0.5));
  for (long long row = first_row; row <= last_row; ++row)
    for (long long column = first_column; column <= last_column; ++column)
      centres.push_back({kDotSpacing * (static_cast<double>(column) + 0.5), kDotSpacing * (static_cast<double>(row) + 0.5)});
}

// The geometry of `hatch` over `box` appended to `texture`, with the stroke width it uses.
void add_geometry(TextureGeometry& texture, Hatch hatch, const ChartBox& box) {
  constexpr double kDiagonal = 0.70710678118654752;  // 1 / sqrt(2)
  texture.stroke_width = hatch == Hatch::cross ? kCrossWidth : kHatchWidth;
  switch (hatch) {
    case Hatch::solid: break;
    case Hatch::diagonal: hatch_lines(texture.segments, box, kDiagonal, kDiagonal, kHatchWidth); break;  // "/"
    case Hatch::back_diagonal: hatch_lines(texture.segments, box, kDiagonal, -kDiagonal, kHatchWidth); break;  // "\"
    case Hatch::horizontal: hatch_lines(texture.segments, box, 0, 1, kHatchWidth); break;
    case Hatch::vertical: hatch_lines(texture.segments, box, 1, 0, kHatchWidth); break;
    case Hatch::cross:
      hatch_lines(texture.segments, box, kDiagonal, kDiagonal, kCrossWidth);
      hatch_lines(texture.segments, box, -kDiagonal, kDiagonal, kCrossWidth);
      break;
    case Hatch::dots: dots(texture.dots, box); break;
  }
}

}  // namespace

std::string svg_number(double value, int decimals) {
  if (!std::isfinite(value)) value = 0;
  char buffer[64];  // std::to_chars ignores the locale, unlike printf
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string text(buffer, result.ptr);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

TextureGeometry texture_geometry(const ChartFill& fill, const ChartBox& box) {
  TextureGeometry texture;
  texture.ink = fill.texture_ink;
  texture.dot_radius = kDotRadius;
  add_geometry(texture, fill.hatch, box);
  return texture;
}

std::string texture_path(const ChartFill& fill, const ChartBox& box, std::string_view data_attribute) {
  const TextureGeometry texture = texture_geometry(fill, box);
  if (texture.empty()) return {};
  std::string d;
  for (const auto& segment : texture.segments)
    d += "M" + point(segment.x1, segment.y1) + "L" + point(segment.x2, segment.y2);
  const std::string r = svg_number(texture.dot_radius, 1);
  const std::string arc = "a" + r + " " + r + " 0 1 0 ";  // a dot is two half-circle arcs
  const std::string diameter = svg_number(2 * texture.dot_radius, 1);
  for (const ChartPoint& dot : texture.dots)
    d += "M" + point(dot.x - texture.dot_radius, dot.y) + arc + diameter + " 0" + arc + "-" + diameter + " 0";
  std::string out = "<path class=\"texture\" " + std::string(data_attribute) + " d=\"" + d + "\"";
  if (!texture.dots.empty())
    out += " fill=\"" + std::string(texture.ink) + "\"";
  else
    out += " fill=\"none\" stroke=\"" + std::string(texture.ink) + "\" stroke-width=\"" + svg_number(texture.stroke_width) + "\"";
  return out + " pointer-events=\"none\"/>";  // hovering still shows the bar's title
}

bool has_outline(const ChartBox& box) {
  const std::string w = svg_number(box.width);
  const std::string h = svg_number(box.height);
  return !(w == "0" || h == "0" || w.front() == '-' || h.front() == '-');
}

std::string outline_subpath(const ChartBox& box) {
  if (!has_outline(box)) return {};
  const std::string w = svg_number(box.width);
  const std::string h = svg_number(box.height);
  return "M" + svg_number(box.x) + " " + svg_number(box.y) + "h" + w + "v" + h + "h-" + w + "z";
}

std::string outlines_path(std::string_view css_class, const std::string& d) {
  if (d.empty()) return {};
  return "<path class=\"" + std::string(css_class) + "\" d=\"" + d + "\" fill=\"none\" stroke=\"" +
         std::string(kChartInk) + "\" stroke-width=\"" + svg_number(kOutlineWidth) + "\" pointer-events=\"none\"/>\n";
}

}  // namespace peiling
