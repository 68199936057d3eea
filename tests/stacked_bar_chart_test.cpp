// Horizontal 100%-stacked bar charts: segments as wide as their share, percentages inside,
// the legend in scale order, the median marker, rows without answers, wrapping, escaping,
// the PNG, and splitting a combined chart over slides.
#include <cairo.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <regex>
#include <set>
#include <string>

#include "chart_fixtures.h"
#include "reports/chart_scene.h"
#include "reports/chart_text.h"
#include "reports/stacked_bar_chart.h"
#include "test_support.h"

using peiling::StackedBarChart;
using peiling::StackedBarRow;
using namespace peiling::chart_fixtures;

namespace {

// One bar's segments, left to right.
struct Segment {
  int point = -1;
  double x = 0, y = 0, width = 0, height = 0;
  std::string fill, tooltip;
  double right() const { return x + width; }
};

std::vector<Segment> segments(const std::string& svg) {
  std::vector<Segment> out;
  for (const SvgElement& rect : svg_elements(svg, "rect", "bar"))
    out.push_back({std::stoi(rect["data-point"]), rect.number("x"), rect.number("y"), rect.number("width"),
                   rect.number("height"), rect["fill"], rect.inner});
  return out;
}

// The segments of each bar, bars from top to bottom.
std::vector<std::vector<Segment>> bars(const std::string& svg) {
  std::map<double, std::vector<Segment>> by_top;
  for (const Segment& segment : segments(svg)) by_top[segment.y].push_back(segment);
  std::vector<std::vector<Segment>> out;
  for (auto& [top, row] : by_top) {
    std::sort(row.begin(), row.end(), [](const Segment& a, const Segment& b) { return a.x < b.x; });
    out.push_back(row);
  }
  return out;
}

// The x of a tick label, e.g. "0%" or "100%": where that share of a bar lies.
double tick_x(const std::string& svg, const std::string& label) {
  for (const SvgElement& tick : svg_elements(svg, "text", "tick"))
    if (tick.inner == label) return tick.number("x");
  FAIL("no tick " << label);
  return 0;
}

struct Marker {
  double x = 0, tip_y = 0;
};

// The triangles of the markers path: "M x y l w h h -2w z" each.
std::vector<Marker> markers(const std::string& svg) {
  std::vector<Marker> out;
  const auto paths = svg_elements(svg, "path", "markers");
  if (paths.empty()) return out;
  const std::string d = paths.front()["d"];
  const std::regex triangle(R"(M([\d.]+) ([\d.]+)l[\d.]+ [\d.]+h-[\d.]+z)");
  for (auto it = std::sregex_iterator(d.begin(), d.end(), triangle); it != std::sregex_iterator(); ++it)
    out.push_back({std::stod((*it)[1]), std::stod((*it)[2])});
  return out;
}

std::string rejoined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += (text.empty() ? "" : " ") + line;
  return std::regex_replace(text, std::regex("&#39;"), "'");
}

int total_of(const StackedBarRow& row) {
  int total = 0;
  for (int count : row.counts) total += count;
  return total;
}

}  // namespace

TEST_CASE("each segment is as wide as its share and the segments fill the bar", "[stacked_chart]") {
  const StackedBarChart chart = likert_chart();
  const std::string svg = peiling::render_svg(chart);
  const double left = tick_x(svg, "0%");
  const double right = tick_x(svg, "100%");
  REQUIRE(right - left > 300);
  const auto rows = bars(svg);
  REQUIRE(rows.size() == chart.rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    CAPTURE(r);
    const StackedBarRow& row = chart.rows[r];
    std::vector<int> drawn_points;
    double width = 0;
    for (const Segment& segment : rows[r]) {
      drawn_points.push_back(segment.point);
      width += segment.width;
      CHECK(segment.width / (right - left) ==
            Approx(static_cast<double>(row.counts[segment.point]) / total_of(row)).margin(0.0001));
    }
    // Scale order, left to right; points nobody chose draw nothing.
    std::vector<int> expected;
    for (std::size_t p = 0; p < row.counts.size(); ++p)
      if (row.counts[p] > 0) expected.push_back(static_cast<int>(p));
    CHECK(drawn_points == expected);
    CHECK(rows[r].front().x == Approx(left).margin(0.01));
    CHECK(rows[r].back().right() == Approx(right).margin(0.02));
    CHECK(width == Approx(right - left).margin(0.03));
    for (std::size_t s = 1; s < rows[r].size(); ++s) CHECK(rows[r][s].x == Approx(rows[r][s - 1].right()).margin(0.011));
  }
  // The tooltip names the row, the point, the percentage and the count.
  CHECK(svg.find("<title>Leerkrachten (n = 8), eens: 37,5% (3)</title>") != std::string::npos);
}

