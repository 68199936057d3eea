// What every chart kind does for where it is shown: an accessible name in every SVG (the
// description, else the title), a page chart that leaves title and footnotes to the page,
// slide charts whose every text is at least 18 px in the slide's chart box, and a phone's bar
// charts whose bars lie under labels kept whole.
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "chart_fixtures.h"
#include "reports/chart_scene.h"
#include "reports/chart_text.h"

using peiling::ChartSize;
using peiling::ChartStyle;
using namespace peiling::chart_fixtures;

namespace {

const ChartStyle kFile{};
const ChartStyle kInPage{ChartSize::page, true};
const ChartStyle kOnSlide{ChartSize::slide, true};
const ChartStyle kOnPhone{ChartSize::phone, true};

// A chart of every kind, rendered in a given style.
struct NamedChart {
  std::string name;
  std::function<std::string(const ChartStyle&)> render;
  std::string title, description;
};

std::vector<NamedChart> every_kind() {
  std::vector<NamedChart> charts;
  auto add_bar = [&](const std::string& name, const peiling::BarChart& chart) {
    charts.push_back({name, [chart](const ChartStyle& style) { return peiling::render_svg(chart, style); },
                      chart.title, chart.description});
  };
  auto add_stacked = [&](const std::string& name, const peiling::StackedBarChart& chart) {
    charts.push_back({name, [chart](const ChartStyle& style) { return peiling::render_svg(chart, style); },
                      chart.title, chart.description});
  };
  add_bar("choice, one group", choice_chart(false));
  add_bar("choice, groups side by side", choice_chart(true));
  add_bar("choice, short labels", choice_chart(true, false));
  add_bar("number histogram", histogram_chart());
  add_stacked("likert", likert_chart());
  add_stacked("likert matrix of one group", matrix_group_chart());
  return charts;
}

// The rendered size of a chart's text, in css px, when its SVG is fitted into a box.
struct RenderedText {
  double smallest = 1e9;
  std::string smallest_text;
};

RenderedText rendered_text(const std::string& svg, double box_width, double box_height) {
  const SvgElement root = svg_elements(svg, "svg").front();
  const std::regex view_box(R"(0 0 ([\d.]+) ([\d.]+))");
  std::smatch match;
  const std::string box = root["viewBox"];
  REQUIRE(std::regex_match(box, match, view_box));
  const double scale = std::min(box_width / std::stod(match[1]), box_height / std::stod(match[2]));
  RenderedText out;
  for (const SvgElement& text : svg_elements(svg, "text")) {
    const double px = text.number("font-size") * scale;
    if (px < out.smallest) {
      out.smallest = px;
      out.smallest_text = text.inner.substr(0, 60);
    }
  }
  return out;
}

std::string first_child_title(const std::string& svg) {
  const std::size_t open = svg.find('>', svg.find("<svg ")) + 1;
  const std::size_t title = svg.find("<title>", open);
  if (svg.compare(open, 8, "\n<title>") != 0) return "(no title first)";
  return svg.substr(title + 7, svg.find("</title>", title) - title - 7);
}

}  // namespace

TEST_CASE("every chart SVG is an image named by its description, else its title", "[chart_style]") {
  for (const NamedChart& chart : every_kind()) {
    for (const ChartStyle& style : {kFile, kInPage, kOnSlide, kOnPhone}) {
      CAPTURE(chart.name, style.inline_in_page, static_cast<int>(style.size));
      const std::string svg = chart.render(style);
      const SvgElement root = svg_elements(svg, "svg").front();
      CHECK(root["role"] == "img");
      CHECK(first_child_title(svg) == std::regex_replace(chart.description, std::regex("'"), "&#39;"));
    }
  }
  // Without a description the title names the chart, also when the page prints the title.
  peiling::BarChart chart = histogram_chart();
  chart.description.clear();
  CHECK(first_child_title(peiling::render_svg(chart, kInPage)) == chart.title);
  peiling::StackedBarChart stacked = likert_chart();
  stacked.description.clear();
  CHECK(first_child_title(peiling::render_svg(stacked, kInPage)) == stacked.title);
  CHECK(first_child_title(peiling::render_svg(stacked, kFile)) == stacked.title);
}

TEST_CASE("a chart inside a page leaves its title and footnotes to the page", "[chart_style]") {
  for (const NamedChart& chart : every_kind()) {
    CAPTURE(chart.name);
    const std::string file = chart.render(kFile);
    const std::string in_page = chart.render(kInPage);
    CHECK(file.rfind("<?xml", 0) == 0);
    CHECK(in_page.rfind("<svg ", 0) == 0);
    CHECK(svg_elements(in_page, "svg").front()["width"] == "100%");
    CHECK_FALSE(svg_elements(file, "text", "title").empty());
    CHECK_FALSE(svg_elements(file, "text", "footnote").empty());
    CHECK(svg_elements(in_page, "text", "title").empty());
    CHECK(svg_elements(in_page, "text", "footnote").empty());
    CHECK(in_page.find("ingevuld door") == std::string::npos);
    // Everything else is the same chart: its bars and legend.
    CHECK(svg_elements(in_page, "rect", "bar").size() == svg_elements(file, "rect", "bar").size());
    CHECK(svg_elements(in_page, "rect", "legend-swatch").size() == svg_elements(file, "rect", "legend-swatch").size());
  }
}

