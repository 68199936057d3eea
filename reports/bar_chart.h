// Bar charts as standalone SVG (for the .svg files and inline in HTML) and as PNG (for
// pasting into PowerPoint or Word). One series draws a plain chart; several series draw
// groups of bars side by side per category with a legend. Colours come from a palette
// that colour-blind viewers can tell apart, and every series also has its own fill
// pattern, so the chart still reads when printed in grayscale.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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
  std::vector<std::string> categories;  // labels under the bars; long ones are wrapped
  std::vector<BarSeries> series;
  double axis_min = 0;  // the scale's minimum and maximum, e.g. 1 and 5 for a ranking
  double axis_max = 5;
  double axis_step = 1;
  std::string axis_label;   // e.g. "gemiddelde score (5 = heel belangrijk)"
  std::vector<std::string> footnotes;  // lines under the chart, e.g. the response line
  // The height of the plot area in user units. The slides ask for a flatter plot, so that
  // the chart's text, scaled with it to the slide, stays large enough to read.
  double plot_height = 340;
};

// The chart as an SVG document. With `standalone` it starts with an XML declaration
// (for .svg files); without, it can be placed inline in HTML. All text is escaped.
std::string render_svg(const BarChart& chart, bool standalone);

// The chart as a PNG file `width_px` wide (the height keeps the SVG's aspect), drawn from
// the same layout as the SVG. Throws std::runtime_error naming the file when it cannot be
// written.
void write_png(const BarChart& chart, const std::filesystem::path& png_path, int width_px);

}  // namespace peiling
