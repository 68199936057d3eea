// Stacked bar charts: rendering as SVG and splitting for slides; see stacked_bar_chart.h.
// The layout is in stacked_chart_layout.cpp, the SVG writer in chart_svg.cpp, the PNG in
// png_export.cpp.
#include "reports/stacked_bar_chart.h"

#include "reports/chart_metrics.h"
#include "reports/chart_scene.h"

namespace peiling {

namespace {

bool fits_slide(const StackedBarChart& chart) {
  return lay_out_chart(chart, ChartStyle{ChartSize::slide, true}).height <= kSlideMetrics.box_height;
}

// The rows in blocks: each block starts at a row with a heading (or at the first row).
std::vector<std::vector<StackedBarRow>> blocks_of(const std::vector<StackedBarRow>& rows) {
  std::vector<std::vector<StackedBarRow>> blocks;
  for (const StackedBarRow& row : rows) {
    if (blocks.empty() || !row.heading.empty()) blocks.emplace_back();
    blocks.back().push_back(row);
  }
  return blocks;
}

// Collects rows into charts that fit a slide, starting a new chart when the next row would
// not fit; `heading` goes over a block's rows that continue in a new chart.
class SlideFiller {
 public:
  explicit SlideFiller(const StackedBarChart& chart) : frame_(chart) { frame_.rows.clear(); }

  bool try_add(const std::vector<StackedBarRow>& rows) {
    StackedBarChart candidate = current();
    candidate.rows.insert(candidate.rows.end(), rows.begin(), rows.end());
    if (!fits_slide(candidate)) return false;
    rows_ = std::move(candidate.rows);
    return true;
  }
  // Adds a row even if it does not fit, in a chart of its own if need be.
  void add_row(StackedBarRow row, const std::string& heading) {
    if (try_add({row})) return;
    flush();
    if (row.heading.empty()) row.heading = heading;
    rows_.push_back(std::move(row));
  }
  void flush() {
    if (rows_.empty()) return;
    parts_.push_back(current());
    rows_.clear();
  }
  bool empty() const { return rows_.empty(); }
  std::vector<StackedBarChart> parts() && { return std::move(parts_); }

 private:
  StackedBarChart current() const {
    StackedBarChart chart = frame_;
    chart.rows = rows_;
    return chart;
  }
  StackedBarChart frame_;  // the chart without its rows
  std::vector<StackedBarRow> rows_;
  std::vector<StackedBarChart> parts_;
};

}  // namespace

std::string render_svg(const StackedBarChart& chart, const ChartStyle& style) {
  return scene_svg(lay_out_chart(chart, style), !style.inline_in_page);
}

std::vector<StackedBarChart> split_for_slides(const StackedBarChart& chart) {
  if (fits_slide(chart)) return {chart};
  SlideFiller filler(chart);
  for (const auto& block : blocks_of(chart.rows)) {
    if (filler.try_add(block)) continue;
    filler.flush();
    if (filler.try_add(block)) continue;
    // A block taller than a slide: row by row, its heading repeated where it continues.
    for (const StackedBarRow& row : block) filler.add_row(row, block.front().heading);
  }
  filler.flush();
  return std::move(filler).parts();
}

}  // namespace peiling
