// Laying out a vertical bar chart: where every box, line and text goes; see chart_scene.h.
// On a phone the bars lie instead (lying_bar_layout.cpp).
//
// On a page the chart is laid out in user units on a canvas at least 800 wide; a PNG
// 1600 px wide draws it at twice that scale. On a slide the canvas is the slide's chart box
// and the plot takes the height the rest leaves (chart_metrics.h). Text is measured with
// chart_text's DejaVu Sans widths and wrapped before it reaches a neighbour; it stays
// unescaped here.
#include <algorithm>
#include <cmath>

#include "reports/bar_chart_frame.h"
#include "reports/chart_scene.h"
#include "reports/chart_text.h"
#include "reports/lying_bar_layout.h"

namespace peiling {

namespace {

// Every position and wrapped text the chart needs, worked out before anything is written,
// because the canvas size in the opening <svg> tag depends on all of it. Text is wrapped
// here and escaped only when written.
struct Layout : BarChartFrame {
  double plot_height = 0;
  double slot = 0;  // the width each category gets
  // Bars of one category stand side by side in a group centred on the category's slot.
  double group_width = 0, bar_step = 0, bar_gap = 0, bar_width = 0;
  double label_room = 0;         // for a value label, between its neighbours
  bool rotated_values = false;   // some value label fits its room at no size: all turn upright
  // Upright labels reach this far above the plot's top at most, as a share of the plot's
  // height (below the top) and a length.
  std::vector<std::pair<double, double>> upright_labels;
  std::vector<std::vector<std::string>> category_lines;
  double category_size = 0, category_line = 0, category_baseline = 0;

