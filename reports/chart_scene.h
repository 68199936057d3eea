// A bar chart laid out: every box, line and block of text with its position, in user
// units. bar_chart.cpp writes the scene as SVG and chart_painter.cpp paints it into pixels
// for the PNG, so the .svg and the .png of a chart are drawn from the same numbers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/bar_chart.h"
#include "reports/chart_texture.h"

namespace peiling {

inline constexpr std::string_view kChartFontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif";
inline constexpr std::string_view kChartGreyInk = "#333333";  // ticks, axis label, footnotes
inline constexpr std::string_view kGridlineColour = "#c8c8c8";
inline constexpr double kGridlineWidth = 1;
inline constexpr double kAxisLineWidth = 1.5;
inline constexpr double kStubWidth = 3;
inline constexpr double kHaloWidth = 4;
inline constexpr double kWhiskerWidth = 1.6;

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
};

struct SceneLegendEntry {
  std::size_t series = 0;
  ChartBox swatch;
  SceneText label;
};

struct SceneTick {
  double y = 0;
  bool gridline = false;  // none at the lowest tick, where the axis line goes
  SceneText label;
};

// An interval drawn over a bar as a vertical whisker with caps, clipped to the axis.
struct SceneWhisker {
  double x = 0;
  double low_y = 0;
  double high_y = 0;
  double cap_width = 0;
};

struct SceneBar {
  std::size_t series = 0;
  ChartBox box;
  std::string tooltip;  // "Directie, fase 1: 3,3"
  bool stub = false;    // a value at the axis minimum: a short stroke shows where it stands
  double stub_y = 0;
  SceneText value;      // no lines when the bar has no value label
  std::optional<SceneWhisker> whisker;
};

struct ChartScene {
  double width = 0;
  double height = 0;
  std::string title;  // the accessible title
  SceneText title_text;
  std::vector<SceneLegendEntry> legend;
  std::vector<SceneTick> ticks;
  std::vector<SceneText> axis_label;  // one rotated block per line, outermost first
  double plot_left = 0, plot_right = 0, plot_top = 0, plot_bottom = 0;
  std::vector<SceneBar> bars;
  std::vector<SceneText> categories;
  SceneText footnotes;
  double axis_line_top() const { return plot_top - 4; }
};

ChartScene lay_out_chart(const BarChart& chart);

}  // namespace peiling