TEST_CASE("percentages stand inside their segments on plates: a segment too narrow shows none", "[stacked_chart]") {
  const StackedBarChart chart = likert_chart();
  const std::string svg = peiling::render_svg(chart);
  const auto all = segments(svg);
  const auto values = svg_elements(svg, "text", "value");
  const auto plates = svg_elements(svg, "rect", "value-plate");
  REQUIRE(values.size() == plates.size());
  REQUIRE(values.size() >= 12);
  for (std::size_t v = 0; v < values.size(); ++v) {
    const SvgElement& text = values[v];
    CAPTURE(text.inner);
    const double x = text.number("x");
    const double baseline = text.number("y");
    const double size = text.number("font-size");
    CHECK(text["text-anchor"] == "middle");
    CHECK(text["stroke"] == "none");  // no white halo inside a bar: the plate clears the texture
    const auto segment = std::find_if(all.begin(), all.end(), [&](const Segment& s) {
      return x > s.x && x < s.right() && baseline > s.y && baseline < s.y + s.height;
    });
    REQUIRE(segment != all.end());
    const double half = peiling::text_width(text.inner, size, true) / 2;
    CHECK(x - half > segment->x);
    CHECK(x + half < segment->right());
    CHECK(baseline - size * 0.75 > segment->y);
    // Its plate lies within the segment, around the text.
    const SvgElement& plate = plates[v];
    CHECK(plate.number("x") >= segment->x);
    CHECK(plate.number("x") + plate.number("width") <= segment->right() + 0.01);
    CHECK(plate.number("x") <= x - half);
    CHECK(plate.number("x") + plate.number("width") >= x + half);
    CHECK(segment->tooltip.find(text.inner) != std::string::npos);  // the segment's own figure
  }
  // 1 of 15 ("helemaal oneens" of all groups) is a sliver: its 6,7% is in the tooltip only.
  CHECK(svg.find(">6,7%</text>") == std::string::npos);
  CHECK(svg.find("helemaal oneens: 6,7% (1)</title>") != std::string::npos);
}

TEST_CASE("the legend names the scale points in order, each with its segments' fill", "[stacked_chart]") {
  const StackedBarChart chart = likert_chart();
  const std::string svg = peiling::render_svg(chart);
  const auto swatches = svg_elements(svg, "rect", "legend-swatch");
  REQUIRE(swatches.size() == chart.points.size());
  std::map<int, std::string> segment_fill;
  for (const Segment& segment : segments(svg)) segment_fill[segment.point] = segment.fill;
  const auto legend = svg_elements(svg, "g", "legend").front().inner;
  const auto labels = svg_elements(legend, "text");
  REQUIRE(labels.size() == chart.points.size());
  for (std::size_t p = 0; p < swatches.size(); ++p) {
    CAPTURE(p);
    CHECK(swatches[p]["data-point"] == std::to_string(p));
    CHECK(labels[p].inner == chart.points[p]);
    if (segment_fill.count(static_cast<int>(p))) CHECK(swatches[p]["fill"] == segment_fill[static_cast<int>(p)]);
    // Left to right, or on a later row.
    if (p > 0)
      CHECK((swatches[p].number("x") > swatches[p - 1].number("x") ||
             swatches[p].number("y") > swatches[p - 1].number("y")));
  }
  // The first and last points differ in colour and texture: hatching below, dots above.
  CHECK(swatches.front()["fill"] != swatches.back()["fill"]);
  std::set<std::string> texture_points;
  for (const SvgElement& texture : svg_elements(legend, "path", "texture")) texture_points.insert(texture["data-point"]);
  CHECK(texture_points == std::set<std::string>{"0", "1", "3", "4"});  // the middle point is solid
  const auto marker_label = svg_elements(svg, "text", "legend-label");
  REQUIRE(marker_label.size() == 1);
  CHECK(text_lines(marker_label.front()) == std::vector<std::string>{"mediaan"});
}

