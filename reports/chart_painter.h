// Painting a laid-out chart with cairo, for the PNG files: the same scene, in the same
// order, as the SVG (chart_svg.cpp). Text is set in DejaVu Sans, the font the chart's text
// measurements assume, loaded straight from its file: no font lookup, no text shaping
// library, so a report starts and draws its charts quickly.
#pragma once

#include <cairo.h>

#include "reports/chart_scene.h"

namespace peiling {

// Paints `scene` onto `cr` in user units (the caller scales to pixels), background
// included. Throws std::runtime_error when the chart font cannot be loaded.
void paint_chart(cairo_t* cr, const ChartScene& scene);

}  // namespace peiling