  // Values outside the axis are drawn at its ends.
  double scale_y(double value) const { return plot_bottom - axis.share(value) * plot_height; }
};

// ---- layout --------------------------------------------------------------------------

// How wide the bars of a category are, and whether the value labels fit over them; labels
// too wide even at the smallest size are turned upright, all of them, so they never run
// into a neighbour.
void layout_bars(const BarChart& chart, Layout& layout) {
  const ChartMetrics& m = layout.metrics;
  const std::size_t n_series = chart.series.size();
  const bool legend = layout.has_legend;
  layout.group_width = legend ? std::min(layout.slot * 0.82, 72.0 * n_series) : std::min(layout.slot * 0.6, 130.0);
  layout.bar_step = n_series ? layout.group_width / n_series : layout.group_width;
  layout.bar_gap = legend ? std::min(4.0, layout.bar_step * 0.12) : 0;
  layout.bar_width = layout.bar_step - layout.bar_gap;
  layout.label_room = legend ? layout.bar_step - 6 : layout.slot - 2;  // keeps neighbouring labels apart
  for (const BarSeries& series : chart.series)
    for (std::size_t c = 0; c < chart.categories.size(); ++c) {
      if (!has_bar(series, c)) continue;
      const std::string label = bar_value_label(chart, series, c, *series.values[c]);
      const double value = std::clamp(*series.values[c], layout.axis.min, layout.axis.max);
      if (text_width(label, m.min_value_size, true) > layout.label_room) layout.rotated_values = true;
      const double below_top = (layout.axis.max - value) / (layout.axis.max - layout.axis.min);
      layout.upright_labels.emplace_back(below_top, text_width(label, m.value_size, true));
    }
}

// The room an upright label needs above the plot's top when the plot is `plot_height` high.
double upright_reach(const Layout& layout, double below_top, double length, double plot_height) {
  return length + 6 + layout.metrics.value_size * 0.4 - below_top * plot_height;
}

// The plot's height and the room above it for the value labels over its highest bars:
// upright labels need as much as the longest reaches above the top. On a page the plot
// has its fixed height; on a slide it takes what is left of `available`, which it shares
// with that room, and never less than its smallest height.
std::pair<double, double> plot_height_and_headroom(const Layout& layout, double available) {
  const ChartMetrics& m = layout.metrics;
  double headroom = m.value_headroom;
  if (m.box_height <= 0) {
    if (layout.rotated_values)
      for (const auto& [below_top, length] : layout.upright_labels)
        headroom = std::max(headroom, upright_reach(layout, below_top, length, m.plot_height));
    return {m.plot_height, headroom};
  }
  // headroom >= reach(plot = available - headroom), solved for the headroom per label.
  if (layout.rotated_values)
    for (const auto& [below_top, length] : layout.upright_labels)
      if (below_top < 1) headroom = std::max(headroom, upright_reach(layout, below_top, length, available) / (1 - below_top));
  if (available - headroom >= m.min_plot_height) return {available - headroom, headroom};
  headroom = m.value_headroom;
  if (layout.rotated_values)
    for (const auto& [below_top, length] : layout.upright_labels)
      headroom = std::max(headroom, upright_reach(layout, below_top, length, m.min_plot_height));
  return {m.min_plot_height, headroom};
}

// Horizontal layout: the axis label and tick labels on the left, then the plot.
void layout_horizontally(const BarChart& chart, Layout& layout) {
  const ChartMetrics& m = layout.metrics;
  const std::size_t n_categories = chart.categories.size();
  double tick_width = 0;
  for (const std::string& label : layout.tick_labels) tick_width = std::max(tick_width, text_width(label, m.tick_size));
  layout.axis_label_lines = wrap_text(chart.axis_label, m.axis_label_length, m.axis_label_size, false, 3);
  const double axis_label_width = layout.axis_label_lines.size() * m.axis_label_line;
  layout.plot_left = m.margin + axis_label_width + (layout.axis_label_lines.empty() ? 0 : 8) + tick_width + 10;
  // Each category gets room for its bars, and if the canvas may grow that far, for its
  // longest word, so "systeemontwikkelaar" is not cut in two.
  const double min_slot =
      layout.has_legend ? std::max(m.min_slot, m.min_bar_width * chart.series.size() + 24) : m.min_slot;
  double longest_word = 0;
  for (const auto& category : chart.categories)
    longest_word = std::max(longest_word, widest_word(category, m.category_size));
  const double word_slot = longest_word + m.category_padding;
  layout.width =
      std::ceil(std::max({m.min_width, layout.plot_left + min_slot * n_categories + m.margin,
                          std::min(m.max_width_for_words, layout.plot_left + word_slot * n_categories + m.margin)}));
  layout.plot_right = layout.width - m.margin;
  const double plot_width = layout.plot_right - layout.plot_left;
  layout.slot = n_categories ? plot_width / n_categories : plot_width;
  // Still too narrow: a smaller font first, down to a limit; only then are words broken.
  layout.category_size =
      longest_word + m.category_padding > layout.slot
          ? std::max(m.min_category_size, m.category_size * (layout.slot - m.category_padding) / longest_word)
          : m.category_size;
  layout.category_line = layout.category_size * 1.22;
  layout.text_width_max = layout.width - 2 * m.margin;
  layout_bars(chart, layout);
}

// Vertical layout, top to bottom: title, legend, plot, category labels, footnotes. On a
// slide the plot gets what the rest leaves of the chart box.
void layout_vertically(const BarChart& chart, Layout& layout) {
  const ChartMetrics& m = layout.metrics;
  wrap_frame_texts(chart, layout);
  std::size_t max_category_lines = 0;
  for (const auto& category : chart.categories) {
    layout.category_lines.push_back(
        wrap_text(category, layout.slot - m.category_padding, layout.category_size, false, m.max_category_lines));
    max_category_lines = std::max(max_category_lines, layout.category_lines.back().size());
  }

  double y = m.margin;
  layout.title_baseline = y + m.title_size * 0.8;
  y += layout.title_lines.size() * m.title_line;
  if (!layout.title_lines.empty()) y += 6;
  layout.legend.top = y + 4;
  y += layout.legend.height(m);
  const double below_plot = 8 + max_category_lines * layout.category_line + 6 +
                            (layout.footnote_lines.empty() ? 0 : 8 + layout.footnote_lines.size() * m.footnote_line) +
                            m.margin;
  const auto [plot_height, headroom] = plot_height_and_headroom(layout, m.box_height - y - below_plot);
  layout.plot_top = y + headroom;
  layout.plot_height = plot_height;
  layout.plot_bottom = layout.plot_top + layout.plot_height;

  layout.category_baseline = layout.plot_bottom + 8 + layout.category_size;
  y = layout.plot_bottom + 8 + max_category_lines * layout.category_line + 6;
  layout.footnote_baseline = y + 8 + m.footnote_size;
  if (!layout.footnote_lines.empty()) y += 8 + layout.footnote_lines.size() * m.footnote_line;
  layout.height = std::ceil(y + m.margin);
}

Layout layout_chart(const BarChart& chart, const ChartStyle& style) {
  Layout layout;
  begin_frame(chart, style, layout);
  layout_horizontally(chart, layout);  // first: the canvas width decides how text wraps
  layout_vertically(chart, layout);
  return layout;
}


// ---- the scene -----------------------------------------------------------------------

void place_axis(const Layout& layout, ChartScene& scene) {
  const ChartMetrics& m = layout.metrics;
  const ChartAxis& axis = layout.axis;
  for (std::size_t t = 0; t < axis.ticks.size(); ++t) {
    const double y = layout.scale_y(axis.ticks[t]);
    SceneText label = text_at({layout.tick_labels[t]}, layout.plot_left - 8, y + m.tick_size * 0.35, m.tick_size,
                              kChartGreyInk);
    label.anchor = TextAnchor::end;
    SceneTick tick;
    if (t > 0) tick.gridlines.push_back({layout.plot_left, y, layout.plot_right, y});
    tick.label = std::move(label);
    scene.ticks.push_back(std::move(tick));
  }
  const double centre_y = (layout.plot_top + layout.plot_bottom) / 2;
  for (std::size_t i = 0; i < layout.axis_label_lines.size(); ++i) {
    SceneText line = text_at({layout.axis_label_lines[i]}, m.margin + m.axis_label_size * 0.85 + i * m.axis_label_line,
                             centre_y, m.axis_label_size, kChartGreyInk);
    line.anchor = TextAnchor::middle;
    line.rotated = true;
    scene.axis_label.push_back(std::move(line));
  }
}

// A bar's value label: shrunk (down to a limit) to fit the room above its bar, or turned
// upright, reading upwards from just above the bar with its glyphs centred on it.
SceneText value_label(const Layout& layout, const std::string& label, double centre_x, double bar_top) {
  const ChartMetrics& m = layout.metrics;
  const double natural = text_width(label, m.value_size, true);
  const double room = layout.label_room;
  const double size = layout.rotated_values || natural <= room ? m.value_size
                                                               : std::max(m.min_value_size, m.value_size * room / natural);
  SceneText text = text_at({label}, centre_x, bar_top - 6, size, kChartInk);
  text.bold = true;
  text.anchor = TextAnchor::middle;
  text.halo = true;
  if (layout.rotated_values) {
    text.anchor = TextAnchor::start;
    text.rotated = true;
    text.x = centre_x + size * 0.36;
  }
  return text;
}

void place_bars(const BarChart& chart, const Layout& layout, ChartScene& scene) {
  const std::size_t n_series = chart.series.size();
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    const double centre = layout.plot_left + layout.slot * (c + 0.5);
    for (std::size_t s = 0; s < n_series; ++s) {
      const BarSeries& series = chart.series[s];
      if (!has_bar(series, c)) continue;
      const double value = *series.values[c];
      const std::string label = bar_value_label(chart, series, c, value);
      const double x = centre - layout.group_width / 2 + s * layout.bar_step + layout.bar_gap / 2;
      const double top = layout.scale_y(value);
      SceneBar bar;
      bar.fill = s;
      bar.box = ChartBox{x, top, layout.bar_width, layout.plot_bottom - top};
      bar.tooltip = bar_tooltip(chart, series, c, label);
      if (layout.plot_bottom - top < 1)
        bar.stub = SceneLine{x, layout.plot_bottom - 1.5, x + layout.bar_width, layout.plot_bottom - 1.5};
      if (!label.empty()) bar.value = value_label(layout, label, x + layout.bar_width / 2, top);
      if (c < series.error_bars.size() && series.error_bars[c]) {
        const double centre_x = x + layout.bar_width / 2;
        bar.whisker = SceneWhisker{centre_x, layout.scale_y(series.error_bars[c]->first), centre_x,
                                   layout.scale_y(series.error_bars[c]->second), std::min(12.0, layout.bar_width * 0.4)};
      }
      scene.bars.push_back(std::move(bar));
    }
  }
}

void place_categories(const Layout& layout, ChartScene& scene) {
  for (std::size_t c = 0; c < layout.category_lines.size(); ++c) {
    SceneText category = text_at(layout.category_lines[c], layout.plot_left + layout.slot * (c + 0.5),
                                 layout.category_baseline, layout.category_size, kChartInk);
    category.line_height = layout.category_line;
    category.anchor = TextAnchor::middle;
    scene.categories.push_back(std::move(category));
  }
}

}  // namespace

ChartScene lay_out_chart(const BarChart& chart, const ChartStyle& style) {
  if (style.size == ChartSize::phone) return lay_out_lying_bars(chart, style);
  const Layout layout = layout_chart(chart, style);
  ChartScene scene = framed_scene(chart, layout);
  place_categories(layout, scene);
  place_axis(layout, scene);
  place_bars(chart, layout, scene);
  return scene;
}

}  // namespace peiling