TEST_CASE("the median is marked under its bar: mid-segment, or between two points at the boundary", "[stacked_chart]") {
  StackedBarChart chart = likert_chart();
  const std::string svg = peiling::render_svg(chart);
  const auto rows = bars(svg);
  const auto found = markers(svg);
  REQUIRE(found.size() == chart.rows.size() + 1);  // one per row and the legend's
  auto segment_of = [&](std::size_t row, int point) {
    for (const Segment& segment : rows[row])
      if (segment.point == point) return segment;
    FAIL("row " << row << " has no segment " << point);
    return Segment{};
  };
  // The legend's marker comes first; then the rows, top to bottom.
  const Segment eens = segment_of(0, 3);  // Directie: median "eens"
  CHECK(found[1].x == Approx(eens.x + eens.width / 2).margin(0.01));
  CHECK(found[1].tip_y == Approx(eens.y + eens.height + 1).margin(0.01));
  const Segment neutraal = segment_of(1, 2);  // IB'ers: between "neutraal" and "eens"
  CHECK(found[2].x == Approx(neutraal.right()).margin(0.01));
  const Segment all_neutraal = segment_of(3, 2);  // all groups: "neutraal", at 40% of the bar
  CHECK(found[4].x == Approx(all_neutraal.x + all_neutraal.width / 2).margin(0.01));
  CHECK((found[4].x - tick_x(svg, "0%")) / (tick_x(svg, "100%") - tick_x(svg, "0%")) == Approx(0.4).margin(0.001));
  // The total's label is bold, the groups' are not.
  const auto labels = svg_elements(svg, "text", "row-label");
  REQUIRE(labels.size() == 4);
  CHECK(labels[2]["font-weight"].empty());
  CHECK(labels[3]["font-weight"] == "bold");
  // The note says it in words, under the label.
  CHECK(svg.find(">mediaan: tussen neutraal en eens<") != std::string::npos);

  // Without medians there are no markers and no legend entry for them.
  for (StackedBarRow& row : chart.rows) row.median.reset();
  const std::string plain = peiling::render_svg(chart);
  CHECK(plain.find("class=\"markers\"") == std::string::npos);
  CHECK(plain.find(">mediaan</text>") == std::string::npos);
}

TEST_CASE("a row without answers shows the chart's text instead of a bar", "[stacked_chart]") {
  StackedBarChart chart = matrix_combined_chart();
  std::string svg = peiling::render_svg(chart);
  const auto empty = svg_elements(svg, "text", "no-answers");
  REQUIRE(empty.size() == 1);
  CHECK(text_lines(empty.front()) == std::vector<std::string>{"geen antwoorden"});
  CHECK(bars(svg).size() == chart.rows.size() - 1);
  CHECK(markers(svg).size() == chart.rows.size() - 1 + 1);  // the empty row has none; the legend's
  // Its text stands where its bar would, level with its label.
  const auto labels = svg_elements(svg, "text", "row-label");
  const auto label = std::find_if(labels.begin(), labels.end(), [](const SvgElement& text) {
    return text_lines(text).front() == "IB&#39;ers (n = 0)";
  });
  REQUIRE(label != labels.end());
  CHECK(empty.front().number("y") == Approx(label->number("y")).margin(0.5));
  CHECK(empty.front().number("x") == Approx(tick_x(svg, "0%")));

  chart.no_answers = "no answers";
  svg = peiling::render_svg(chart);
  CHECK(svg.find(">no answers<") != std::string::npos);
  CHECK(svg.find("geen antwoorden") == std::string::npos);
}

