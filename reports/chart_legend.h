// The legend of a chart: one swatch (or marker) and name per entry, broken into rows that
// fit the canvas and centred, shared by the chart layouts.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "reports/chart_metrics.h"
#include "reports/chart_scene.h"

namespace peiling {

struct LegendLayout {
  struct Item {
    std::string name;  // shortened to one line
    double width = 0;
    bool marker = false;  // the median marker instead of a swatch
  };
  std::vector<Item> items;
  std::vector<std::vector<std::size_t>> rows;  // indices into items
  double top = 0;
  double height(const ChartMetrics& m) const { return rows.size() * m.legend_row + (rows.empty() ? 0 : 4); }
};

// Entry i of `names` shows palette fill i; `marker_name`, when set, adds the marker last.
LegendLayout lay_out_legend(const std::vector<std::string>& names, const std::string& marker_name,
                            double text_width_max, const ChartMetrics& m);

// Places the entries into `scene`: swatches into its legend, a marker into its markers with
// its name among its texts.
void place_legend(const LegendLayout& legend, double canvas_width, const ChartMetrics& m, ChartScene& scene);

}  // namespace peiling
