// A bar chart laid out for a phone, its bars lying along the screen under their categories'
// labels; lay_out_chart (chart_scene.h) makes it for ChartSize::phone.
#pragma once

#include "reports/chart_scene.h"

namespace peiling {

ChartScene lay_out_lying_bars(const BarChart& chart, const ChartStyle& style);

}  // namespace peiling
