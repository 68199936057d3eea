// A report chart as a figure on a slide: laid out for the slide's chart box
// (ChartSize::slide), so its smallest text reaches the readable minimum
// (slide::kChartTextMinimum at 1280 x 720) and the labels read from the back of a
// classroom, as long as the room under the slide's heading holds the box.
#pragma once

#include "reports/report_model.h"
#include "reports/slide_pagination.h"

namespace peiling {

struct SlideFigure {
  std::string html;
  bool readable = false;  // the smallest text reaches the minimum in `room`; else it is as large as the room allows
};

// The chart's figure for a slide with `room` slide pixels of height left under its heading.
SlideFigure slide_figure(const ReportChart& chart, double room);

}  // namespace peiling
