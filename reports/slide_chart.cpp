// Fitting a chart to a slide; see slide_chart.h.
#include "reports/slide_chart.h"

#include <algorithm>
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

// The chart's smallest text as drawn in `room` with a plot `plot_height` high.
double drawn_text(BarChart chart, double plot_height, double room) {
  chart.plot_height = plot_height;
  chart.title.clear();  // as inline_chart_svg draws it: the title and footnotes are HTML
  chart.footnotes.clear();
  const ChartScene scene = lay_out_chart(chart);
  return smallest_text(scene) * std::min(slide::kContentWidth / scene.width, room / scene.height);
}

}  // namespace

SlideFigure slide_figure(const ReportChart& chart, double room) {
  const double drawing_room = room - caption_height(chart.chart);
  // The tallest plot whose text reads; when none does (the chart is as wide as the
  // slide), the tallest of those that draw the text largest.
  double best_plot = kTallestPlot, best_text = 0;
  for (double plot = kTallestPlot; plot >= kFlattestPlot; plot -= kPlotStep) {
    const double text = drawn_text(chart.chart, plot, drawing_room);
    if (text > best_text + 0.05) {
      best_plot = plot;
      best_text = text;
    }
    if (text >= slide::kChartTextMinimum) break;
  }
  ReportChart fitted = chart;
  fitted.chart.plot_height = best_plot;
  return {html_figure(fitted), best_text >= slide::kChartTextMinimum};
}

}  // namespace peiling
