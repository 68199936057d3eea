// Laying out a bar chart: where every box, line and text goes; see chart_scene.h.
//
// The chart is laid out in user units on a canvas at least 800 wide; a PNG 1600 px wide
// draws it at twice that scale. Text is measured with chart_text's DejaVu Sans widths and
// wrapped before it reaches a neighbour; it stays unescaped here.
#include <algorithm>
#include <cmath>

#include "analysis/hand_arithmetic.h"
#include "reports/chart_scene.h"
#include "reports/chart_text.h"

namespace peiling {

namespace {

// Layout, in user units.
constexpr double kMinWidth = 800;
constexpr double kMargin = 24;
constexpr double kTitleSize = 22;
constexpr double kTitleLine = 28;
constexpr double kLegendSize = 15;
constexpr double kLegendRow = 28;
constexpr double kSwatch = 18;
constexpr double kTickSize = 14;
constexpr double kAxisLabelSize = 14;
constexpr double kAxisLabelLine = 18;
constexpr double kValueSize = 14;
constexpr double kMinValueSize = 9;
constexpr double kCategorySize = 14;
constexpr double kMinCategorySize = 11;
constexpr double kCategoryPadding = 10;  // between the labels of neighbouring categories
constexpr double kMaxWidthForWords = 1000;
constexpr std::size_t kMaxCategoryLines = 8;
constexpr double kFootnoteSize = 14;
constexpr double kFootnoteLine = 19;
constexpr double kValueHeadroom = 26;

// ---- numbers -------------------------------------------------------------------------

// A number for people: rounded half away from zero, with a decimal comma.
std::string dutch_number(double value, int decimals) { return format_decimal(value, decimals, Language::nl); }

bool is_integral(double value) { return std::fabs(value - std::round(value)) < 1e-9; }

struct Axis {
  double min = 0;
  double max = 5;
  double step = 1;
  std::vector<double> ticks;
  int decimals = 0;  // of the tick labels
};

// The scale as asked for, made usable when it is not: max above min, a step that gives
// a readable number of ticks.
Axis make_axis(const BarChart& chart) {
  Axis axis;
  axis.min = std::isfinite(chart.axis_min) ? chart.axis_min : 0;
  axis.max = std::isfinite(chart.axis_max) && chart.axis_max > axis.min ? chart.axis_max : axis.min + 1;
  const double range = axis.max - axis.min;
  axis.step = std::isfinite(chart.axis_step) && chart.axis_step > 0 && range / chart.axis_step <= 50
                  ? chart.axis_step
                  : range / 5;
  // Whole numbers when the steps are whole (1 2 3 4 5), else one decimal (0,5 1,0 1,5),
  // or two when one would print two ticks alike (0,25).
  axis.decimals = is_integral(axis.step) && is_integral(axis.min)               ? 0
                  : is_integral(axis.step * 10) && is_integral(axis.min * 10) ? 1
                                                                              : 2;
  const double eps = range * 1e-9;
  for (int i = 0;; ++i) {
    const double tick = axis.min + i * axis.step;
    if (tick > axis.max + eps) break;
    axis.ticks.push_back(tick);
  }
  return axis;
}

constexpr double kLegendGap = 28;  // between the items of one legend row

// The legend's items, broken into rows that fit the canvas; rows are centred when drawn.
struct Legend {
  struct Item {
    std::string name;
    double width = 0;
  };
  std::vector<Item> items;
  std::vector<std::vector<std::size_t>> rows;  // indices into items
  double top = 0;
};

// Every position and wrapped text the chart needs, worked out before anything is written,
// because the canvas size in the opening <svg> tag depends on all of it. Text is wrapped
// here and escaped only when written.
struct Layout {
  Axis axis;
  bool has_legend = false;  // only with more than one series
  double width = 0, height = 0;
  double text_width_max = 0;  // for the title, legend and footnotes
  double plot_left = 0, plot_right = 0, plot_top = 0, plot_bottom = 0;
  double slot = 0;  // the width each category gets
  std::vector<std::string> tick_labels, axis_label_lines, title_lines, footnote_lines;
  double title_baseline = 0, footnote_baseline = 0;
  Legend legend;
  std::vector<std::vector<std::string>> category_lines;
  double category_size = kCategorySize, category_line = 0, category_baseline = 0;
  double plot_height = 0;

