// The value axis of a bar chart and the numbers it prints: the range, the ticks and their
// labels, which bars there are and the label at each. The standing bars of a page or slide
// (chart_layout.cpp) and the lying bars of a phone (lying_bar_layout.cpp) share them, so
// both print a chart's numbers alike.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "reports/bar_chart.h"

namespace peiling {

struct ChartAxis {
  double min = 0;
  double max = 5;
  double step = 1;
  std::vector<double> ticks;
  int decimals = 0;  // of the tick labels

  // Where `value` stands between min (0) and max (1); values outside the axis at its ends.
  double share(double value) const;
};

// The scale as the chart asks for it, made usable when it is not: max above min, a step that
// gives a readable number of ticks.
ChartAxis make_chart_axis(const BarChart& chart);

// "0%", "25%", ... or "1", "2", ...: each tick in the chart's language with its suffix.
std::vector<std::string> tick_labels(const BarChart& chart, const ChartAxis& axis);

// Whether the series has a bar for the category: a value, and a finite one.
bool has_bar(const BarSeries& series, std::size_t category);

// The label printed at a bar: the caller's, else the value with one decimal.
std::string bar_value_label(const BarChart& chart, const BarSeries& series, std::size_t category, double value);

// A bar's tooltip: "Directie, fase 1: 3,3".
std::string bar_tooltip(const BarChart& chart, const BarSeries& series, std::size_t category, const std::string& label);

}  // namespace peiling
