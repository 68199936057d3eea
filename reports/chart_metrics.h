// The sizes the chart layouts work with, in user units, for each ChartSize: a page chart is
// laid out on an 800-wide canvas with 14-unit text; a slide chart on a canvas the size of
// the slide's chart box, so a user unit is a css px there and no text is below 18; a phone
// chart on a canvas about a phone page's width.
#pragma once

#include <cstddef>

#include "reports/chart_style.h"

namespace peiling {

struct ChartMetrics {
  double min_width = 800;
  double max_width_for_words = 1000;  // a canvas may grow to this to keep words whole
  double box_height = 0;              // a slide's: the plot shrinks to keep the chart in it; 0 for none
  double margin = 24;
  double title_size = 22, title_line = 28;
  double legend_size = 15, legend_row = 28, swatch = 18, legend_gap = 28;
  double tick_size = 14;
  double axis_label_size = 14, axis_label_line = 18, axis_label_length = 340;  // wrapped to the length
  double value_size = 14, min_value_size = 9;
  double category_size = 14, min_category_size = 11, category_padding = 10;
  std::size_t max_category_lines = 8;
  double footnote_size = 14, footnote_line = 19;
  double plot_height = 340, min_plot_height = 340;
  double value_headroom = 26;
  double min_slot = 70, min_bar_width = 32;  // per category; per bar of a group
  // The stacked bar chart's rows.
  double row_label_size = 14, row_label_line = 17;
  double note_size = 13, note_line = 16;
  double heading_size = 15, heading_line = 19;
  double segment_label_size = 13, min_segment_label_size = 10.5;
  double bar_height = 26, row_gap = 12, block_gap = 10;
  double marker_half_width = 5.5, marker_height = 8;
};

inline constexpr ChartMetrics kPageMetrics{};

inline constexpr ChartMetrics kSlideMetrics = [] {
  ChartMetrics m;
  m.min_width = kSlideChartWidth;
  m.max_width_for_words = kSlideChartWidth;
  // Room to spare: on a 1280 x 720 slide with a heading, a line of question and a line of
  // caption the box is about 1165 x 490, and the chart still shows at its own size there.
  m.box_height = kSlideChartHeight - 60;
  m.margin = 16;
  m.title_size = 26, m.title_line = 32;
  m.legend_size = 20, m.legend_row = 34, m.swatch = 22, m.legend_gap = 32;
  m.tick_size = 18;
  m.axis_label_size = 18, m.axis_label_line = 22, m.axis_label_length = 300;
  m.value_size = 20, m.min_value_size = kSlideMinFontSize;
  m.category_size = 20, m.min_category_size = kSlideMinFontSize, m.category_padding = 14;
  m.max_category_lines = 4;
  m.footnote_size = 18, m.footnote_line = 24;
  m.plot_height = 340, m.min_plot_height = 170;
  m.value_headroom = 30;
  m.min_slot = 90, m.min_bar_width = 34;
  m.row_label_size = 20, m.row_label_line = 24;
  m.note_size = 18, m.note_line = 22;
  m.heading_size = 20, m.heading_line = 25;
  m.segment_label_size = 20, m.min_segment_label_size = kSlideMinFontSize;
  m.bar_height = 36, m.row_gap = 12, m.block_gap = 10;
  m.marker_half_width = 8, m.marker_height = 11;
  return m;
}();

// A phone's report: laid out as wide as a phone's page (366 css px on a 390-px phone) and
// drawn at its own size there (html_page_figure), so no text is below 10.5 css px. A bar
// chart's bars lie (lying_bar_layout.cpp: bar_height per bar, row_gap between categories);
// a stacked chart's rows are narrower than the page's. Only a chart that leaves its bars too
// little room grows wider, and scrolls sideways rather than shrinking its text.
inline constexpr ChartMetrics kPhoneMetrics = [] {
  ChartMetrics m;
  m.min_width = 366;
  m.margin = 10;
  m.title_size = 17, m.title_line = 22;
  m.legend_size = 13, m.legend_row = 22, m.swatch = 14, m.legend_gap = 18;
  m.tick_size = 12;
  m.axis_label_size = 12, m.axis_label_line = 15;
  m.value_size = 12;
  m.category_size = 13;
  m.max_category_lines = 8;
  m.footnote_size = 12, m.footnote_line = 16;
  m.row_label_size = 13, m.row_label_line = 16;
  m.note_size = 12, m.note_line = 15;
  m.heading_size = 13, m.heading_line = 17;
  m.segment_label_size = 12, m.min_segment_label_size = 10.5;
  m.bar_height = 22, m.row_gap = 10, m.block_gap = 8;
  m.marker_half_width = 4.5, m.marker_height = 7;
  return m;
}();

inline const ChartMetrics& chart_metrics(ChartSize size) {
  switch (size) {
    case ChartSize::page: return kPageMetrics;
    case ChartSize::slide: return kSlideMetrics;
    case ChartSize::phone: return kPhoneMetrics;
  }
  return kPageMetrics;
}

}  // namespace peiling