  // Values outside the axis are drawn at its ends.
  double scale_y(double value) const {
    const double clamped = std::clamp(value, axis.min, axis.max);
    return plot_bottom - (clamped - axis.min) / (axis.max - axis.min) * plot_height;
  }
};

// ---- layout --------------------------------------------------------------------------

// Horizontal layout: the axis label and tick labels on the left, then the plot.
void layout_horizontally(const BarChart& chart, Layout& layout) {
  const std::size_t n_categories = chart.categories.size();
  double tick_width = 0;
  for (double tick : layout.axis.ticks) {
    layout.tick_labels.push_back(dutch_number(tick, layout.axis.decimals));
    tick_width = std::max(tick_width, text_width(layout.tick_labels.back(), kTickSize));
  }
  layout.axis_label_lines = wrap_text(chart.axis_label, layout.plot_height, kAxisLabelSize, false, 3);
  const double axis_label_width = layout.axis_label_lines.size() * kAxisLabelLine;
  layout.plot_left = kMargin + axis_label_width + (layout.axis_label_lines.empty() ? 0 : 8) + tick_width + 10;
  // Each category gets room for its bars, and if the canvas may grow that far, for its
  // longest word, so "systeemontwikkelaar" is not cut in two.
  const double min_slot = layout.has_legend ? std::max(70.0, 32.0 * chart.series.size() + 24) : 70.0;
  double longest_word = 0;
  for (const auto& category : chart.categories)
    longest_word = std::max(longest_word, widest_word(category, kCategorySize));
  const double word_slot = longest_word + kCategoryPadding;
  layout.width =
      std::ceil(std::max({kMinWidth, layout.plot_left + min_slot * n_categories + kMargin,
                          std::min(kMaxWidthForWords, layout.plot_left + word_slot * n_categories + kMargin)}));
  layout.plot_right = layout.width - kMargin;
  const double plot_width = layout.plot_right - layout.plot_left;
  layout.slot = n_categories ? plot_width / n_categories : plot_width;
  // Still too narrow: a smaller font first, down to a limit; only then are words broken.
  layout.category_size =
      longest_word + kCategoryPadding > layout.slot
          ? std::max(kMinCategorySize, kCategorySize * (layout.slot - kCategoryPadding) / longest_word)
          : kCategorySize;
  layout.category_line = layout.category_size * 1.22;
  layout.text_width_max = layout.width - 2 * kMargin;
}

// Legend rows, centred; a name that is too long for a whole row is shortened.
Legend layout_legend(const BarChart& chart, double text_width_max) {
  Legend legend;
  for (const BarSeries& series : chart.series) {
    const double room = text_width_max - kSwatch - 8;
    std::vector<std::string> name = wrap_text(series.name, room, kLegendSize, false, 1);
    const std::string shown = name.empty() ? std::string() : name.front();
    legend.items.push_back({shown, kSwatch + 8 + text_width(shown, kLegendSize)});
  }
  double row_width = 0;
  for (std::size_t s = 0; s < legend.items.size(); ++s) {
    const double item_width = legend.items[s].width;
    const bool row_is_empty = legend.rows.empty() || legend.rows.back().empty();
    const double needed = item_width + (row_is_empty ? 0 : kLegendGap);
    if (legend.rows.empty() || row_width + needed > text_width_max) {
      legend.rows.emplace_back();
      row_width = 0;
    }
    row_width += legend.rows.back().empty() ? item_width : item_width + kLegendGap;
    legend.rows.back().push_back(s);
  }
  return legend;
}

// Vertical layout, top to bottom: title, legend, plot, category labels, footnotes.
void layout_vertically(const BarChart& chart, Layout& layout) {
  double y = kMargin;
  layout.title_lines = wrap_text(chart.title, layout.text_width_max, kTitleSize, true, 4);
  layout.title_baseline = y + kTitleSize * 0.8;
  y += layout.title_lines.size() * kTitleLine;
  if (!layout.title_lines.empty()) y += 6;

  if (layout.has_legend) layout.legend = layout_legend(chart, layout.text_width_max);
  layout.legend.top = y + 4;
  y += layout.legend.rows.size() * kLegendRow + (layout.legend.rows.empty() ? 0 : 4);

  layout.plot_top = y + kValueHeadroom;
  layout.plot_bottom = layout.plot_top + layout.plot_height;

  std::size_t max_category_lines = 0;
  for (const auto& category : chart.categories) {
    layout.category_lines.push_back(
        wrap_text(category, layout.slot - kCategoryPadding, layout.category_size, false, kMaxCategoryLines));
    max_category_lines = std::max(max_category_lines, layout.category_lines.back().size());
  }
  layout.category_baseline = layout.plot_bottom + 8 + layout.category_size;
  y = layout.plot_bottom + 8 + max_category_lines * layout.category_line + 6;

  for (const auto& footnote : chart.footnotes)
    for (auto& line : wrap_text(footnote, layout.text_width_max, kFootnoteSize))
      layout.footnote_lines.push_back(std::move(line));
  layout.footnote_baseline = y + 8 + kFootnoteSize;
  if (!layout.footnote_lines.empty()) y += 8 + layout.footnote_lines.size() * kFootnoteLine;
  layout.height = std::ceil(y + kMargin);
}

Layout layout_chart(const BarChart& chart) {
  Layout layout;
  layout.axis = make_axis(chart);
  layout.has_legend = chart.series.size() > 1;
  layout.plot_height = std::isfinite(chart.plot_height) && chart.plot_height >= 60 ? chart.plot_height : 340;
  layout_horizontally(chart, layout);  // first: the canvas width decides how text wraps
  layout_vertically(chart, layout);
  return layout;
}


// ---- the scene -----------------------------------------------------------------------

SceneText text_at(std::vector<std::string> lines, double x, double baseline, double size, std::string_view colour) {
  SceneText text;
  text.lines = std::move(lines);
  text.x = x;
  text.baseline = baseline;
  text.size = size;
  text.colour = colour;
  return text;
}

// Legend rows are centred; each swatch shows its series' colour and texture.
void place_legend(const Layout& layout, ChartScene& scene) {
  if (!layout.has_legend) return;
  const Legend& legend = layout.legend;
  for (std::size_t r = 0; r < legend.rows.size(); ++r) {
    double row_width = 0;
    for (std::size_t s : legend.rows[r]) row_width += legend.items[s].width;
    row_width += kLegendGap * (legend.rows[r].size() - 1);
    double x = (layout.width - row_width) / 2;
    const double top = legend.top + r * kLegendRow;
    for (std::size_t s : legend.rows[r]) {
      scene.legend.push_back({s, ChartBox{x, top, kSwatch, kSwatch},
                              text_at({legend.items[s].name}, x + kSwatch + 8, top + kSwatch / 2 + kLegendSize * 0.36,
                                      kLegendSize, kChartInk)});
      x += legend.items[s].width + kLegendGap;
    }
  }
}

void place_axis(const Layout& layout, ChartScene& scene) {
  const Axis& axis = layout.axis;
  for (std::size_t t = 0; t < axis.ticks.size(); ++t) {
    const double y = layout.scale_y(axis.ticks[t]);
    SceneText label = text_at({layout.tick_labels[t]}, layout.plot_left - 8, y + kTickSize * 0.35, kTickSize,
                              kChartGreyInk);
    label.anchor = TextAnchor::end;
    scene.ticks.push_back({y, t > 0, std::move(label)});
  }
  const double centre_y = (layout.plot_top + layout.plot_bottom) / 2;
  for (std::size_t i = 0; i < layout.axis_label_lines.size(); ++i) {
    SceneText line = text_at({layout.axis_label_lines[i]}, kMargin + kAxisLabelSize * 0.85 + i * kAxisLabelLine,
                             centre_y, kAxisLabelSize, kChartGreyInk);
    line.anchor = TextAnchor::middle;
    line.rotated = true;
    scene.axis_label.push_back(std::move(line));
  }
}

// A bar's value label, shrunk (down to a limit) to fit the room above its bar.
SceneText value_label(const std::string& label, double centre_x, double bar_top, double room) {
  const double natural = text_width(label, kValueSize, true);
  const double size = natural > room ? std::max(kMinValueSize, kValueSize * room / natural) : kValueSize;
  SceneText text = text_at({label}, centre_x, bar_top - 6, size, kChartInk);
  text.bold = true;
  text.anchor = TextAnchor::middle;
  text.halo = true;
  return text;
}

// Bars of one category stand side by side in a group centred on the category's slot.
void place_bars(const BarChart& chart, const Layout& layout, ChartScene& scene) {
  const std::size_t n_series = chart.series.size();
  const bool legend = layout.has_legend;
  const double group_width =
      legend ? std::min(layout.slot * 0.82, 72.0 * n_series) : std::min(layout.slot * 0.6, 130.0);
  const double bar_step = n_series ? group_width / n_series : group_width;
  const double bar_gap = legend ? std::min(4.0, bar_step * 0.12) : 0;
  const double bar_width = bar_step - bar_gap;
  const double label_room = legend ? bar_step - 6 : layout.slot - 2;  // keeps neighbouring labels apart
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    const double centre = layout.plot_left + layout.slot * (c + 0.5);
    for (std::size_t s = 0; s < n_series; ++s) {
      const BarSeries& series = chart.series[s];
      if (c >= series.values.size() || !series.values[c] || !std::isfinite(*series.values[c])) continue;
      const double value = *series.values[c];
      const std::string label = c < series.value_labels.size() ? series.value_labels[c] : dutch_number(value, 1);
      const double x = centre - group_width / 2 + s * bar_step + bar_gap / 2;
      const double top = layout.scale_y(value);
      SceneBar bar;
      bar.series = s;
      bar.box = ChartBox{x, top, bar_width, layout.plot_bottom - top};
      bar.tooltip = (series.name.empty() ? "" : series.name + ", ") + chart.categories[c] + ": " + label;
      bar.stub = layout.plot_bottom - top < 1;
      bar.stub_y = layout.plot_bottom - 1.5;
      if (!label.empty()) bar.value = value_label(label, x + bar_width / 2, top, label_room);
      if (c < series.error_bars.size() && series.error_bars[c])
        bar.whisker = SceneWhisker{x + bar_width / 2, layout.scale_y(series.error_bars[c]->first),
                                   layout.scale_y(series.error_bars[c]->second), std::min(12.0, bar_width * 0.4)};
      scene.bars.push_back(std::move(bar));
    }
  }
}

void place_texts(const Layout& layout, ChartScene& scene) {
  scene.title_text = text_at(layout.title_lines, layout.width / 2, layout.title_baseline, kTitleSize, kChartInk);
  scene.title_text.line_height = kTitleLine;
  scene.title_text.bold = true;
  scene.title_text.anchor = TextAnchor::middle;
  for (std::size_t c = 0; c < layout.category_lines.size(); ++c) {
    SceneText category = text_at(layout.category_lines[c], layout.plot_left + layout.slot * (c + 0.5),
                                 layout.category_baseline, layout.category_size, kChartInk);
    category.line_height = layout.category_line;
    category.anchor = TextAnchor::middle;
    scene.categories.push_back(std::move(category));
  }
  scene.footnotes = text_at(layout.footnote_lines, kMargin, layout.footnote_baseline, kFootnoteSize, kChartGreyInk);
  scene.footnotes.line_height = kFootnoteLine;
}

}  // namespace

ChartScene lay_out_chart(const BarChart& chart) {
  const Layout layout = layout_chart(chart);
  ChartScene scene;
  scene.width = layout.width;
  scene.height = layout.height;
  scene.title = chart.title;
  scene.plot_left = layout.plot_left;
  scene.plot_right = layout.plot_right;
  scene.plot_top = layout.plot_top;
  scene.plot_bottom = layout.plot_bottom;
  place_texts(layout, scene);
  place_legend(layout, scene);
  place_axis(layout, scene);
  place_bars(chart, layout, scene);
  return scene;
}

}  // namespace peiling
