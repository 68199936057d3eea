// Horizontal 100%-stacked bar charts, for answers on an ordered scale (a Likert question,
// the statements of a Likert matrix): one bar per row, split into one segment per scale
// point in scale order, each as wide as its share of the row's answers, so a team sees at a
// glance where each group leans. The scale's colours diverge from orange (low) through a
// light middle to purple (high), with hatching on the low side and dots on the high side
// for grayscale (chart_palette.h); a legend names the points in order. The share is printed
// inside each segment where it fits, and a triangle under the bar marks the median.
//
// Rows may be grouped in blocks under a heading: one block per statement with one row per
// group makes the combined chart of a Likert matrix; without headings the rows are the
// groups of one question, or the statements of one group.
//
// Laid out like the bar charts (chart_scene.h), as SVG and PNG from the same numbers.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "reports/chart_style.h"

namespace peiling {

struct StackedBarRow {
  std::string heading;  // when set, starts a block of rows under it, e.g. the statement
  std::string label;    // left of the bar, e.g. "Directie (n = 12)"; long labels wrap
  // Answers per scale point, in scale order. When they add up to 0 (or are missing) the
  // row shows the chart's `no_answers` text instead of a bar.
  std::vector<int> counts;
  // Per point, printed inside its segment where it fits, formatted by the caller
  // ("41,7%"); empty strings print nothing.
  std::vector<std::string> percent_labels;
  // The median as a scale position: 0 is the first point, 2 the third, and a fraction
  // (2.5) lies between two points (an even count whose middle answers differ). A whole
  // position is marked at the middle of its segment, a fraction at the boundary after
  // floor(median), where half of the answers lie on either side.
  std::optional<double> median;
  std::string note;  // under the label, e.g. "mediaan: eens"
  bool emphasised = false;  // a total such as all groups together: its label in bold
};

struct StackedBarChart {
  std::string title;
  // One sentence that says what the chart shows, for readers who cannot see it, e.g.
  // "Gestapelde staaf per groep: 'Ik voel me gesteund'; Directie en IB'ers overwegend eens,
  // leerkrachten verdeeld". It is the SVG's accessible name; without it the title is.
  std::string description;
  std::vector<std::string> points;  // the scale points, in order: the segments and the legend
  std::vector<StackedBarRow> rows;
  std::string median_legend;  // the marker's legend entry, e.g. "mediaan"; empty: none
  std::string no_answers = "geen antwoorden";
  std::vector<std::string> footnotes;  // lines under the chart, e.g. the response lines
};

// The chart as SVG, laid out and framed as `style` says (chart_style.h). All text is
// escaped.
std::string render_svg(const StackedBarChart& chart, const ChartStyle& style = {});

// The chart as a PNG file `width_px` wide, drawn from the same layout as the .svg file of
// that size. Throws std::runtime_error naming the file when it cannot be written.
void write_png(const StackedBarChart& chart, const std::filesystem::path& png_path, int width_px,
               ChartSize size = ChartSize::page);

// The chart split into consecutive charts that each fit a slide's chart box, drawn inline
// (no title or footnotes): whole blocks where they fit, else rows, a block's heading
// repeated over its continuation. A chart that fits comes back alone.
std::vector<StackedBarChart> split_for_slides(const StackedBarChart& chart);

}  // namespace peiling