TEST_CASE("slide charts keep every text at 18 px or more in the slide's chart box", "[chart_style]") {
  for (const NamedChart& chart : every_kind()) {
    CAPTURE(chart.name);
    const std::string slide = chart.render(kOnSlide);
    const RenderedText text = rendered_text(slide, peiling::kSlideChartWidth, peiling::kSlideChartHeight);
    CAPTURE(text.smallest_text);
    CHECK(text.smallest >= peiling::kSlideMinFontSize);
    // Also in the box slides.html leaves at 1280 x 720 under a heading, a line of question
    // and a line of caption.
    CHECK(rendered_text(slide, 1165, 490).smallest >= peiling::kSlideMinFontSize);
    // It fills the box's width, so it is shown at its own size.
    const SvgElement root = svg_elements(slide, "svg").front();
    CHECK(root["viewBox"].rfind("0 0 1150 ", 0) == 0);
  }
}

TEST_CASE("charts too big for a slide split into parts that each keep 18 px", "[chart_style]") {
  // A combined Likert matrix: a slide per statement or two.
  for (const auto& part : peiling::split_for_slides(matrix_combined_chart())) {
    const RenderedText text = rendered_text(peiling::render_svg(part, kOnSlide), peiling::kSlideChartWidth,
                                            peiling::kSlideChartHeight);
    CHECK(text.smallest >= peiling::kSlideMinFontSize);
  }
  const RenderedText whole = rendered_text(peiling::render_svg(matrix_combined_chart(), kOnSlide),
                                           peiling::kSlideChartWidth, peiling::kSlideChartHeight);
  CHECK(whole.smallest < peiling::kSlideMinFontSize);

  // A multi question with fourteen options and three groups.
  peiling::BarChart many = choice_chart(true);
  many.categories.clear();
  for (auto& series : many.series) series = percent_series(series.name, {}, true);
  for (int option = 0; option < 14; ++option) {
    many.categories.push_back("Optie " + std::to_string(option + 1));
    for (std::size_t g = 0; g < many.series.size(); ++g) {
      many.series[g].values.push_back(5.0 * (option % 5 + g));
      many.series[g].value_labels.push_back(percent_label(option % 5 + static_cast<int>(g), 20));
    }
  }
  const auto parts = peiling::split_for_slides(many);
  REQUIRE(parts.size() >= 2);
  std::vector<std::string> categories;
  for (const auto& part : parts) {
    const RenderedText text = rendered_text(peiling::render_svg(part, kOnSlide), peiling::kSlideChartWidth,
                                            peiling::kSlideChartHeight);
    CHECK(text.smallest >= peiling::kSlideMinFontSize);
    REQUIRE(part.series.size() == 3);
    for (std::size_t c = 0; c < part.categories.size(); ++c) {
      categories.push_back(part.categories[c]);
      const std::size_t option = categories.size() - 1;
      CHECK(part.series[1].values[c] == many.series[1].values[option]);
      CHECK(part.series[2].value_labels[c] == many.series[2].value_labels[option]);
    }
  }
  CHECK(categories == many.categories);
  CHECK(parts.front().categories.size() - parts.back().categories.size() <= 1);  // as even as can be
  CHECK(peiling::split_for_slides(choice_chart(true)).size() == 1);
}

namespace {

// The options of ib-taken-bespreking's multi question: on a phone a standing bar's slot of
// 50 px broke "samenwerkingsverband" into pieces.
peiling::BarChart long_option_chart() {
  peiling::BarChart chart = choice_chart(false);
  chart.categories = {"De directie", "Het team, bijvoorbeeld in een teamvergadering", "Leerkrachten afzonderlijk",
                      "Het samenwerkingsverband"};
  return chart;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : " ") + line;
  return text;
}

}  // namespace

