// What a bar chart's layout holds whichever way its bars go; see bar_chart_frame.h.
#include "reports/bar_chart_frame.h"

#include "reports/chart_text.h"

namespace peiling {

void begin_frame(const BarChart& chart, const ChartStyle& style, BarChartFrame& frame) {
  frame.metrics = chart_metrics(style.size);
  if (style.box_height > 0) frame.metrics.box_height = style.box_height;
  frame.draws_title_and_footnotes = !style.inline_in_page;
  frame.axis = make_chart_axis(chart);
  frame.tick_labels = tick_labels(chart, frame.axis);
  frame.has_legend = chart.series.size() > 1;
}

void wrap_frame_texts(const BarChart& chart, BarChartFrame& frame) {
  const ChartMetrics& m = frame.metrics;
  if (frame.draws_title_and_footnotes) {
    frame.title_lines = wrap_text(chart.title, frame.text_width_max, m.title_size, true, 4);
    for (const auto& footnote : chart.footnotes)
      for (auto& line : wrap_text(footnote, frame.text_width_max, m.footnote_size))
        frame.footnote_lines.push_back(std::move(line));
  }
  if (frame.has_legend) {
    std::vector<std::string> names;
    for (const BarSeries& series : chart.series) names.push_back(series.name);
    frame.legend = lay_out_legend(names, {}, frame.text_width_max, m);
  }
}

ChartScene framed_scene(const BarChart& chart, const BarChartFrame& frame) {
  const ChartMetrics& m = frame.metrics;
  ChartScene scene;
  scene.width = frame.width;
  scene.height = frame.height;
  scene.accessible_name = chart_accessible_name(chart.title, chart.description);
  scene.comparison_series = chart.comparison_series;
  scene.plot_left = frame.plot_left;
  scene.plot_right = frame.plot_right;
  scene.plot_top = frame.plot_top;
  scene.plot_bottom = frame.plot_bottom;
  scene.title_text = text_at(frame.title_lines, frame.width / 2, frame.title_baseline, m.title_size, kChartInk);
  scene.title_text.line_height = m.title_line;
  scene.title_text.bold = true;
  scene.title_text.anchor = TextAnchor::middle;
  scene.footnotes = text_at(frame.footnote_lines, m.margin, frame.footnote_baseline, m.footnote_size, kChartGreyInk);
  scene.footnotes.line_height = m.footnote_line;
  if (frame.has_legend) place_legend(frame.legend, frame.width, m, scene);
  return scene;
}

}  // namespace peiling
