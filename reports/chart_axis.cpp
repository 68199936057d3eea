// The value axis of a bar chart and the numbers it prints; see chart_axis.h.
#include "reports/chart_axis.h"

#include <algorithm>
#include <cmath>

#include "analysis/hand_arithmetic.h"

namespace peiling {

namespace {

// A number for people in the chart's language: rounded half away from zero, with a decimal
// comma in Dutch and a point in English.
std::string chart_number(const BarChart& chart, double value, int decimals) {
  return format_decimal(value, decimals, chart.language);
}

bool is_integral(double value) { return std::fabs(value - std::round(value)) < 1e-9; }

}  // namespace

double ChartAxis::share(double value) const { return (std::clamp(value, min, max) - min) / (max - min); }

ChartAxis make_chart_axis(const BarChart& chart) {
  ChartAxis axis;
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

std::vector<std::string> tick_labels(const BarChart& chart, const ChartAxis& axis) {
  std::vector<std::string> labels;
  for (double tick : axis.ticks) labels.push_back(chart_number(chart, tick, axis.decimals) + chart.tick_suffix);
  return labels;
}

bool has_bar(const BarSeries& series, std::size_t category) {
  return category < series.values.size() && series.values[category] && std::isfinite(*series.values[category]);
}

std::string bar_value_label(const BarChart& chart, const BarSeries& series, std::size_t category, double value) {
  return category < series.value_labels.size() ? series.value_labels[category] : chart_number(chart, value, 1);
}

std::string bar_tooltip(const BarChart& chart, const BarSeries& series, std::size_t category, const std::string& label) {
  return (series.name.empty() ? "" : series.name + ", ") + chart.categories[category] + ": " + label;
}

}  // namespace peiling
