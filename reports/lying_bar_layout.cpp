// Laying out a bar chart for a phone: the bars lie along the screen, each category's label
// whole on a line of its own above its bars, the value after each bar's end. A phone is
// narrow and long: standing bars there left each option a slot of 50 px, so that "Het
// samenwerkingsverband" broke into five pieces; lying bars give every label the width of
// the screen and the chart grows downwards, as a page on a phone does. The scene is the one
// the standing layout makes (chart_scene.h): the same bars, values, ticks and legend.
#include "reports/lying_bar_layout.h"

#include <algorithm>
#include <cmath>

#include "reports/bar_chart_frame.h"
#include "reports/chart_text.h"

namespace peiling {

namespace {

constexpr double kLabelGap = 4;       // between a bar's end and its value, and the axis and a label
constexpr double kMinPlotWidth = 140;  // below this the canvas grows and scrolls sideways
constexpr double kSeriesGap = 2;       // between the bars of one category

// One category: its label's lines and where its bars begin and end.
struct CategoryBlock {
  std::vector<std::string> label_lines;
  double label_baseline = 0;
  double bars_top = 0, bars_bottom = 0;
};

struct LyingLayout : BarChartFrame {
  double bar_thickness = 0;
  double tick_baseline = 0, axis_label_baseline = 0;
  double category_size = 0, category_line = 0;
  std::vector<CategoryBlock> blocks;

