// A report chart as a figure on a slide: the plot made flatter until the chart, scaled to
// the room the slide leaves it, draws its smallest text at the readable minimum
// (slide::kChartTextMinimum at 1280 x 720), so the labels read from the back of a
// classroom. The chart keeps its data and its text; only the plot's height changes.
#pragma once

#include "reports/report_model.h"
#include "reports/slide_pagination.h"

namespace peiling {

struct SlideFigure {
  std::string html;
  bool readable = false;  // the smallest text reaches the minimum; else it is as large as the room allows
};

// The chart's figure for a slide with `room` slide pixels of height left under its heading.
SlideFigure slide_figure(const ReportChart& chart, double room);

}  // namespace peiling
