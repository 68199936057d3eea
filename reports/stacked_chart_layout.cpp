// Laying out a horizontal 100%-stacked bar chart: where every segment, label and marker
// goes; see stacked_bar_chart.h and chart_scene.h.
//
// From top to bottom: the title, the legend of the scale (and the median marker), then the
// rows: a label column on the left (label, and under it the note), the bar on the right,
// blocks of rows under a full-width heading, and under the last row the percentage axis.
// Gridlines at 0, 25, 50, 75 and 100% run behind each block, so they show between the bars
// and never cross a heading.
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "reports/chart_legend.h"
#include "reports/chart_metrics.h"
#include "reports/chart_scene.h"
#include "reports/chart_text.h"

namespace peiling {

namespace {

constexpr std::size_t kMaxLabelLines = 6;
constexpr std::size_t kMaxNoteLines = 3;
constexpr std::size_t kMaxHeadingLines = 4;
constexpr double kLabelGap = 16;      // between the label column and the bars
constexpr double kPlatePadding = 3;   // around a percentage, on its plate
constexpr double kSegmentMargin = 2;  // of the segment's texture, left showing beside the plate
constexpr std::array<int, 5> kPercentTicks = {0, 25, 50, 75, 100};

// The canvas and its columns.
struct Frame {
  const ChartMetrics* m = &kPageMetrics;
  double width = 0;
  double text_width_max = 0;
  double label_width = 0;  // the label column
  double bar_left = 0, bar_right = 0;
  double bar_width() const { return bar_right - bar_left; }
};

int row_total(const StackedBarRow& row, std::size_t points) {
  int total = 0;
  for (std::size_t p = 0; p < points && p < row.counts.size(); ++p) total += std::max(0, row.counts[p]);
  return total;
}

int count_at(const StackedBarRow& row, std::size_t point) {
  return point < row.counts.size() ? std::max(0, row.counts[point]) : 0;
}

// The label column is as wide as the widest label or note, within a fifth and two fifths
// of the canvas; the bars take the rest, up to half a tick label from the right margin.
Frame lay_out_frame(const StackedBarChart& chart, const ChartMetrics& m) {
  Frame frame;
  frame.m = &m;
  frame.width = m.min_width;
  frame.text_width_max = frame.width - 2 * m.margin;
  double natural = 0;
  for (const StackedBarRow& row : chart.rows)
    natural = std::max({natural, text_width(row.label, m.row_label_size, row.emphasised),
                        text_width(row.note, m.note_size)});
  frame.label_width = std::clamp(natural, 0.2 * frame.text_width_max, 0.4 * frame.text_width_max);
  frame.bar_left = m.margin + frame.label_width + kLabelGap;
  frame.bar_right = frame.width - m.margin - text_width("100%", m.tick_size) / 2;
  return frame;
}

// The x of a share of the bar: `part` of `total` answers from its left end.
double share_x(const Frame& frame, double part, int total) { return frame.bar_left + frame.bar_width() * part / total; }

// Where the median sits on the bar: the middle of its point's segment, or for a position
// between two points the boundary after the lower one.
double median_x(const Frame& frame, const StackedBarRow& row, std::size_t points, double median, int total) {
  const double clamped = std::clamp(median, 0.0, static_cast<double>(points - 1));
  const auto point = static_cast<std::size_t>(std::floor(clamped));
  double before = 0;
  for (std::size_t p = 0; p < point; ++p) before += count_at(row, p);
  const bool between = clamped - static_cast<double>(point) > 1e-9;
  const double at = between ? before + count_at(row, point) : before + count_at(row, point) / 2.0;
  return share_x(frame, at, total);
}

std::string segment_tooltip(const StackedBarRow& row, const std::string& point, const std::string& percent,
                            int count) {
  std::string tip = row.label.empty() ? point : row.label + ", " + point;
  tip += ": " + (percent.empty() ? std::to_string(count) : percent + " (" + std::to_string(count) + ")");
  return tip;
}

// A segment's percentage, centred on a plate inside it: at its size, or smaller down to a
// limit, or not at all.
void label_segment(SceneBar& bar, const std::string& percent, const ChartFill& fill, const ChartMetrics& m) {
  if (percent.empty()) return;
  const ChartBox& box = bar.box;
  const double room = box.width - 2 * (kSegmentMargin + kPlatePadding);
  const double natural = text_width(percent, m.segment_label_size, true);
  const double size = natural <= room ? m.segment_label_size : m.segment_label_size * room / natural;
  if (size < m.min_segment_label_size) return;
  const double centre_x = box.x + box.width / 2;
  bar.value = text_at({percent}, centre_x, box.y + box.height / 2 + size * 0.36, size, fill.label_ink);
  bar.value.bold = true;
  bar.value.anchor = TextAnchor::middle;
  const double plate_width = text_width(percent, size, true) + 2 * kPlatePadding;
  const double plate_height = size * 1.15;
  bar.plate = ChartBox{centre_x - plate_width / 2, box.y + (box.height - plate_height) / 2, plate_width, plate_height};
}

// The segments of one row's bar, in scale order; a point nobody chose has none.
void place_segments(const StackedBarChart& chart, const StackedBarRow& row, const Frame& frame, double top,
                    ChartScene& scene) {
  const std::size_t points = chart.points.size();
  const int total = row_total(row, points);
  double before = 0;
  for (std::size_t p = 0; p < points; ++p) {
    const int count = count_at(row, p);
    if (count == 0) continue;
    const double left = share_x(frame, before, total);
    before += count;
    const double right = share_x(frame, before, total);
    const std::string percent = p < row.percent_labels.size() ? row.percent_labels[p] : std::string();
    SceneBar bar;
    bar.fill = p;
    bar.box = ChartBox{left, top, right - left, frame.m->bar_height};
    bar.tooltip = segment_tooltip(row, chart.points[p], percent, count);
    label_segment(bar, percent, scene.fill(p), *frame.m);
    scene.bars.push_back(std::move(bar));
  }
}

// A row's label, with its note under it, beside the bar: a label no taller than the bar is
// centred on it, a taller one starts at its top.
double place_row_texts(const StackedBarRow& row, const Frame& frame, double top, ChartScene& scene) {
  const ChartMetrics& m = *frame.m;
  const auto label_lines = wrap_text(row.label, frame.label_width, m.row_label_size, row.emphasised, kMaxLabelLines);
  const auto note_lines = wrap_text(row.note, frame.label_width, m.note_size, false, kMaxNoteLines);
  const double label_height = label_lines.size() * m.row_label_line;
  const double text_top = top + std::max(0.0, (m.bar_height - label_height) / 2);
  if (!label_lines.empty()) {
    SceneText label = text_at(label_lines, m.margin, text_top + m.row_label_line / 2 + m.row_label_size * 0.36,
                              m.row_label_size, kChartInk);
    label.line_height = m.row_label_line;
    label.bold = row.emphasised;
    label.css_class = "row-label";
    scene.texts.push_back(std::move(label));
  }
  if (!note_lines.empty()) {
    SceneText note = text_at(note_lines, m.margin,
                             text_top + label_height + m.note_line / 2 + m.note_size * 0.36, m.note_size,
                             kChartGreyInk);
    note.line_height = m.note_line;
    note.css_class = "row-note";
    scene.texts.push_back(std::move(note));
  }
  return text_top + label_height + note_lines.size() * m.note_line;
}

// One row: its texts, and its bar with the median marker under it, or the chart's text for
// a row without answers. Returns the bottom of what it drew.
double place_row(const StackedBarChart& chart, const StackedBarRow& row, const Frame& frame, double top,
                 ChartScene& scene) {
  const ChartMetrics& m = *frame.m;
  double bottom = std::max(place_row_texts(row, frame, top, scene), top + m.bar_height);
  const std::size_t points = chart.points.size();
  const int total = row_total(row, points);
  if (total == 0) {
    SceneText empty = text_at({chart.no_answers}, frame.bar_left, top + m.bar_height / 2 + m.row_label_size * 0.36,
                              m.row_label_size, kChartGreyInk);
    empty.css_class = "no-answers";
    scene.texts.push_back(std::move(empty));
    return bottom;
  }
  place_segments(chart, row, frame, top, scene);
  if (row.median && std::isfinite(*row.median)) {
    const double tip = top + m.bar_height + 1;  // just under the outline
    scene.markers.push_back({median_x(frame, row, points, *row.median, total), tip, m.marker_half_width,
                             m.marker_height});
    bottom = std::max(bottom, tip + m.marker_height);
  }
  return bottom;
}

// The title and legend; returns where the rows start.
double place_header(const StackedBarChart& chart, const Frame& frame, bool draws_title, ChartScene& scene) {
  const ChartMetrics& m = *frame.m;
  double y = m.margin;
  std::vector<std::string> title_lines;
  if (draws_title) title_lines = wrap_text(chart.title, frame.text_width_max, m.title_size, true, 4);
  scene.title_text = text_at(title_lines, frame.width / 2, y + m.title_size * 0.8, m.title_size, kChartInk);
  scene.title_text.line_height = m.title_line;
  scene.title_text.bold = true;
  scene.title_text.anchor = TextAnchor::middle;
  y += title_lines.size() * m.title_line;
  if (!title_lines.empty()) y += 6;

  const bool any_median = std::any_of(chart.rows.begin(), chart.rows.end(), [&](const StackedBarRow& row) {
    return row.median && std::isfinite(*row.median) && row_total(row, chart.points.size()) > 0;
  });
  LegendLayout legend =
      lay_out_legend(chart.points, any_median ? chart.median_legend : std::string(), frame.text_width_max, m);
  legend.top = y + 4;
  place_legend(legend, frame.width, m, scene);
  return y + legend.height(m) + 8;
}

// The rows, block by block; returns the spans (top, bottom) of the blocks, for the gridlines.
std::vector<std::pair<double, double>> place_rows(const StackedBarChart& chart, const Frame& frame, double top,
                                                  ChartScene& scene) {
  const ChartMetrics& m = *frame.m;
  std::vector<std::pair<double, double>> blocks;
  double y = top;
  double block_top = top - m.row_gap / 2;
  double last_bottom = top;
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const StackedBarRow& row = chart.rows[r];
    if (!row.heading.empty()) {
      if (r > 0) {
        blocks.push_back({block_top, last_bottom + m.row_gap / 2});
        y += m.block_gap;
      }
      const auto lines = wrap_text(row.heading, frame.text_width_max, m.heading_size, true, kMaxHeadingLines);
      SceneText heading = text_at(lines, m.margin, y + m.heading_line / 2 + m.heading_size * 0.36, m.heading_size,
                                  kChartInk);
      heading.line_height = m.heading_line;
      heading.bold = true;
      heading.css_class = "block-heading";
      scene.texts.push_back(std::move(heading));
      y += lines.size() * m.heading_line + m.row_gap / 2;
      block_top = y - m.row_gap / 2;
    }
    last_bottom = place_row(chart, row, frame, y, scene);
    y = last_bottom + m.row_gap;
  }
  blocks.push_back({block_top, last_bottom + m.row_gap / 2});
  return blocks;
}

// Ticks at 0, 25, 50, 75 and 100% under the rows, with a gridline through every block.
void place_percent_axis(const Frame& frame, const std::vector<std::pair<double, double>>& blocks,
                        ChartScene& scene) {
  const ChartMetrics& m = *frame.m;
  for (int percent : kPercentTicks) {
    const double x = frame.bar_left + frame.bar_width() * percent / 100.0;
    SceneTick tick;
    for (const auto& [top, bottom] : blocks) tick.gridlines.push_back({x, top, x, bottom});
    tick.label = text_at({std::to_string(percent) + "%"}, x, scene.plot_bottom + 4 + m.tick_size * 0.8, m.tick_size,
                         kChartGreyInk);
    tick.label.anchor = TextAnchor::middle;
    scene.ticks.push_back(std::move(tick));
  }
}

// The footnotes under the axis; returns the bottom of the chart.
double place_footnotes(const StackedBarChart& chart, const Frame& frame, bool draws_footnotes, double y,
                       ChartScene& scene) {
  const ChartMetrics& m = *frame.m;
  std::vector<std::string> lines;
  if (draws_footnotes)
    for (const auto& footnote : chart.footnotes)
      for (auto& line : wrap_text(footnote, frame.text_width_max, m.footnote_size)) lines.push_back(std::move(line));
  scene.footnotes = text_at(lines, m.margin, y + 8 + m.footnote_size, m.footnote_size, kChartGreyInk);
  scene.footnotes.line_height = m.footnote_line;
  if (!lines.empty()) y += 8 + lines.size() * m.footnote_line;
  return y;
}

}  // namespace

ChartScene lay_out_chart(const StackedBarChart& chart, const ChartStyle& style) {
  const ChartMetrics& m = chart_metrics(style.size);
  const Frame frame = lay_out_frame(chart, m);
  ChartScene scene;
  scene.css_class = "bar-chart stacked-bar-chart";
  scene.accessible_name = chart_accessible_name(chart.title, chart.description);
  scene.palette = ChartPalette::ordered_scale;
  scene.palette_size = chart.points.size();
  scene.axis_line = false;
  scene.width = frame.width;
  scene.plot_left = frame.bar_left;
  scene.plot_right = frame.bar_right;
  scene.plot_top = place_header(chart, frame, !style.inline_in_page, scene);
  const auto blocks = place_rows(chart, frame, scene.plot_top + m.row_gap / 2, scene);
  scene.plot_bottom = blocks.back().second;
  place_percent_axis(frame, blocks, scene);
  const double axis_bottom = scene.plot_bottom + 4 + m.tick_size * 1.1;
  scene.height = std::ceil(place_footnotes(chart, frame, !style.inline_in_page, axis_bottom, scene) + m.margin);
  return scene;
}

}  // namespace peiling