TEST_CASE("a phone's bar chart lays its bars along the screen, each category's label whole above them",
          "[chart_style]") {
  const std::vector<std::pair<std::string, peiling::BarChart>> charts = {
      {"long options, one group", long_option_chart()},
      {"groups side by side", choice_chart(true)},
      {"number histogram", histogram_chart()}};
  for (const auto& [name, chart] : charts) {
    CAPTURE(name);
    const peiling::ChartScene scene = peiling::lay_out_chart(chart, kOnPhone);
    CHECK(scene.width == 366);  // a phone's page: nothing scrolls sideways
    REQUIRE(scene.categories.size() == chart.categories.size());
    const double per_unit = (scene.plot_right - scene.plot_left) / (chart.axis_max - chart.axis_min);
    double previous_bottom = scene.plot_top;
    std::size_t b = 0;
    for (std::size_t c = 0; c < chart.categories.size(); ++c) {
      const peiling::SceneText& label = scene.categories[c];
      CHECK(joined(label.lines) == chart.categories[c]);  // no word broken
      CHECK(label.size >= 10.5);
      CHECK(label.baseline - label.size > previous_bottom);  // below the bars before it
      for (std::size_t s = 0; s < chart.series.size(); ++s) {
        CAPTURE(c, s);
        REQUIRE(b < scene.bars.size());
        const peiling::SceneBar& bar = scene.bars[b++];
        const double value = *chart.series[s].values[c];
        CHECK(bar.fill == s);
        CHECK(bar.box.y > label.baseline);  // under its label
        CHECK(bar.box.x == Approx(scene.plot_left));
        CHECK(bar.box.height == Approx(scene.bars.front().box.height));
        CHECK(bar.box.width == Approx((value - chart.axis_min) * per_unit));
        // Its value after its end, inside the canvas and readable.
        REQUIRE(bar.value.lines.size() == 1);
        CHECK(bar.value.lines.front() == chart.series[s].value_labels[c]);
        CHECK(bar.value.x > bar.box.x + bar.box.width);
        CHECK(bar.value.x + peiling::text_width(bar.value.lines.front(), bar.value.size, true) <= scene.width - 4);
        CHECK(bar.value.size >= 10.5);
        CHECK_FALSE(bar.value.rotated);
        // A value at the axis minimum shows a stroke across the bar's foot.
        CHECK(bar.stub.has_value() == (value == chart.axis_min));
        if (bar.stub) CHECK(bar.stub->x1 == bar.stub->x2);
        previous_bottom = bar.box.y + bar.box.height;
      }
    }
    CHECK(b == scene.bars.size());
    CHECK(scene.plot_bottom >= previous_bottom);
    for (const peiling::SceneTick& tick : scene.ticks) {
      CHECK(tick.label.baseline > scene.plot_bottom);  // the scale under the plot
      for (const peiling::SceneLine& line : tick.gridlines) CHECK(line.x1 == line.x2);
    }
  }
  // On a page the same chart stands.
  const peiling::ChartScene page = peiling::lay_out_chart(long_option_chart(), kInPage);
  CHECK(page.bars.front().box.y + page.bars.front().box.height == Approx(page.plot_bottom));
}

TEST_CASE("a phone's bar chart draws an interval along its bar, the value after both", "[chart_style]") {
  peiling::BarChart chart = long_option_chart();
  chart.axis_min = 1;
  chart.axis_max = 5;
  chart.axis_step = 1;
  chart.series.front().values = {2.0, 3.5, 4.0, 1.0};
  chart.series.front().value_labels = {"2,0", "3,5", "4,0", "1,0"};
  chart.series.front().error_bars = {std::pair{1.5, 2.5}, std::pair{3.0, 4.5}, std::nullopt, std::pair{1.0, 1.8}};
  const peiling::ChartScene scene = peiling::lay_out_chart(chart, kOnPhone);
  REQUIRE(scene.bars.size() == 4);
  const double per_unit = (scene.plot_right - scene.plot_left) / 4;
  for (std::size_t c = 0; c < 4; ++c) {
    CAPTURE(c);
    const peiling::SceneBar& bar = scene.bars[c];
    const auto& interval = chart.series.front().error_bars[c];
    REQUIRE(bar.whisker.has_value() == interval.has_value());
    const double reach = interval ? scene.plot_left + (interval->second - 1) * per_unit : bar.box.x + bar.box.width;
    if (interval) {
      CHECK_FALSE(bar.whisker->upright);
      CHECK(bar.whisker->y1 == Approx(bar.box.y + bar.box.height / 2));
      CHECK(bar.whisker->x1 == Approx(scene.plot_left + (interval->first - 1) * per_unit));
      CHECK(bar.whisker->x2 == Approx(reach));
      for (const peiling::SceneLine& cap : {bar.whisker->lines()[1], bar.whisker->lines()[2]}) CHECK(cap.x1 == cap.x2);
    }
    CHECK(bar.value.x > reach);
  }
  // The SVG draws one error bar per interval.
  const std::string svg = peiling::render_svg(chart, kOnPhone);
  CHECK(svg_elements(svg, "path", "error-bar").size() == 3);
  // An interval of no width (all answers alike) still has its caps across the bar.
  chart.series.front().error_bars[2] = std::pair{4.0, 4.0};
  const peiling::SceneWhisker point = *peiling::lay_out_chart(chart, kOnPhone).bars[2].whisker;
  for (const peiling::SceneLine& cap : {point.lines()[1], point.lines()[2]}) {
    CHECK(cap.x1 == cap.x2);
    CHECK(cap.y2 - cap.y1 == Approx(point.cap_width));
  }
}
