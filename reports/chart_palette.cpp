// The group and scale palettes of the charts; see chart_palette.h.
#include "reports/chart_palette.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace peiling {

namespace {

// Okabe-Ito: colours that viewers with a colour-vision deficiency can tell apart.
constexpr std::array<std::string_view, 7> kGroupColours = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                           "#56B4E9", "#D55E00", "#F0E442"};

constexpr std::array<Hatch, 7> kGroupHatches = {Hatch::solid,      Hatch::diagonal,      Hatch::dots,    Hatch::cross,
                                                Hatch::horizontal, Hatch::back_diagonal, Hatch::vertical};

// ColorBrewer PuOr (Cynthia Brewer, colorbrewer2.org), from the low end (orange) to the high
// end (purple), for 3 to 11 classes; 1 and 2 take colours of the 5-class ramp.
const std::vector<std::vector<std::string_view>>& puor_ramps() {
  static const std::vector<std::vector<std::string_view>> ramps = {
      {},
      {"#f7f7f7"},
      {"#e66101", "#5e3c99"},
      {"#f1a340", "#f7f7f7", "#998ec3"},
      {"#e66101", "#fdb863", "#b2abd2", "#5e3c99"},
      {"#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"},
      {"#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788"},
      {"#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"},
      {"#b35806", "#e08214", "#fdb863", "#fee0b6", "#d8daeb", "#b2abd2", "#8073ac", "#542788"},
      {"#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788"},
      {"#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b"},
      {"#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788",
       "#2d004b"},
  };
  return ramps;
}

int channel(std::string_view colour, std::size_t at) {
  return std::stoi(std::string(colour.substr(at, 2)), nullptr, 16);
}

// Dark texture on light colours, white texture on dark ones.
std::string_view texture_ink_on(std::string_view colour) {
  const double luma = 0.299 * channel(colour, 1) + 0.587 * channel(colour, 3) + 0.114 * channel(colour, 5);
  return luma > 128 ? kChartInk : kChartWhite;
}

// WCAG 2 relative luminance.
double relative_luminance(std::string_view colour) {
  auto linear = [](int value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(channel(colour, 1)) + 0.7152 * linear(channel(colour, 3)) +
         0.0722 * linear(channel(colour, 5));
}

// Text inside a box stands on a plate of plain colour that clears the texture away: the
// fill's own colour with whichever of the ink and white contrasts more with it, or where
// neither reaches WCAG's 4.5:1, a white plate with the ink.
void choose_label_ink(ChartFill& fill) {
  constexpr double kReadableContrast = 4.5;
  const double dark = contrast_ratio(fill.colour, kChartInk);
  const double light = contrast_ratio(fill.colour, kChartWhite);
  if (std::max(dark, light) < kReadableContrast) {
    fill.label_ink = kChartInk;
    fill.label_plate = kChartWhite;
    return;
  }
  fill.label_ink = dark >= light ? kChartInk : kChartWhite;
  fill.label_plate = fill.colour;
}

}  // namespace

double contrast_ratio(std::string_view colour_a, std::string_view colour_b) {
  const double a = relative_luminance(colour_a);
  const double b = relative_luminance(colour_b);
  return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

ChartFill series_fill(std::size_t series) {
  ChartFill fill;
  fill.colour = kGroupColours[series % kGroupColours.size()];
  fill.hatch = kGroupHatches[(series + series / kGroupColours.size()) % kGroupHatches.size()];
  fill.texture_ink = texture_ink_on(fill.colour);
  return fill;  // labels of grouped bars stand above the bar, in the chart's ink
}

ChartFill comparison_fill() {
  ChartFill fill;
  fill.colour = "#595959";  // 7:1 against white, as the chart's text
  fill.hatch = Hatch::cross;
  fill.texture_ink = texture_ink_on(fill.colour);
  return fill;
}

ChartFill scale_fill(std::size_t point, std::size_t points) {
  const auto& ramps = puor_ramps();
  const std::size_t count = std::max<std::size_t>(points, 1);
  const std::size_t ramp_size = std::min(count, ramps.size() - 1);
  const std::vector<std::string_view>& ramp = ramps[ramp_size];
  const std::size_t index =
      count <= ramp_size ? std::min(point, ramp_size - 1)
                         : static_cast<std::size_t>(std::lround(static_cast<double>(std::min(point, count - 1)) *
                                                                (ramp_size - 1) / (count - 1)));
  ChartFill fill;
  fill.colour = ramp[index];
  // The middle of the scale: twice the position against the point count - 1.
  const long long side = 2 * static_cast<long long>(point) - static_cast<long long>(count - 1);
  fill.hatch = side < 0 ? Hatch::diagonal : side > 0 ? Hatch::dots : Hatch::solid;
  fill.texture_ink = texture_ink_on(fill.colour);
  choose_label_ink(fill);
  return fill;
}

}  // namespace peiling
