// Legend rows of the charts; see chart_legend.h.
#include "reports/chart_legend.h"

#include "reports/chart_text.h"

namespace peiling {

LegendLayout lay_out_legend(const std::vector<std::string>& names, const std::string& marker_name,
                            double text_width_max, const ChartMetrics& m) {
  LegendLayout legend;
  auto add = [&](const std::string& name, bool marker) {
    const double room = text_width_max - m.swatch - 8;
    std::vector<std::string> lines = wrap_text(name, room, m.legend_size, false, 1);
    const std::string shown = lines.empty() ? std::string() : lines.front();
    legend.items.push_back({shown, m.swatch + 8 + text_width(shown, m.legend_size), marker});
  };
  for (const std::string& name : names) add(name, false);
  if (!marker_name.empty()) add(marker_name, true);
  double row_width = 0;
  for (std::size_t s = 0; s < legend.items.size(); ++s) {
    const double item_width = legend.items[s].width;
    const bool row_is_empty = legend.rows.empty() || legend.rows.back().empty();
    const double needed = item_width + (row_is_empty ? 0 : m.legend_gap);
    if (legend.rows.empty() || row_width + needed > text_width_max) {
      legend.rows.emplace_back();
      row_width = 0;
    }
    row_width += legend.rows.back().empty() ? item_width : item_width + m.legend_gap;
    legend.rows.back().push_back(s);
  }
  return legend;
}

void place_legend(const LegendLayout& legend, double canvas_width, const ChartMetrics& m, ChartScene& scene) {
  for (std::size_t r = 0; r < legend.rows.size(); ++r) {
    double row_width = 0;
    for (std::size_t s : legend.rows[r]) row_width += legend.items[s].width;
    row_width += m.legend_gap * (legend.rows[r].size() - 1);
    double x = (canvas_width - row_width) / 2;
    const double top = legend.top + r * m.legend_row;
    for (std::size_t s : legend.rows[r]) {
      const LegendLayout::Item& item = legend.items[s];
      SceneText label = text_at({item.name}, x + m.swatch + 8, top + m.swatch / 2 + m.legend_size * 0.36,
                                m.legend_size, kChartInk);
      if (item.marker) {
        scene.markers.push_back({x + m.swatch / 2, top + (m.swatch - m.marker_height) / 2, m.marker_half_width,
                                 m.marker_height});
        label.css_class = "legend-label";
        scene.texts.push_back(std::move(label));
      } else {
        scene.legend.push_back({s, ChartBox{x, top, m.swatch, m.swatch}, std::move(label)});
      }
      x += item.width + m.legend_gap;
    }
  }
}

}  // namespace peiling
