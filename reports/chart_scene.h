// A chart laid out: every box, line and block of text with its position, in user units.
// Each chart kind has a layout that makes a scene (chart_layout.cpp for the vertical bar
// chart, stacked_chart_layout.cpp for the stacked one); chart_svg.cpp writes any scene as
// SVG and chart_painter.cpp paints it into pixels for the PNG, so the .svg and the .png of
// a chart are drawn from the same numbers. A layer a chart kind does not use stays empty
// and writes nothing.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/bar_chart.h"
#include "reports/chart_palette.h"
#include "reports/chart_style.h"
#include "reports/chart_texture.h"
#include "reports/stacked_bar_chart.h"

namespace peiling {

inline constexpr std::string_view kChartFontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif";
inline constexpr std::string_view kChartGreyInk = "#333333";  // ticks, axis label, footnotes
inline constexpr std::string_view kGridlineColour = "#c8c8c8";
inline constexpr double kGridlineWidth = 1;
inline constexpr double kAxisLineWidth = 1.5;
inline constexpr double kStubWidth = 3;
inline constexpr double kHaloWidth = 4;
inline constexpr double kWhiskerWidth = 1.6;
inline constexpr double kMarkerOutlineWidth = 1.5;

enum class TextAnchor { start, middle, end };

// A block of text: its lines `line_height` apart, the first on `baseline`.
struct SceneText {
  std::vector<std::string> lines;  // unescaped UTF-8
  double x = 0;
  double baseline = 0;
  double line_height = 0;
  double size = 14;
  bool bold = false;
  TextAnchor anchor = TextAnchor::start;
  std::string_view colour = kChartInk;
  bool rotated = false;  // a quarter turn anticlockwise about (x, baseline)
  bool halo = false;     // a white outline under the glyphs, readable over gridlines
  std::string_view css_class;  // for the free texts of ChartScene::texts
};

struct SceneLegendEntry {
  std::size_t fill = 0;  // index into the scene's palette
  ChartBox swatch;
  SceneText label;
};

struct SceneLine {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct SceneTick {
  std::vector<SceneLine> gridlines;  // none at the vertical chart's lowest tick, where the axis line goes
  SceneText label;
};

// An interval drawn over a bar as a whisker from one end to the other with a cap across
// each, clipped to the axis: upright over a standing bar, level along a lying one.
struct SceneWhisker {
  double x1 = 0, y1 = 0;  // the low end
  double x2 = 0, y2 = 0;  // the high end
  double cap_width = 0;
  // Stated, not read from the ends: an interval of no width has ends alike either way.
  bool upright = true;
  // The stem and the two caps, as the SVG and the PNG draw them.
  std::array<SceneLine, 3> lines() const {
    const double half = cap_width / 2;
    if (upright) return {{{x1, y1, x2, y2}, {x1 - half, y1, x1 + half, y1}, {x2 - half, y2, x2 + half, y2}}};
    return {{{x1, y1, x2, y2}, {x1, y1 - half, x1, y1 + half}, {x2, y2 - half, x2, y2 + half}}};
  }
};

struct SceneBar {
  std::size_t fill = 0;  // index into the scene's palette
  ChartBox box;
  std::string tooltip;  // "Directie, fase 1: 3,3"
  // A value at the axis minimum: a short stroke along the bar's foot shows where it stands.
  std::optional<SceneLine> stub;
  SceneText value;      // no lines when the bar has no value label
  std::optional<ChartBox> plate;  // plain colour behind a value inside the bar (ChartFill::label_plate)
  std::optional<SceneWhisker> whisker;
};

// A triangle pointing up with its tip at (x, tip_y): the median under a stacked bar.
struct SceneMarker {
  double x = 0;
  double tip_y = 0;
  double half_width = 0;
  double height = 0;
};

struct ChartScene {
  double width = 0;
  double height = 0;
  std::string css_class = "bar-chart";
  std::string accessible_name;  // the SVG's <title>: the chart's description, else its title
  ChartPalette palette = ChartPalette::groups;
  std::size_t palette_size = 0;  // the points of an ordered scale
  std::optional<std::size_t> comparison_series;  // BarChart::comparison_series
  SceneText title_text;
  std::vector<SceneLegendEntry> legend;
  std::vector<SceneTick> ticks;
  std::vector<SceneText> axis_label;  // one rotated block per line, outermost first
  double plot_left = 0, plot_right = 0, plot_top = 0, plot_bottom = 0;
  bool axis_line = true;  // the vertical chart's: up the left of the plot and along its foot
  std::vector<SceneBar> bars;
  std::vector<SceneMarker> markers;
  std::vector<SceneText> categories;
  std::vector<SceneText> texts;  // row labels, headings, notes; each names its css_class
  SceneText footnotes;
  double axis_line_top() const { return plot_top - 4; }

  ChartFill fill(std::size_t index) const {
    if (palette == ChartPalette::groups && comparison_series == index) return comparison_fill();
    return palette == ChartPalette::ordered_scale ? scale_fill(index, palette_size) : series_fill(index);
  }
  // The attribute that ties a box to its palette entry: data-series="1" or data-point="3".
  std::string fill_attribute(std::size_t index) const {
    return std::string(palette == ChartPalette::ordered_scale ? "data-point" : "data-series") + "=\"" +
           std::to_string(index) + "\"";
  }
};

ChartScene lay_out_chart(const BarChart& chart, const ChartStyle& style = {});
ChartScene lay_out_chart(const StackedBarChart& chart, const ChartStyle& style = {});

// The scene as an SVG document: `standalone`, with an XML declaration and a pixel size;
// else an <svg> element that scales to the width of its container.
std::string scene_svg(const ChartScene& scene, bool standalone);

// The scene as a PNG file `width_px` wide; see write_png in bar_chart.h.
void write_scene_png(const ChartScene& scene, const std::filesystem::path& png_path, int width_px);

// The accessible name of a chart: its description, else its title.
inline const std::string& chart_accessible_name(const std::string& title, const std::string& description) {
  return description.empty() ? title : description;
}

// A text block with the usual defaults: one line per entry, anchored at its start.
inline SceneText text_at(std::vector<std::string> lines, double x, double baseline, double size,
                         std::string_view colour) {
  SceneText text;
  text.lines = std::move(lines);
  text.x = x;
  text.baseline = baseline;
  text.size = size;
  text.colour = colour;
  return text;
}

}  // namespace peiling
