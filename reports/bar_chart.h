// Bar charts as standalone SVG (for the .svg files and inline in HTML) and as PNG (for
// pasting into PowerPoint or Word). One series draws a plain chart; several series draw
// groups of bars side by side per category with a legend. Colours come from a palette
// that colour-blind viewers can tell apart, and every series also has its own fill
// pattern, so the chart still reads when printed in grayscale.
//
// Besides mean scores the chart suits percentages (a choice or multi question: axis 0..100,
// step 25, tick_suffix "%", value labels such as "16,7%" or "16,7% (12)") and counts (a
// histogram of a number question: one category per bin). A value label that does not fit
// above its bar even at the smallest size turns a quarter, reading upwards, and then all
// the chart's labels do.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/language.h"
#include "reports/chart_style.h"

namespace peiling {

struct BarSeries {
  std::string name;                         // legend entry, e.g. "Directie"
  std::vector<std::optional<double>> values;  // one per category; nullopt draws no bar
  std::vector<std::string> value_labels;    // printed on each bar, e.g. "3,3"
  // Optional, one per category: an interval (e.g. the 95% bootstrap interval of the mean)
  // drawn as a whisker over the bar; empty or nullopt draws none.
  std::vector<std::optional<std::pair<double, double>>> error_bars;
};

struct BarChart {
  std::string title;
  // One sentence that says what the chart shows, for readers who cannot see it, e.g.
  // "Staafdiagram: gemiddelde score per fase voor Directie; fase 4 het hoogst (5,0)". It is
  // the SVG's accessible name (its <title>); without it the title is.
  std::string description;
  std::vector<std::string> categories;  // labels under the bars; long ones are wrapped
  std::vector<BarSeries> series;
  double axis_min = 0;  // the scale's minimum and maximum, e.g. 1 and 5 for a ranking
  double axis_max = 5;
  double axis_step = 1;
  std::string tick_suffix;  // after every tick number, e.g. "%" for 0% 25% 50% 75% 100%
  std::string axis_label;   // e.g. "gemiddelde score (5 = heel belangrijk)"
  std::vector<std::string> footnotes;  // lines under the chart, e.g. the response line
  // A series drawn alike in every chart (the board beside a unit's groups, board_column.h):
  // comparison_fill() instead of the groups' palette, so it reads the same wherever it stands.
  std::optional<std::size_t> comparison_series;
  // The language of the numbers the chart writes itself (tick labels, a value without a
  // caller's label): "0,5" in Dutch, "0.5" in English, as the report's tables write them.
  Language language = Language::nl;
};

// The chart as SVG, laid out and framed as `style` says (chart_style.h): a .svg file by
// default; ChartStyle{ChartSize::page, true} inside rapport.html; ChartStyle{ChartSize::slide,
// true} on a slide. All text is escaped.
std::string render_svg(const BarChart& chart, const ChartStyle& style = {});

// The chart as an SVG document that draws its title and footnotes. With `standalone` it
// starts with an XML declaration (for .svg files); without, it can be placed inline in HTML
// and scales to its container.
std::string render_svg(const BarChart& chart, bool standalone);

// The chart as a PNG file `width_px` wide (the height keeps the SVG's aspect), drawn from
// the same layout as the .svg file of that size. Throws std::runtime_error naming the file
// when it cannot be written.
void write_png(const BarChart& chart, const std::filesystem::path& png_path, int width_px,
               ChartSize size = ChartSize::page);

// Whether every value label stands level over its bar when the chart is laid out in
// `style` (else they all turn upright): a caller may try labels with the count, "16,7% (12)",
// and fall back to "16,7%" when they do not.
bool value_labels_stand_level(const BarChart& chart, const ChartStyle& style = {});

// A chart that has more categories than fit on a slide's width split into consecutive
// charts that each fit (categories, values, labels and error bars cut alike; title,
// description, axis and footnotes copied); a chart that fits comes back alone.
std::vector<BarChart> split_for_slides(const BarChart& chart);

}  // namespace peiling
