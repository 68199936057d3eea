// The charts' two palettes. Groups (the series of a bar chart) get Okabe-Ito colours, which
// viewers with a colour-vision deficiency can tell apart, each with a texture of its own.
// The points of an ordered scale (a Likert scale in a stacked bar) get a diverging
// ColorBrewer PuOr ramp, orange for the low side and purple for the high side, which is
// also safe for colour-blind viewers; in grayscale the low side is hatched, the high side
// dotted and a middle point solid, so the two sides stay apart where their greys are alike.
#pragma once

#include <cstddef>

#include "reports/chart_texture.h"

namespace peiling {

enum class ChartPalette {
  groups,         // series_fill: one fill per group, in the order of the series
  ordered_scale,  // scale_fill: one fill per point of a scale, light in the middle
};

// The fill of series `series` (any index: beyond seven the texture shifts against the
// colour, so pairs stay distinct).
ChartFill series_fill(std::size_t series);

// The fill of a comparison series (BarChart::comparison_series): a dark grey with a white
// cross texture, a colour no group has; 7:1 against white, as the chart's text.
ChartFill comparison_fill();

// The fill of point `point` (0 = the lowest) of a scale with `points` points. Every point
// count from 1 to 11 has ColorBrewer's own ramp; longer scales reuse the eleven colours.
ChartFill scale_fill(std::size_t point, std::size_t points);

// The WCAG contrast ratio of two "#rrggbb" colours, from 1 (alike) to 21 (black on white).
double contrast_ratio(std::string_view colour_a, std::string_view colour_b);

}  // namespace peiling
