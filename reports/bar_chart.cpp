// Bar charts as SVG; see bar_chart.h. PNG export is in png_export.cpp.
//
// This file lays the chart out and writes the SVG; text measurement and wrapping are in
// chart_text.cpp, series colours, textures and outlines in chart_texture.cpp. The chart is
// laid out in user units on a canvas at least 800 wide; a PNG 1600 px wide draws it at
// twice that scale. Labels are wrapped before they reach a neighbour. Everything that comes
// from the caller passes through escape_svg, after wrapping, so no entity is ever split.
#include "reports/bar_chart.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "analysis/hand_arithmetic.h"
#include "reports/chart_text.h"
#include "reports/chart_texture.h"
#include "reports/escape.h"

namespace peiling {

namespace {

constexpr std::string_view kFontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif";
constexpr std::string_view kInk = kChartInk;  // shared with the outlines and textures

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
constexpr double kPlotHeight = 340;
constexpr double kValueHeadroom = 26;

// ---- numbers -------------------------------------------------------------------------

// A number for people: rounded half away from zero, with a decimal comma.
std::string dutch_number(double value, int decimals) { return format_decimal(value, decimals, Language::nl); }

bool is_integral(double value) { return std::fabs(value - std::round(value)) < 1e-9; }

// ---- drawing helpers -----------------------------------------------------------------

// A <text> element of several lines, one <tspan> per line, with no whitespace between
// them (whitespace would shift centred lines).
std::string text_block(const std::vector<std::string>& lines, double x, double first_baseline, double line_height,
                       std::string_view attributes) {
  std::string out =
      "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(first_baseline) + "\" " + std::string(attributes) + ">";
  for (std::size_t i = 0; i < lines.size(); ++i)
    out += "<tspan x=\"" + svg_number(x) + "\" y=\"" + svg_number(first_baseline + i * line_height) + "\">" +
           escape_svg(lines[i]) + "</tspan>";
  return out + "</text>\n";
}

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

