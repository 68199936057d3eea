// Fitting a chart to a slide; see slide_chart.h.
#include "reports/slide_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "reports/chart_scene.h"
#include "reports/html_parts.h"
#include "reports/slide_metrics.h"

namespace peiling {

namespace {

constexpr double kTallestPlot = 340;
constexpr double kFlattestPlot = 160;  // flatter, and the axis label takes three lines
constexpr double kPlotStep = 20;

// The smallest text the chart draws, in its user units.
double smallest_text(const ChartScene& scene) {
  double smallest = std::numeric_limits<double>::infinity();
  const auto consider = [&](const SceneText& text) {
    if (!text.lines.empty()) smallest = std::min(smallest, text.size);
  };
  for (const SceneTick& tick : scene.ticks) consider(tick.label);
  for (const SceneText& line : scene.axis_label) consider(line);
  for (const SceneBar& bar : scene.bars) consider(bar.value);
  for (const SceneText& category : scene.categories) consider(category);
  for (const SceneLegendEntry& entry : scene.legend) consider(entry.label);
  return smallest;
}

// The caption's lines run on, separated by a dot (figcaption span + span::before).
double caption_height(const BarChart& chart) {
  std::string caption;
  for (const std::string& line : chart.footnotes) caption += (caption.empty() ? "" : " · ") + line;
  return slide::text_height(caption, slide::kContentWidth, slide::kCaption);
}

ChartScene scene_with_plot(BarChart chart, double plot_height) {
  chart.plot_height = plot_height;
  chart.title.clear();  // as inline_chart_svg draws it: the title and footnotes are HTML
  chart.footnotes.clear();
  return lay_out_chart(chart);
}

// The chart's smallest text as drawn in `room`.
double drawn_text(const ChartScene& scene, double room) {
  return smallest_text(scene) * std::min(slide::kContentWidth / scene.width, room / scene.height);
}

// Where to start looking: the plot height at which the tallest chart's text would reach
// the minimum, or stop growing because the chart meets the slide's sides; the chart's
// height changes one for one with its plot.
double first_guess(const ChartScene& tallest, double room) {
  const double scale_needed = slide::kChartTextMinimum / smallest_text(tallest);
  const double width_bound = slide::kContentWidth / tallest.width;
  const double height_wanted = room / std::min(scale_needed, width_bound);
  const double plot = kTallestPlot - std::max(0.0, tallest.height - height_wanted);
  return std::max(kFlattestPlot, kTallestPlot - kPlotStep * std::ceil((kTallestPlot - plot) / kPlotStep));
}

}  // namespace

SlideFigure slide_figure(const ReportChart& chart, double room) {
  const double drawing_room = room - caption_height(chart.chart);
  // The tallest plot whose text reads; when none does (the chart is as wide as the
  // slide), the tallest of those that draw the text largest.
  const ChartScene tallest = scene_with_plot(chart.chart, kTallestPlot);
  double best_plot = kTallestPlot, best_text = drawn_text(tallest, drawing_room);
  for (double plot = first_guess(tallest, drawing_room); best_text < slide::kChartTextMinimum && plot >= kFlattestPlot;
       plot -= kPlotStep) {
    const double text = drawn_text(scene_with_plot(chart.chart, plot), drawing_room);
    if (text <= best_text + 0.05) break;  // flatter no longer helps
    best_plot = plot;
    best_text = text;
  }
  ReportChart fitted = chart;
  fitted.chart.plot_height = best_plot;
  return {html_figure(fitted), best_text >= slide::kChartTextMinimum};
}

}  // namespace peiling
