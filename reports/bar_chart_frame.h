// What a bar chart's layout holds whichever way its bars go, standing (chart_layout.cpp) or
// lying on a phone (lying_bar_layout.cpp): the canvas, the plot's box, the axis, the title,
// legend and footnotes; and the scene begun from it, which each layout fills with its bars.
#pragma once

#include <string>
#include <vector>

#include "reports/bar_chart.h"
#include "reports/chart_axis.h"
#include "reports/chart_legend.h"
#include "reports/chart_metrics.h"
#include "reports/chart_scene.h"

namespace peiling {

struct BarChartFrame {
  ChartMetrics metrics = kPageMetrics;
  bool draws_title_and_footnotes = true;
  ChartAxis axis;
  bool has_legend = false;  // only with more than one series
  double width = 0, height = 0;
  double text_width_max = 0;  // for the title, legend and footnotes
  double plot_left = 0, plot_right = 0, plot_top = 0, plot_bottom = 0;
  std::vector<std::string> tick_labels, axis_label_lines, title_lines, footnote_lines;
  double title_baseline = 0, footnote_baseline = 0;
  LegendLayout legend;
};

// The metrics of the style's size, whether it draws title and footnotes, the axis and its
// tick labels.
void begin_frame(const BarChart& chart, const ChartStyle& style, BarChartFrame& frame);

// The title and footnotes wrapped to frame.text_width_max, where the chart draws them, and
// the legend (with more than one series); their places are the layout's to set.
void wrap_frame_texts(const BarChart& chart, BarChartFrame& frame);

// A scene with the frame's canvas, plot box, title, legend and footnotes, and the chart's
// accessible name; the layout adds the axis, bars and categories.
ChartScene framed_scene(const BarChart& chart, const BarChartFrame& frame);

}  // namespace peiling
