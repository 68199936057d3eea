// Fitting a chart to a slide; see slide_chart.h.
#include "reports/slide_chart.h"

#include <algorithm>
#include <limits>

#include "reports/chart_scene.h"
#include "reports/html_parts.h"
#include "reports/slide_metrics.h"

namespace peiling {

namespace {

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
  for (const SceneText& text : scene.texts) consider(text);
  return smallest;
}

// The caption's lines run on, separated by a dot (figcaption span + span::before).
double caption_height(const Chart& chart) {
  std::string caption;
  for (const std::string& line : chart_footnotes(chart)) caption += (caption.empty() ? "" : " · ") + line;
  return slide::text_height(caption, slide::kContentWidth, slide::kCaption);
}

}  // namespace

SlideFigure slide_figure(const ReportChart& chart, double room) {
  // Laid out for the slide's chart box (chart_style.h: every text 18 px there), no taller
  // than the room left under the heading and above the caption.
  const double drawing_room = room - caption_height(chart.chart);
  const ChartStyle style{ChartSize::slide, true, std::min(drawing_room, kSlideChartHeight)};
  const ChartScene scene = lay_out_chart(chart.chart, style);
  const double scale = std::min(slide::kContentWidth / scene.width, drawing_room / scene.height);
  return {html_figure(chart, style), smallest_text(scene) * scale >= slide::kChartTextMinimum};
}

}  // namespace peiling
