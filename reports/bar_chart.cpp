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

struct LegendItem {
  std::string name;
  double width = 0;
};

}  // namespace

std::string render_svg(const BarChart& chart, bool standalone) {
  const Axis axis = make_axis(chart);
  const std::size_t n_categories = chart.categories.size();
  const std::size_t n_series = chart.series.size();
  const bool legend = n_series > 1;

  // Horizontal layout: the axis label and tick labels on the left, then the plot.
  std::vector<std::string> tick_labels;
  double tick_width = 0;
  for (double tick : axis.ticks) {
    tick_labels.push_back(dutch_number(tick, axis.decimals));
    tick_width = std::max(tick_width, text_width(tick_labels.back(), kTickSize));
  }
  const std::vector<std::string> axis_label_lines = wrap_text(chart.axis_label, kPlotHeight, kAxisLabelSize, false, 3);
  const double axis_label_width = axis_label_lines.size() * kAxisLabelLine;
  const double plot_left = kMargin + axis_label_width + (axis_label_lines.empty() ? 0 : 8) + tick_width + 10;
  // Each category gets room for its bars, and if the canvas may grow that far, for its
  // longest word, so "systeemontwikkelaar" is not cut in two.
  const double min_slot = legend ? std::max(70.0, 32.0 * n_series + 24) : 70.0;
  double longest_word = 0;
  for (const auto& category : chart.categories)
    longest_word = std::max(longest_word, widest_word(category, kCategorySize));
  const double word_slot = longest_word + kCategoryPadding;
  const double width = std::ceil(std::max({kMinWidth, plot_left + min_slot * n_categories + kMargin,
                                           std::min(kMaxWidthForWords, plot_left + word_slot * n_categories + kMargin)}));
  const double plot_right = width - kMargin;
  const double slot = n_categories ? (plot_right - plot_left) / n_categories : plot_right - plot_left;
  // Still too narrow: a smaller font first, down to a limit; only then are words broken.
  const double category_size =
      longest_word + kCategoryPadding > slot
          ? std::max(kMinCategorySize, kCategorySize * (slot - kCategoryPadding) / longest_word)
          : kCategorySize;
  const double category_line = category_size * 1.22;
  const double text_width_max = width - 2 * kMargin;

  // Vertical layout, top to bottom.
  double y = kMargin;
  const std::vector<std::string> title_lines = wrap_text(chart.title, text_width_max, kTitleSize, true, 4);
  const double title_baseline = y + kTitleSize * 0.8;
  y += title_lines.size() * kTitleLine;
  if (!title_lines.empty()) y += 6;

  // Legend rows, centred; a name that is too long for a whole row is shortened.
  std::vector<std::vector<std::size_t>> legend_rows;
  std::vector<LegendItem> legend_items;
  const double legend_gap = 28;
  if (legend) {
    for (std::size_t s = 0; s < n_series; ++s) {
      const double room = text_width_max - kSwatch - 8;
      std::vector<std::string> name = wrap_text(chart.series[s].name, room, kLegendSize, false, 1);
      const std::string shown = name.empty() ? std::string() : name.front();
      legend_items.push_back({shown, kSwatch + 8 + text_width(shown, kLegendSize)});
    }
    double row_width = 0;
    for (std::size_t s = 0; s < n_series; ++s) {
      const double needed = legend_items[s].width + (legend_rows.empty() || legend_rows.back().empty() ? 0 : legend_gap);
      if (legend_rows.empty() || row_width + needed > text_width_max) {
        legend_rows.emplace_back();
        row_width = 0;
      }
      row_width += legend_rows.back().empty() ? legend_items[s].width : legend_items[s].width + legend_gap;
      legend_rows.back().push_back(s);
    }
  }
  const double legend_top = y + 4;
  y += legend_rows.size() * kLegendRow + (legend_rows.empty() ? 0 : 4);

  const double plot_top = y + kValueHeadroom;
  const double plot_bottom = plot_top + kPlotHeight;
  auto scale_y = [&](double value) {
    const double clamped = std::clamp(value, axis.min, axis.max);
    return plot_bottom - (clamped - axis.min) / (axis.max - axis.min) * kPlotHeight;
  };

  std::vector<std::vector<std::string>> category_lines;
  std::size_t max_category_lines = 0;
  for (const auto& category : chart.categories) {
    category_lines.push_back(wrap_text(category, slot - kCategoryPadding, category_size, false, kMaxCategoryLines));
    max_category_lines = std::max(max_category_lines, category_lines.back().size());
  }
  const double category_baseline = plot_bottom + 8 + category_size;
  y = plot_bottom + 8 + max_category_lines * category_line + 6;

  std::vector<std::string> footnote_lines;
  for (const auto& footnote : chart.footnotes)
    for (auto& line : wrap_text(footnote, text_width_max, kFootnoteSize)) footnote_lines.push_back(std::move(line));
  const double footnote_baseline = y + 8 + kFootnoteSize;
  if (!footnote_lines.empty()) y += 8 + footnote_lines.size() * kFootnoteLine;
  const double height = std::ceil(y + kMargin);

  // ---- output ----
  const std::string w = svg_number(width);
  const std::string h = svg_number(height);
  std::string svg;
  svg.reserve(16384);
  if (standalone) {
    svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w +
           " " + h + "\"";
  } else {
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h +
           "\" width=\"100%\" style=\"display:block;width:100%;height:auto\"";
  }
  svg += " class=\"bar-chart\" role=\"img\" font-family=\"" + std::string(kFontFamily) + "\">\n";
  if (!chart.title.empty()) svg += "<title>" + escape_svg(chart.title) + "</title>\n";

  svg += "<rect class=\"background\" width=\"" + w + "\" height=\"" + h + "\" fill=\"#ffffff\"/>\n";

  // Title.
  if (!title_lines.empty())
    svg += text_block(title_lines, width / 2, title_baseline, kTitleLine,
                      "class=\"title\" text-anchor=\"middle\" font-size=\"" + svg_number(kTitleSize) +
                          "\" font-weight=\"bold\" fill=\"" + std::string(kInk) + "\"");

  // Legend.
  if (legend) {
    svg += "<g class=\"legend\">\n";
    std::string outlines;
    for (std::size_t r = 0; r < legend_rows.size(); ++r) {
      double row_width = 0;
      for (std::size_t s : legend_rows[r]) row_width += legend_items[s].width;
      row_width += legend_gap * (legend_rows[r].size() - 1);
      double x = (width - row_width) / 2;
      const double top = legend_top + r * kLegendRow;
      for (std::size_t s : legend_rows[r]) {
        const ChartBox swatch{x, top, kSwatch, kSwatch};
        svg += "<rect class=\"legend-swatch\" data-series=\"" + std::to_string(s) + "\" x=\"" + svg_number(x) +
               "\" y=\"" + svg_number(top) + "\" width=\"" + svg_number(kSwatch) + "\" height=\"" +
               svg_number(kSwatch) + "\" fill=\"" + std::string(series_colour(s)) + "\"/>" + texture_path(s, swatch);
        outlines += outline_subpath(swatch);
        svg += "<text x=\"" + svg_number(x + kSwatch + 8) + "\" y=\"" +
               svg_number(top + kSwatch / 2 + kLegendSize * 0.36) + "\" font-size=\"" + svg_number(kLegendSize) +
               "\" fill=\"" + std::string(kInk) + "\">" +
               escape_svg(legend_items[s].name) + "</text>\n";
        x += legend_items[s].width + legend_gap;
      }
    }
    svg += outlines_path("legend-outlines", outlines);
    svg += "</g>\n";
  }

  // Gridlines and tick labels.
  svg += "<g class=\"axis\">\n";
  for (std::size_t t = 0; t < axis.ticks.size(); ++t) {
    const std::string ty = svg_number(scale_y(axis.ticks[t]));
    if (t > 0)
      svg += "<line class=\"gridline\" x1=\"" + svg_number(plot_left) + "\" y1=\"" + ty + "\" x2=\"" +
             svg_number(plot_right) + "\" y2=\"" + ty + "\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>";
    svg += "<text class=\"tick\" x=\"" + svg_number(plot_left - 8) + "\" y=\"" +
           svg_number(scale_y(axis.ticks[t]) + kTickSize * 0.35) + "\" text-anchor=\"end\" font-size=\"" +
           svg_number(kTickSize) + "\" fill=\"#333333\">" + tick_labels[t] + "</text>\n";
  }
  if (!axis_label_lines.empty()) {
    // Rotated a quarter turn; the first line is the outermost.
    const double cy = (plot_top + plot_bottom) / 2;
    for (std::size_t i = 0; i < axis_label_lines.size(); ++i) {
      const double x = kMargin + kAxisLabelSize * 0.85 + i * kAxisLabelLine;
      svg += "<text class=\"axis-label\" x=\"" + svg_number(x) + "\" y=\"" + svg_number(cy) +
             "\" transform=\"rotate(-90 " + svg_number(x) + " " + svg_number(cy) +
             ")\" text-anchor=\"middle\" font-size=\"" + svg_number(kAxisLabelSize) + "\" fill=\"#333333\">" +
             escape_svg(axis_label_lines[i]) + "</text>\n";
    }
  }
  svg += "</g>\n";

  // Bars and their value labels.
  const double group_width = legend ? std::min(slot * 0.82, 72.0 * n_series) : std::min(slot * 0.6, 130.0);
  const double bar_step = n_series ? group_width / n_series : group_width;
  const double bar_gap = legend ? std::min(4.0, bar_step * 0.12) : 0;
  std::string labels;
  std::string outlines;
  std::string stubs;  // drawn over the outlines
  svg += "<g class=\"bars\">\n";
  for (std::size_t c = 0; c < n_categories; ++c) {
    const double centre = plot_left + slot * (c + 0.5);
    for (std::size_t s = 0; s < n_series; ++s) {
      const BarSeries& series = chart.series[s];
      if (c >= series.values.size() || !series.values[c] || !std::isfinite(*series.values[c])) continue;
      const double value = *series.values[c];
      const double x = centre - group_width / 2 + s * bar_step + bar_gap / 2;
      const double bar_width = bar_step - bar_gap;
      const double top = scale_y(value);
      const ChartBox box{x, top, bar_width, plot_bottom - top};
      svg += "<rect class=\"bar\" data-series=\"" + std::to_string(s) + "\" x=\"" + svg_number(x) + "\" y=\"" +
             svg_number(top) + "\" width=\"" + svg_number(bar_width) + "\" height=\"" + svg_number(plot_bottom - top) +
             "\" fill=\"" +
             std::string(series_colour(s)) + "\"><title>" +
             escape_svg((series.name.empty() ? "" : series.name + ", ") + chart.categories[c] + ": " +
                        (c < series.value_labels.size() ? series.value_labels[c] : dutch_number(value, 1))) +
             "</title></rect>\n";
      const std::string texture = texture_path(s, box);
      if (!texture.empty()) svg += texture + "\n";
      outlines += outline_subpath(box);

      // A value at the axis minimum has no height; a short stroke in its colour at the
      // baseline still shows where it stands.
      if (plot_bottom - top < 1)
        stubs += "<line class=\"bar-stub\" x1=\"" + svg_number(x) + "\" y1=\"" + svg_number(plot_bottom - 1.5) +
                 "\" x2=\"" + svg_number(x + bar_width) + "\" y2=\"" + svg_number(plot_bottom - 1.5) + "\" stroke=\"" +
                 std::string(series_colour(s)) + "\" stroke-width=\"3\"/>\n";

      const std::string label = c < series.value_labels.size() ? series.value_labels[c] : dutch_number(value, 1);
      if (label.empty()) continue;
      const double room = legend ? bar_step - 6 : slot - 2;  // keeps neighbouring labels apart
      const double natural = text_width(label, kValueSize, true);
      const double size = natural > room ? std::max(kMinValueSize, kValueSize * room / natural) : kValueSize;
      labels += "<text class=\"value\" x=\"" + svg_number(x + bar_width / 2) + "\" y=\"" + svg_number(top - 6) +
                "\" text-anchor=\"middle\" font-size=\"" + svg_number(size) + "\" font-weight=\"bold\" fill=\"" +
                std::string(kInk) + "\">" + escape_svg(label) + "</text>\n";
    }
  }
  svg += outlines_path("bar-outlines", outlines) + stubs;
  svg += "</g>\n";

  // Axis lines over the bars' feet, then the value labels on top of everything.
  svg += "<path class=\"axis-line\" d=\"M" + svg_number(plot_left) + " " + svg_number(plot_top - 4) + "V" +
         svg_number(plot_bottom) + "H" + svg_number(plot_right) +
         "\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n";
  // A white halo keeps value labels readable where they cross a gridline.
  svg += "<g class=\"values\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n" +
         labels + "</g>\n";

  // Category labels.
  svg += "<g class=\"categories\">\n";
  for (std::size_t c = 0; c < n_categories; ++c)
    svg += text_block(category_lines[c], plot_left + slot * (c + 0.5), category_baseline, category_line,
                      "class=\"category\" text-anchor=\"middle\" font-size=\"" + svg_number(category_size) +
                          "\" fill=\"" + std::string(kInk) + "\"");
  svg += "</g>\n";

  // Footnotes.
  if (!footnote_lines.empty())
    svg += text_block(footnote_lines, kMargin, footnote_baseline, kFootnoteLine,
                      "class=\"footnote\" font-size=\"" + svg_number(kFootnoteSize) + "\" fill=\"#333333\"");

  svg += "</svg>\n";
  return svg;
}

}  // namespace peiling