TEST_CASE("long labels wrap within the label column, headings across the chart", "[stacked_chart]") {
  const StackedBarChart chart = matrix_group_chart();
  const std::string svg = peiling::render_svg(chart);
  const double bars_left = tick_x(svg, "0%");
  const auto labels = svg_elements(svg, "text", "row-label");
  REQUIRE(labels.size() == chart.rows.size());
  for (std::size_t r = 0; r < labels.size(); ++r) {
    const auto lines = text_lines(labels[r]);
    CHECK(lines.size() >= 2);
    CHECK(rejoined(lines) == chart.rows[r].label);
    for (const auto& line : lines)
      CHECK(labels[r].number("x") + peiling::text_width(line, labels[r].number("font-size")) < bars_left - 8);
  }
  // Each label starts below the last line of the one above.
  for (std::size_t r = 1; r < labels.size(); ++r) {
    const double last_line_above = svg_elements(labels[r - 1].inner, "tspan").back().number("y");
    CHECK(labels[r].number("y") > last_line_above + labels[r].number("font-size"));
  }

  const StackedBarChart combined = matrix_combined_chart();
  const std::string combined_svg = peiling::render_svg(combined);
  const auto headings = svg_elements(combined_svg, "text", "block-heading");
  REQUIRE(headings.size() == statements().size());
  const double width = svg_elements(combined_svg, "svg").front().number("width");
  for (std::size_t h = 0; h < headings.size(); ++h) {
    CHECK(rejoined(text_lines(headings[h])) == statements()[h]);
    CHECK(headings[h]["font-weight"] == "bold");
    for (const auto& line : text_lines(headings[h]))
      CHECK(peiling::text_width(line, headings[h].number("font-size"), true) < width - 2 * 24);
  }
  // A heading stands between its block's gridlines, never across one.
  for (const SvgElement& line : svg_elements(combined_svg, "line", "gridline"))
    for (const SvgElement& heading : headings) {
      const double y = heading.number("y");
      CHECK_FALSE((line.number("y1") < y && y - 15 < line.number("y2")));
    }
}

TEST_CASE("hostile text in a stacked chart is escaped everywhere", "[stacked_chart]") {
  const std::string hostile = "<script>alert(1)</script> & \"quoted\" 'single'";
  StackedBarChart chart = matrix_combined_chart();
  chart.title = hostile;
  chart.description = hostile;
  chart.points[1] = hostile;
  chart.rows[0].heading = hostile;
  chart.rows[0].label = hostile;
  chart.rows[0].note = hostile;
  chart.rows[1].percent_labels[3] = "<b>&</b>";
  chart.median_legend = hostile;
  chart.no_answers = hostile;
  chart.footnotes = {hostile, std::string("bell\x07 and escape\x1b[31m")};
  for (const peiling::ChartStyle style : {peiling::ChartStyle{}, peiling::ChartStyle{peiling::ChartSize::page, true},
                                          peiling::ChartStyle{peiling::ChartSize::slide, true}}) {
    const std::string svg = peiling::render_svg(chart, style);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
    CHECK(svg.find("&amp;lt;") == std::string::npos);
    CHECK(svg.find('\x07') == std::string::npos);
    CHECK(svg.find('\x1b') == std::string::npos);
    CHECK_FALSE(std::regex_search(svg, std::regex("&(?!(amp|lt|gt|quot|#39);)")));
    CHECK(peiling::testing::count_occurrences(svg, "<text") == peiling::testing::count_occurrences(svg, "</text>"));
    CHECK(peiling::testing::count_occurrences(svg, "<g") == peiling::testing::count_occurrences(svg, "</g>"));
  }
}

