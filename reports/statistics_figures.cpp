// Printed figures and the verdicts read off them; see statistics_figures.h.
#include "reports/statistics_figures.h"

#include <algorithm>
#include <cmath>

#include "analysis/hand_arithmetic.h"

namespace peiling {

namespace {

constexpr int kMostDecimals = 4;

double power_of_ten(int exponent) { return std::pow(10.0, exponent); }

// `value` rounded half away from zero to `decimals` places, as format_decimal rounds it
// (with its nudge for decimal ties stored just below), so the text made from the result
// is the text of `value`.
double rounded(double value, int decimals) {
  const double scaled = value * power_of_ten(decimals);
  const double nudged = scaled + std::copysign(std::abs(scaled) * 1e-12, scaled);
  return std::copysign(std::floor(std::abs(nudged) + 0.5), nudged) / power_of_ten(decimals);
}

bool same_sides(double a, double b, std::initializer_list<double> thresholds) {
  for (double threshold : thresholds)
    if ((a < threshold) != (b < threshold)) return false;
  return true;
}

// A standard error rounded up to `decimals` places, so the printed one never understates it.
std::string rounded_up(double error, int decimals, Language language) {
  const double scale = power_of_ten(decimals);
  return format_decimal(std::ceil(error * scale - 1e-9) / scale, decimals, language);
}

}  // namespace

PrintedFigure printed_figure(double value, int decimals, std::initializer_list<double> thresholds,
                             Language language) {
  int places = decimals;
  while (places < kMostDecimals && !same_sides(rounded(value, places), value, thresholds)) ++places;
  const double shown = rounded(value, places);
  return {format_decimal(shown, places, language), shown, places};
}

PrintedP printed_p(const PValue& p, Language language) {
  const bool estimated = p.method == PMethod::monte_carlo;
  const bool tiny = p.value < 0.001 && (!estimated || p.value + 2 * p.standard_error < 0.001);
  if (tiny) return {"p < " + format_decimal(0.001, 3, language), true};
  const PrintedFigure figure = printed_figure(p.value, p.value < 0.01 ? 3 : 2, {kRareBelow}, language);
  std::string text = (p.method == PMethod::exact ? "p = " : "p ≈ ") + figure.text;
  const bool uncertain = estimated && (p.standard_error > kMonteCarloStandardError ||
                                       std::abs(p.value - kRareBelow) < 2 * p.standard_error);
  if (uncertain) text += " ± " + rounded_up(p.standard_error, std::max(figure.decimals, 3), language);
  return {text, figure.value < kRareBelow};
}

PrintedW printed_w(double w, Language language) {
  const PrintedFigure figure = printed_figure(w, 2, {kFairAgreement, kStrongAgreement}, language);
  const Agreement agreement = figure.value >= kStrongAgreement ? Agreement::strong
                              : figure.value >= kFairAgreement ? Agreement::fair
                                                               : Agreement::little;
  return {figure.text, agreement};
}

}  // namespace peiling