  // Values outside the axis are drawn at its ends.
  double scale_y(double value) const {
    const double clamped = std::clamp(value, axis.min, axis.max);
    return plot_bottom - (clamped - axis.min) / (axis.max - axis.min) * kPlotHeight;
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
  layout.axis_label_lines = wrap_text(chart.axis_label, kPlotHeight, kAxisLabelSize, false, 3);
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
  layout.plot_bottom = layout.plot_top + kPlotHeight;

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
  layout_horizontally(chart, layout);  // first: the canvas width decides how text wraps
  layout_vertically(chart, layout);
  return layout;
}

// ---- output --------------------------------------------------------------------------

// The opening <svg> tag, the accessible title and the white background. A standalone file
// has a fixed size; inline, the chart scales to the width of its container.
std::string svg_header(const BarChart& chart, const Layout& layout, bool standalone) {
  const std::string w = svg_number(layout.width);
  const std::string h = svg_number(layout.height);
  std::string svg =
      standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                       w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\""
                 : "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h +
                       "\" width=\"100%\" style=\"display:block;width:100%;height:auto\"";
  svg += " class=\"bar-chart\" role=\"img\" font-family=\"" + std::string(kFontFamily) + "\">\n";
  if (!chart.title.empty()) svg += "<title>" + escape_svg(chart.title) + "</title>\n";
  svg += "<rect class=\"background\" width=\"" + w + "\" height=\"" + h + "\" fill=\"#ffffff\"/>\n";
  return svg;
}

std::string title_svg(const Layout& layout) {
  if (layout.title_lines.empty()) return {};
  return text_block(layout.title_lines, layout.width / 2, layout.title_baseline, kTitleLine,
                    "class=\"title\" text-anchor=\"middle\" font-size=\"" + svg_number(kTitleSize) +
                        "\" font-weight=\"bold\" fill=\"" + std::string(kInk) + "\"");
}

// Swatches with their series' colour and texture, so the legend matches the bars even in
// greyscale; the outlines of all swatches go into one path after them.
std::string legend_svg(const Layout& layout) {
  if (!layout.has_legend) return {};
  const Legend& legend = layout.legend;
  std::string svg = "<g class=\"legend\">\n";
  std::string outlines;
  for (std::size_t r = 0; r < legend.rows.size(); ++r) {
    double row_width = 0;
    for (std::size_t s : legend.rows[r]) row_width += legend.items[s].width;
    row_width += kLegendGap * (legend.rows[r].size() - 1);
    double x = (layout.width - row_width) / 2;
    const double top = legend.top + r * kLegendRow;
    for (std::size_t s : legend.rows[r]) {
      const ChartBox swatch{x, top, kSwatch, kSwatch};
      svg += "<rect class=\"legend-swatch\" data-series=\"" + std::to_string(s) + "\" x=\"" + svg_number(x) +
             "\" y=\"" + svg_number(top) + "\" width=\"" + svg_number(kSwatch) + "\" height=\"" + svg_number(kSwatch) +
             "\" fill=\"" + std::string(series_colour(s)) + "\"/>" + texture_path(s, swatch);
      outlines += outline_subpath(swatch);
      svg += "<text x=\"" + svg_number(x + kSwatch + 8) + "\" y=\"" +
             svg_number(top + kSwatch / 2 + kLegendSize * 0.36) + "\" font-size=\"" + svg_number(kLegendSize) +
             "\" fill=\"" + std::string(kInk) + "\">" + escape_svg(legend.items[s].name) + "</text>\n";
      x += legend.items[s].width + kLegendGap;
    }
  }
  svg += outlines_path("legend-outlines", outlines);
  return svg + "</g>\n";
}

// Gridlines (none at the lowest tick, where the axis line goes), tick labels and the
// axis label.
std::string axis_svg(const Layout& layout) {
  const Axis& axis = layout.axis;
  std::string svg = "<g class=\"axis\">\n";
  for (std::size_t t = 0; t < axis.ticks.size(); ++t) {
    const std::string ty = svg_number(layout.scale_y(axis.ticks[t]));
    if (t > 0)
      svg += "<line class=\"gridline\" x1=\"" + svg_number(layout.plot_left) + "\" y1=\"" + ty + "\" x2=\"" +
             svg_number(layout.plot_right) + "\" y2=\"" + ty + "\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>";
    svg += "<text class=\"tick\" x=\"" + svg_number(layout.plot_left - 8) + "\" y=\"" +
           svg_number(layout.scale_y(axis.ticks[t]) + kTickSize * 0.35) + "\" text-anchor=\"end\" font-size=\"" +
           svg_number(kTickSize) + "\" fill=\"#333333\">" + layout.tick_labels[t] + "</text>\n";
  }
  // Rotated a quarter turn; the first line is the outermost.
  const double cy = (layout.plot_top + layout.plot_bottom) / 2;
  for (std::size_t i = 0; i < layout.axis_label_lines.size(); ++i) {
    const double x = kMargin + kAxisLabelSize * 0.85 + i * kAxisLabelLine;
    svg += "<text class=\"axis-label\" x=\"" + svg_number(x) + "\" y=\"" + svg_number(cy) +
           "\" transform=\"rotate(-90 " + svg_number(x) + " " + svg_number(cy) +
           ")\" text-anchor=\"middle\" font-size=\"" + svg_number(kAxisLabelSize) + "\" fill=\"#333333\">" +
           escape_svg(layout.axis_label_lines[i]) + "</text>\n";
  }
  return svg + "</g>\n";
}

// A bar's value label, shrunk (down to a limit) to fit the room above its bar.
std::string value_label_svg(const std::string& label, double centre_x, double bar_top, double room) {
  const double natural = text_width(label, kValueSize, true);
  const double size = natural > room ? std::max(kMinValueSize, kValueSize * room / natural) : kValueSize;
  return "<text class=\"value\" x=\"" + svg_number(centre_x) + "\" y=\"" + svg_number(bar_top - 6) +
         "\" text-anchor=\"middle\" font-size=\"" + svg_number(size) + "\" font-weight=\"bold\" fill=\"" +
         std::string(kInk) + "\">" + escape_svg(label) + "</text>\n";
}

// An interval as a whisker with caps at the bar's centre, clipped to the axis.
std::string error_bar_svg(const Layout& layout, double centre_x, double cap_width, std::pair<double, double> interval) {
  const double low = layout.scale_y(interval.first), high = layout.scale_y(interval.second);
  const std::string x = svg_number(centre_x), left = svg_number(centre_x - cap_width / 2),
                    right = svg_number(centre_x + cap_width / 2);
  return "<path class=\"error-bar\" d=\"M" + x + " " + svg_number(low) + "V" + svg_number(high) + "M" + left + " " +
         svg_number(low) + "H" + right + "M" + left + " " + svg_number(high) + "H" + right +
         "\" fill=\"none\" stroke=\"" + std::string(kInk) + "\" stroke-width=\"1.6\"/>\n";
}

// The bars group, and separately the value labels, which are drawn later so they lie on
// top of the axis line.
struct BarsSvg {
  std::string bars;
  std::string value_labels;
};

BarsSvg bars_svg(const BarChart& chart, const Layout& layout) {
  const std::size_t n_series = chart.series.size();
  const bool legend = layout.has_legend;
  const double plot_bottom = layout.plot_bottom;
  const double group_width =
      legend ? std::min(layout.slot * 0.82, 72.0 * n_series) : std::min(layout.slot * 0.6, 130.0);
  const double bar_step = n_series ? group_width / n_series : group_width;
  const double bar_gap = legend ? std::min(4.0, bar_step * 0.12) : 0;
  const double bar_width = bar_step - bar_gap;
  const double label_room = legend ? bar_step - 6 : layout.slot - 2;  // keeps neighbouring labels apart
  BarsSvg out;
  std::string outlines;
  std::string stubs;  // drawn over the outlines
  std::string whiskers;  // drawn over everything in the group
  out.bars = "<g class=\"bars\">\n";
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    const double centre = layout.plot_left + layout.slot * (c + 0.5);
    for (std::size_t s = 0; s < n_series; ++s) {
      const BarSeries& series = chart.series[s];
      if (c >= series.values.size() || !series.values[c] || !std::isfinite(*series.values[c])) continue;
      const double value = *series.values[c];
      const std::string label = c < series.value_labels.size() ? series.value_labels[c] : dutch_number(value, 1);
      const double x = centre - group_width / 2 + s * bar_step + bar_gap / 2;
      const double top = layout.scale_y(value);
      const ChartBox box{x, top, bar_width, plot_bottom - top};
      out.bars += "<rect class=\"bar\" data-series=\"" + std::to_string(s) + "\" x=\"" + svg_number(x) + "\" y=\"" +
                  svg_number(top) + "\" width=\"" + svg_number(bar_width) + "\" height=\"" +
                  svg_number(plot_bottom - top) + "\" fill=\"" + std::string(series_colour(s)) + "\"><title>" +
                  escape_svg((series.name.empty() ? "" : series.name + ", ") + chart.categories[c] + ": " + label) +
                  "</title></rect>\n";
      const std::string texture = texture_path(s, box);
      if (!texture.empty()) out.bars += texture + "\n";
      outlines += outline_subpath(box);

      // A value at the axis minimum has no height; a short stroke in its colour at the
      // baseline still shows where it stands.
      if (plot_bottom - top < 1)
        stubs += "<line class=\"bar-stub\" x1=\"" + svg_number(x) + "\" y1=\"" + svg_number(plot_bottom - 1.5) +
                 "\" x2=\"" + svg_number(x + bar_width) + "\" y2=\"" + svg_number(plot_bottom - 1.5) + "\" stroke=\"" +
                 std::string(series_colour(s)) + "\" stroke-width=\"3\"/>\n";

      if (c < series.error_bars.size() && series.error_bars[c])
        whiskers += error_bar_svg(layout, x + bar_width / 2, std::min(12.0, bar_width * 0.4), *series.error_bars[c]);
      if (!label.empty()) out.value_labels += value_label_svg(label, x + bar_width / 2, top, label_room);
    }
  }
  out.bars += outlines_path("bar-outlines", outlines) + stubs + whiskers;
  out.bars += "</g>\n";
  return out;
}

// The axis lines go over the bars' feet; a white halo keeps value labels readable where
// they cross a gridline.
std::string axis_line_and_values_svg(const Layout& layout, const std::string& value_labels) {
  const std::string axis_line = "<path class=\"axis-line\" d=\"M" + svg_number(layout.plot_left) + " " +
                                svg_number(layout.plot_top - 4) + "V" + svg_number(layout.plot_bottom) + "H" +
                                svg_number(layout.plot_right) +
                                "\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n";
  return axis_line +
         "<g class=\"values\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n" +
         value_labels + "</g>\n";
}

std::string categories_svg(const Layout& layout) {
  std::string svg = "<g class=\"categories\">\n";
  for (std::size_t c = 0; c < layout.category_lines.size(); ++c)
    svg += text_block(layout.category_lines[c], layout.plot_left + layout.slot * (c + 0.5), layout.category_baseline,
                      layout.category_line,
                      "class=\"category\" text-anchor=\"middle\" font-size=\"" + svg_number(layout.category_size) +
                          "\" fill=\"" + std::string(kInk) + "\"");
  return svg + "</g>\n";
}

std::string footnotes_svg(const Layout& layout) {
  if (layout.footnote_lines.empty()) return {};
  return text_block(layout.footnote_lines, kMargin, layout.footnote_baseline, kFootnoteLine,
                    "class=\"footnote\" font-size=\"" + svg_number(kFootnoteSize) + "\" fill=\"#333333\"");
}

}  // namespace

// Layers in painting order: later elements are drawn over earlier ones.
std::string render_svg(const BarChart& chart, bool standalone) {
  const Layout layout = layout_chart(chart);
  const BarsSvg bars = bars_svg(chart, layout);
  std::string svg;
  svg.reserve(16384);
  svg += svg_header(chart, layout, standalone) + title_svg(layout) + legend_svg(layout) + axis_svg(layout);
  svg += bars.bars + axis_line_and_values_svg(layout, bars.value_labels);
  svg += categories_svg(layout) + footnotes_svg(layout) + "</svg>\n";
  return svg;
}

}  // namespace peiling