TEST_CASE("odd stacked charts still render", "[stacked_chart]") {
  StackedBarChart empty;
  CHECK(peiling::render_svg(empty).find("</svg>") != std::string::npos);

  StackedBarChart odd = likert_chart();
  odd.rows[0].counts = {2, -3, 1, 0, 0, 7, 9};  // negative counts count as none; extra ones are ignored
  odd.rows[0].percent_labels.clear();
  odd.rows[0].median = 99;
  odd.rows[1].counts.resize(2);  // fewer counts than points
  odd.rows[2].median = std::nan("");
  const std::string svg = peiling::render_svg(odd);
  const auto rows = bars(svg);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].size() == 2);
  CHECK(rows[0][0].width == Approx(2 * rows[0][1].width).margin(0.02));
  CHECK(svg.find("nan") == std::string::npos);
  CHECK(svg.find("inf") == std::string::npos);
  CHECK(markers(svg).size() == 4);  // the NaN median is left out; 99 is drawn at the last point
}

TEST_CASE("a stacked chart's PNG is drawn from the same layout, on white", "[stacked_chart][png]") {
  peiling::testing::ScratchDir dir;
  const std::string png = dir.file("likert ë.png");
  peiling::write_png(likert_chart(), png, 1600);
  cairo_surface_t* surface = cairo_image_surface_create_from_png(png.c_str());
  REQUIRE(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS);
  const int width = cairo_image_surface_get_width(surface);
  const int height = cairo_image_surface_get_height(surface);
  const peiling::ChartScene scene = peiling::lay_out_chart(likert_chart());
  CHECK(width == 1600);
  CHECK(height == std::lround(scene.height * 1600 / scene.width));
  // Orange (the low side), purple (the high side) and white corners.
  std::size_t orange = 0, purple = 0, white = 0;
  const int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const unsigned char* pixel = data + y * stride + 4 * x;  // B G R x
      auto near = [&](int r, int g, int b) {
        return std::abs(pixel[2] - r) <= 6 && std::abs(pixel[1] - g) <= 6 && std::abs(pixel[0] - b) <= 6;
      };
      orange += near(0xfd, 0xb8, 0x63);
      purple += near(0x5e, 0x3c, 0x99);
      white += near(0xff, 0xff, 0xff);
    }
  cairo_surface_destroy(surface);
  CHECK(orange > 2000);
  CHECK(purple > 2000);
  CHECK(white > static_cast<std::size_t>(width) * height / 3);
  CHECK_THROWS_AS(peiling::write_png(likert_chart(), dir.file("no such folder/x.png"), 800), std::runtime_error);
}

TEST_CASE("a combined matrix chart splits over slides by statement, every row kept in order", "[stacked_chart]") {
  const StackedBarChart chart = matrix_combined_chart();
  const auto parts = peiling::split_for_slides(chart);
  REQUIRE(parts.size() > 1);
  std::vector<std::string> labels;
  for (const StackedBarChart& part : parts) {
    CHECK(peiling::lay_out_chart(part, {peiling::ChartSize::slide, true}).height <= peiling::kSlideChartHeight);
    CHECK(part.title == chart.title);
    CHECK(part.points == chart.points);
    CHECK(part.footnotes == chart.footnotes);
    CHECK_FALSE(part.rows.front().heading.empty());  // every part starts with its statement
    for (const StackedBarRow& row : part.rows) labels.push_back(row.heading + "|" + row.label);
  }
  std::vector<std::string> expected;
  for (const StackedBarRow& row : chart.rows) expected.push_back(row.heading + "|" + row.label);
  CHECK(labels == expected);

  // A block taller than a slide continues under its heading repeated.
  StackedBarChart tall = chart;
  tall.rows.clear();
  for (int g = 0; g < 12; ++g) tall.rows.push_back(scale_row("Groep " + std::to_string(g + 1), {1, 2, 3, 4}, tall.points, true));
  tall.rows.front().heading = statements().front();
  const auto tall_parts = peiling::split_for_slides(tall);
  REQUIRE(tall_parts.size() >= 2);
  std::size_t rows = 0;
  for (const StackedBarChart& part : tall_parts) {
    CHECK(part.rows.front().heading == statements().front());
    CHECK(peiling::lay_out_chart(part, {peiling::ChartSize::slide, true}).height <= peiling::kSlideChartHeight);
    rows += part.rows.size();
  }
  CHECK(rows == 12);

  // A chart that fits comes back whole.
  CHECK(peiling::split_for_slides(likert_chart()).size() == 1);
}
