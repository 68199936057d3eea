// Vertical bar charts: rendering as SVG and splitting for slides; see bar_chart.h. The
// layout is in chart_layout.cpp, the SVG writer in chart_svg.cpp, the PNG in png_export.cpp.
#include "reports/bar_chart.h"

#include <algorithm>

#include "reports/chart_scene.h"
#include "base/escape.h"

namespace peiling {

namespace {

template <typename T>
std::vector<T> slice(const std::vector<T>& items, std::size_t begin, std::size_t end) {
  if (begin >= items.size()) return {};
  return std::vector<T>(items.begin() + static_cast<std::ptrdiff_t>(begin),
                        items.begin() + static_cast<std::ptrdiff_t>(std::min(end, items.size())));
}

// Categories [begin, end) of `chart`, with their values, labels and intervals.
BarChart with_categories(const BarChart& chart, std::size_t begin, std::size_t end) {
  BarChart part = chart;
  part.categories = slice(chart.categories, begin, end);
  for (BarSeries& series : part.series) {
    series.values = slice(series.values, begin, end);
    series.value_labels = slice(series.value_labels, begin, end);
    series.error_bars = slice(series.error_bars, begin, end);
  }
  return part;
}

bool fits_slide(const BarChart& chart) {
  return lay_out_chart(chart, ChartStyle{ChartSize::slide, true}).width <= kSlideChartWidth;
}

}  // namespace

std::string render_svg(const BarChart& chart, const ChartStyle& style) {
  return scene_svg(lay_out_chart(chart, style), !style.inline_in_page);
}

std::string render_svg(const BarChart& chart, bool standalone) {
  return scene_svg(lay_out_chart(chart, ChartStyle{}), standalone);
}

bool value_labels_stand_level(const BarChart& chart, const ChartStyle& style) {
  const ChartScene scene = lay_out_chart(chart, style);
  return std::none_of(scene.bars.begin(), scene.bars.end(), [](const SceneBar& bar) { return bar.value.rotated; });
}

std::vector<BarChart> split_for_slides(const BarChart& chart) {
  const std::size_t total = chart.categories.size();
  std::size_t per_part = total;
  while (per_part > 1 && !fits_slide(with_categories(chart, 0, per_part))) --per_part;
  if (per_part >= total) return {chart};
  // As many parts as needed, as even as they can be.
  const std::size_t parts = (total + per_part - 1) / per_part;
  const std::size_t even = (total + parts - 1) / parts;
  std::vector<BarChart> out;
  for (std::size_t begin = 0; begin < total; begin += even) out.push_back(with_categories(chart, begin, begin + even));
  return out;
}

}  // namespace peiling