  double scale_x(double value) const { return plot_left + axis.share(value) * (plot_right - plot_left); }
  double bar_top(std::size_t category, std::size_t series) const {
    return blocks[category].bars_top + series * (bar_thickness + kSeriesGap);
  }
};

// The widest value label at the bars' ends, which the plot leaves room for on its right.
double widest_value_label(const BarChart& chart, const ChartMetrics& m) {
  double widest = 0;
  for (const BarSeries& series : chart.series)
    for (std::size_t c = 0; c < chart.categories.size(); ++c)
      if (has_bar(series, c))
        widest = std::max(widest, text_width(bar_value_label(chart, series, c, *series.values[c]), m.value_size, true));
  return widest;
}

// Across: the bars start at the axis (the lowest tick's label centred under it) and end at
// most where the widest value label still fits after them. The canvas is the phone's width,
// wider only when that leaves the bars too little room.
void lay_out_across(const BarChart& chart, LyingLayout& layout) {
  const ChartMetrics& m = layout.metrics;
  const double first_tick = layout.tick_labels.empty() ? 0 : text_width(layout.tick_labels.front(), m.tick_size) / 2;
  const double last_tick = layout.tick_labels.empty() ? 0 : text_width(layout.tick_labels.back(), m.tick_size) / 2;
  const double right_room = std::max(last_tick, kLabelGap + widest_value_label(chart, m));
  layout.plot_left = m.margin + first_tick;
  layout.width = std::ceil(std::max(m.min_width, layout.plot_left + kMinPlotWidth + right_room + m.margin));
  layout.plot_right = layout.width - m.margin - right_room;
  layout.text_width_max = layout.width - 2 * m.margin;
  layout.bar_thickness = chart.series.size() > 1 ? std::max(m.value_size + 3, m.bar_height * 0.7) : m.bar_height;
  layout.category_size = m.category_size;
  layout.category_line = m.category_size * 1.22;
}

// Down: title, legend, then per category its label and its bars, then the tick labels under
// the plot, the axis label and the footnotes.
void lay_out_down(const BarChart& chart, LyingLayout& layout) {
  const ChartMetrics& m = layout.metrics;
  wrap_frame_texts(chart, layout);
  double y = m.margin;
  layout.title_baseline = y + m.title_size * 0.8;
  y += layout.title_lines.size() * m.title_line + (layout.title_lines.empty() ? 0 : 6);
  if (layout.has_legend) {
    layout.legend.top = y + 4;
    y += layout.legend.height(m) + 4;
  }
  layout.plot_top = y;
  const double label_width = layout.width - m.margin - (layout.plot_left + kLabelGap);
  const std::size_t n_series = chart.series.size();
  const double bars_height = n_series * layout.bar_thickness + (n_series > 1 ? (n_series - 1) * kSeriesGap : 0);
  for (const std::string& category : chart.categories) {
    CategoryBlock block;
    block.label_lines = wrap_text(category, label_width, layout.category_size, false, m.max_category_lines);
    y += m.row_gap;
    block.label_baseline = y + layout.category_size * 0.9;
    y += block.label_lines.size() * layout.category_line + 3;
    block.bars_top = y;
    y += bars_height;
    block.bars_bottom = y;
    layout.blocks.push_back(std::move(block));
  }
  layout.plot_bottom = y + 4;
  layout.tick_baseline = layout.plot_bottom + 6 + m.tick_size;
  y = layout.tick_baseline + 4;
  layout.axis_label_lines = wrap_text(chart.axis_label, layout.text_width_max, m.axis_label_size, false, 3);
  layout.axis_label_baseline = y + m.axis_label_size;
  y += layout.axis_label_lines.size() * m.axis_label_line + (layout.axis_label_lines.empty() ? 0 : 4);
  layout.footnote_baseline = y + 8 + m.footnote_size;
  if (!layout.footnote_lines.empty()) y += 8 + layout.footnote_lines.size() * m.footnote_line;
  layout.height = std::ceil(y + m.margin);
}

// The ticks under the plot; each tick but the lowest (the axis line) draws a gridline along
// each category's bars only, so no line runs through a label.
void place_axis(const LyingLayout& layout, ChartScene& scene) {
  const ChartMetrics& m = layout.metrics;
  for (std::size_t t = 0; t < layout.axis.ticks.size(); ++t) {
    const double x = layout.scale_x(layout.axis.ticks[t]);
    SceneTick tick;
    tick.label = text_at({layout.tick_labels[t]}, x, layout.tick_baseline, m.tick_size, kChartGreyInk);
    tick.label.anchor = TextAnchor::middle;
    if (t > 0)
      for (const CategoryBlock& block : layout.blocks)
        tick.gridlines.push_back({x, block.bars_top - 3, x, block.bars_bottom + 3});
    scene.ticks.push_back(std::move(tick));
  }
  SceneText axis_label = text_at(layout.axis_label_lines, (layout.plot_left + layout.plot_right) / 2,
                                 layout.axis_label_baseline, m.axis_label_size, kChartGreyInk);
  axis_label.line_height = m.axis_label_line;
  axis_label.anchor = TextAnchor::middle;
  if (!axis_label.lines.empty()) scene.axis_label.push_back(std::move(axis_label));
}

// A bar from the axis to its value, its value after its end (or after its interval's, when
// that reaches further), a stroke at the axis for a value at the axis minimum.
SceneBar lying_bar(const BarChart& chart, const LyingLayout& layout, std::size_t c, std::size_t s) {
  const ChartMetrics& m = layout.metrics;
  const BarSeries& series = chart.series[s];
  const double value = *series.values[c];
  const std::string label = bar_value_label(chart, series, c, value);
  const double top = layout.bar_top(c, s);
  const double end = layout.scale_x(value);
  SceneBar bar;
  bar.fill = s;
  bar.box = ChartBox{layout.plot_left, top, end - layout.plot_left, layout.bar_thickness};
  bar.tooltip = bar_tooltip(chart, series, c, label);
  if (end - layout.plot_left < 1)
    bar.stub = SceneLine{layout.plot_left + 1.5, top, layout.plot_left + 1.5, top + layout.bar_thickness};
  double reach = end;
  if (c < series.error_bars.size() && series.error_bars[c]) {
    const double middle = top + layout.bar_thickness / 2;
    bar.whisker = SceneWhisker{layout.scale_x(series.error_bars[c]->first), middle,
                               layout.scale_x(series.error_bars[c]->second), middle,
                               std::min(10.0, layout.bar_thickness * 0.6), false};
    reach = std::max(reach, bar.whisker->x2);
  }
  if (!label.empty()) {
    bar.value = text_at({label}, reach + kLabelGap, top + layout.bar_thickness / 2 + m.value_size * 0.36, m.value_size,
                        kChartInk);
    bar.value.bold = true;
    bar.value.halo = true;
  }
  return bar;
}

void place_categories_and_bars(const BarChart& chart, const LyingLayout& layout, ChartScene& scene) {
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    SceneText label = text_at(layout.blocks[c].label_lines, layout.plot_left + kLabelGap, layout.blocks[c].label_baseline,
                              layout.category_size, kChartInk);
    label.line_height = layout.category_line;
    scene.categories.push_back(std::move(label));
    for (std::size_t s = 0; s < chart.series.size(); ++s)
      if (has_bar(chart.series[s], c)) scene.bars.push_back(lying_bar(chart, layout, c, s));
  }
}

}  // namespace

ChartScene lay_out_lying_bars(const BarChart& chart, const ChartStyle& style) {
  LyingLayout layout;
  begin_frame(chart, style, layout);
  lay_out_across(chart, layout);
  lay_out_down(chart, layout);
  // The scene's axis line runs down the bars' feet and along the foot of the plot, as it
  // runs up the left and along the foot of a standing chart.
  ChartScene scene = framed_scene(chart, layout);
  place_axis(layout, scene);
  place_categories_and_bars(chart, layout, scene);
  return scene;
}

}  // namespace peiling
