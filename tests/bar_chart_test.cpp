// Bar charts: the SVG's structure, escaping, wrapping and axis, and the PNG export.
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <unistd.h>

#include "chart_fixtures.h"
#include "reports/bar_chart.h"
#include "reports/chart_text.h"

namespace fs = std::filesystem;
using peiling::BarChart;

namespace {
// The mark a broken word's line ends in (chart_text.h): U+2010 HYPHEN.
const std::string kBreak = "\u2010";
bool ends_broken(const std::string& line) {
  return line.size() >= kBreak.size() && line.compare(line.size() - kBreak.size(), kBreak.size(), kBreak) == 0;
}
}  // namespace
using peiling::BarSeries;

namespace {

const std::vector<std::string> kGrevenPhases = {
    "Fase 1: de ib'er als remedial teacher plus (RT+)",
    "Fase 2: de ib'er als instrumentalist en systeemontwikkelaar",
    "Fase 3: de ib'er als collegiaal consultant",
    "Fase 4: de ib'er als coach",
    "Fase 5: de ib'er als kenniscoördinator",
};

BarSeries series(std::string name, std::vector<std::optional<double>> values) {
  BarSeries out;
  out.name = std::move(name);
  out.values = std::move(values);
  for (const auto& value : out.values) {
    if (!value) {
      out.value_labels.emplace_back();
      continue;
    }
    std::string label = std::to_string(static_cast<int>(*value * 10 + 0.5));
    out.value_labels.push_back(label.substr(0, label.size() - 1) + "," + label.back());
  }
  return out;
}

BarChart directie_chart() {
  BarChart chart;
  chart.title = "Directie: gemiddelde score per fase";
  chart.categories = kGrevenPhases;
  chart.series = {series("Directie", {1.0, 3.3, 3.7, 5.0, 2.0})};
  chart.axis_min = 1;
  chart.axis_max = 5;
  chart.axis_step = 1;
  chart.axis_label = "gemiddelde score (5 = heel belangrijk)";
  chart.footnotes = {"ingevuld door 3 van de 4 = 75%"};
  return chart;
}

BarChart combined_chart() {
  BarChart chart = directie_chart();
  chart.title = "Alle groepen: gemiddelde score per fase";
  chart.series = {series("Directie", {1.0, 3.3, 3.7, 5.0, 2.0}), series("IB'ers", {1.3, 2.8, 4.0, 4.3, 2.8}),
                  series("Leerkrachten", {3.0, 3.8, 3.9, 2.8, 1.6})};
  chart.footnotes = {"directie: ingevuld door 3 van de 4 = 75%", "ib'ers: ingevuld door 4 van de 5 = 80%",
                     "leerkrachten: ingevuld door 8 van de 15 = 53%"};
  return chart;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

// The value of attribute `name` in the element that starts at `at` (empty if it has none).
// Plain string search: std::regex recurses per character and overflows on long paths.
std::string attribute(const std::string& svg, std::size_t at, const std::string& name) {
  const std::size_t end = svg.find('>', at);
  const std::size_t start = svg.find(" " + name + "=\"", at);
  if (start == std::string::npos || start > end) return {};
  const std::size_t value = start + name.size() + 3;
  return svg.substr(value, svg.find('"', value) - value);
}

// A texture's drawing: the absolute points of its M and L commands, and the kind of
// each command after an M ('L' for a line, 'a' for a dot's arc).
struct Texture {
  int series = -1;
  std::string d;
  std::string fill;
  std::string stroke;
  std::string stroke_width;
  std::string pointer_events;
  std::vector<std::pair<double, double>> points;
  std::set<std::string> directions;  // of the lines: "/", "\", "-", "|"; "dots" for dots
};

Texture parse_texture(const std::string& svg, std::size_t at) {
  Texture t;
  t.series = std::stoi(attribute(svg, at, "data-series"));
  t.d = attribute(svg, at, "d");
  t.fill = attribute(svg, at, "fill");
  t.stroke = attribute(svg, at, "stroke");
  t.stroke_width = attribute(svg, at, "stroke-width");
  t.pointer_events = attribute(svg, at, "pointer-events");
  std::size_t i = 0;
  auto number = [&] {
    std::size_t used = 0;
    const double value = std::stod(t.d.substr(i), &used);
    i += used;
    if (i < t.d.size() && t.d[i] == ' ') ++i;
    return value;
  };
  while (i < t.d.size()) {
    const char command = t.d[i++];
    if (command == 'M' || command == 'L') {
      const double x = number();
      const double y = number();
      if (command == 'L') {
        const double dx = x - t.points.back().first;
        const double dy = y - t.points.back().second;
        t.directions.insert(std::fabs(dy) < 1e-9 ? "-" : std::fabs(dx) < 1e-9 ? "|" : dx * dy < 0 ? "/" : "\\");
      }
      t.points.emplace_back(x, y);
    } else if (command == 'a') {
      for (int k = 0; k < 7; ++k) number();
      t.directions.insert("dots");
    } else {
      FAIL("unexpected path command " << command << " in " << t.d);
    }
  }
  return t;
}

// A <rect class="bar"> and the texture drawn right after it, if any.
struct TexturedBar {
  int series = -1;
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  std::optional<Texture> texture;
};

std::vector<TexturedBar> textured_bars(const std::string& svg) {
  std::vector<TexturedBar> out;
  const std::string rect = "<rect class=\"bar\"";
  const std::string path = "<path class=\"texture\"";
  for (auto at = svg.find(rect); at != std::string::npos; at = svg.find(rect, at + 1)) {
    TexturedBar bar;
    bar.series = std::stoi(attribute(svg, at, "data-series"));
    bar.x = std::stod(attribute(svg, at, "x"));
    bar.y = std::stod(attribute(svg, at, "y"));
    bar.width = std::stod(attribute(svg, at, "width"));
    bar.height = std::stod(attribute(svg, at, "height"));
    const std::size_t next = svg.find("</rect>\n", at) + 8;
    if (svg.compare(next, path.size(), path) == 0) bar.texture = parse_texture(svg, next);
    out.push_back(bar);
  }
  return out;
}

// Every texture in the document.
std::vector<Texture> textures(const std::string& svg) {
  std::vector<Texture> out;
  const std::string path = "<path class=\"texture\"";
  for (auto at = svg.find(path); at != std::string::npos; at = svg.find(path, at + 1))
    out.push_back(parse_texture(svg, at));
  return out;
}

// The <text class="category"> elements: position, font size and lines.
struct CategoryLabel {
  double x = 0;
  double font_size = 0;
  std::vector<std::string> lines;
};

std::vector<CategoryLabel> category_labels(const std::string& svg) {
  std::vector<CategoryLabel> out;
  const std::regex text(R"re(<text x="([\d.]+)"[^>]*class="category"[^>]*font-size="([\d.]+)"[^>]*>(.*?)</text>)re");
  const std::regex tspan(R"re(<tspan[^>]*>(.*?)</tspan>)re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator(); ++it) {
    CategoryLabel label;
    label.x = std::stod((*it)[1]);
    label.font_size = std::stod((*it)[2]);
    const std::string inner = (*it)[3];
    for (auto jt = std::sregex_iterator(inner.begin(), inner.end(), tspan); jt != std::sregex_iterator(); ++jt)
      label.lines.push_back((*jt)[1]);
    out.push_back(label);
  }
  return out;
}

std::size_t code_points(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  }));
}

// A fresh directory under the system temp directory, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("peiling_bar_chart_" + std::to_string(::getpid()) + "_" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

struct Pixels {
  int width = 0;
  int height = 0;
  std::size_t near_colour = 0;  // pixels within a small distance of the colour asked for
  std::size_t non_white = 0;
};

Pixels inspect_png(const fs::path& path, int r, int g, int b) {
  cairo_surface_t* surface = cairo_image_surface_create_from_png(path.c_str());
  REQUIRE(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS);
  Pixels out;
  out.width = cairo_image_surface_get_width(surface);
  out.height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      std::uint32_t pixel = 0;
      std::copy_n(data + y * stride + x * 4, 4, reinterpret_cast<unsigned char*>(&pixel));
      const int pr = (pixel >> 16) & 0xff;
      const int pg = (pixel >> 8) & 0xff;
      const int pb = pixel & 0xff;
      if (std::abs(pr - r) <= 8 && std::abs(pg - g) <= 8 && std::abs(pb - b) <= 8) ++out.near_colour;
      if (pr < 250 || pg < 250 || pb < 250) ++out.non_white;
    }
  }
  cairo_surface_destroy(surface);
  return out;
}

}  // namespace

TEST_CASE("a standalone chart is an SVG document with a pixel size: an inline one scales", "[bar_chart]") {
  const BarChart chart = directie_chart();
  const std::string standalone = peiling::render_svg(chart, true);
  const std::string inline_svg = peiling::render_svg(chart, false);

  CHECK(standalone.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(std::regex_search(standalone, std::regex(R"re(<svg [^>]*width="\d+" height="\d+" viewBox="0 0 \d+ \d+")re")));
  CHECK(standalone.find("</svg>") != std::string::npos);

  CHECK(inline_svg.rfind("<svg ", 0) == 0);
  CHECK(inline_svg.find("<?xml") == std::string::npos);
  CHECK(std::regex_search(inline_svg, std::regex(R"re(<svg [^>]*viewBox="0 0 \d+ \d+")re")));
  CHECK(inline_svg.find("width=\"100%\"") != std::string::npos);

  CHECK(standalone.find("font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\"") != std::string::npos);
  CHECK(count(standalone, "<text") == count(standalone, "</text>"));
  CHECK(count(standalone, "<g") == count(standalone, "</g>"));
}

TEST_CASE("one bar per value that is present, with its value label", "[bar_chart]") {
  BarChart chart = directie_chart();
  std::string svg = peiling::render_svg(chart, true);
  CHECK(count(svg, "<rect class=\"bar\"") == 5);
  for (const char* label : {">1,0<", ">3,3<", ">3,7<", ">5,0<", ">2,0<"}) CHECK(svg.find(label) != std::string::npos);
  CHECK(svg.find("Directie: gemiddelde score per fase") != std::string::npos);
  CHECK(svg.find("ingevuld door 3 van de 4 = 75%") != std::string::npos);
  CHECK(svg.find("gemiddelde score (5 = heel belangrijk)") != std::string::npos);

  chart.series[0].values[2] = std::nullopt;
  chart.series[0].value_labels[2] = "";
  svg = peiling::render_svg(chart, true);
  CHECK(count(svg, "<rect class=\"bar\"") == 4);
  CHECK(svg.find(">3,7<") == std::string::npos);

  const std::string combined = peiling::render_svg(combined_chart(), false);
  CHECK(count(combined, "<rect class=\"bar\"") == 15);
}

TEST_CASE("values are clamped to the axis: a value at the minimum keeps its label", "[bar_chart]") {
  BarChart chart = directie_chart();
  chart.categories = {"laag", "hoog", "te hoog", "te laag"};
  chart.series = {series("x", {1.0, 5.0, 9.0, -3.0})};
  chart.series[0].value_labels = {"1,0", "5,0", "9,0", "-3,0"};
  const std::string svg = peiling::render_svg(chart, true);
  const std::regex bar(R"re(<rect class="bar"[^>]* y="([\d.]+)" width="[\d.]+" height="([\d.]+)")re");
  std::vector<std::pair<double, double>> bars;  // (top, height)
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator(); ++it)
    bars.emplace_back(std::stod((*it)[1]), std::stod((*it)[2]));
  REQUIRE(bars.size() == 4);
  CHECK(bars[0].second == 0);
  CHECK(bars[1].second > 0);
  CHECK(bars[2].first == bars[1].first);  // 9 is drawn as 5, the axis maximum
  CHECK(bars[2].second == bars[1].second);
  CHECK(bars[3].second == 0);
  for (const char* label : {">1,0<", ">5,0<", ">9,0<", ">-3,0<"}) CHECK(svg.find(label) != std::string::npos);
}

TEST_CASE("hostile text is escaped everywhere and never appears raw", "[bar_chart]") {
  const std::string hostile = "<script>alert(1)</script> & \"quoted\" 'single'";
  BarChart chart = combined_chart();
  chart.title = hostile;
  chart.categories[0] = hostile;
  chart.series[1].name = hostile;
  chart.series[2].value_labels[0] = "<b>&</b>";
  chart.axis_label = hostile;
  chart.description = hostile;
  chart.tick_suffix = "<%>";
  chart.footnotes = {hostile, std::string("bell\x07 and escape\x1b[31m")};
  for (const peiling::ChartStyle style : {peiling::ChartStyle{}, peiling::ChartStyle{peiling::ChartSize::page, true},
                                          peiling::ChartStyle{peiling::ChartSize::slide, true}}) {
    const std::string svg = peiling::render_svg(chart, style);
    CHECK(svg.find("&lt;%&gt;</text>") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("</script") == std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
    CHECK(svg.find("&amp;lt;") == std::string::npos);  // escaped once, not twice
    CHECK(svg.find("&lt;b&gt;&amp;&lt;/b&gt;") != std::string::npos);
    CHECK(svg.find('\x07') == std::string::npos);
    CHECK(svg.find('\x1b') == std::string::npos);
    // Every & starts an entity.
    CHECK(std::regex_search(svg, std::regex("&(?!(amp|lt|gt|quot|#39);)")) == false);
  }
}

TEST_CASE("long category labels are wrapped over several lines and kept apart", "[bar_chart]") {
  BarChart chart = directie_chart();
  chart.categories.push_back("Kenniscoördinatiesysteemontwikkelingsleerlingvolgsysteembegeleidingsplan");
  chart.series[0].values.push_back(4.0);
  chart.series[0].value_labels.push_back("4,0");
  const std::string svg = peiling::render_svg(chart, true);
  const auto labels = category_labels(svg);
  REQUIRE(labels.size() == 6);
  CHECK(labels[1].lines.size() >= 2);  // "Fase 2: de ib'er als instrumentalist en systeemontwikkelaar"
  std::string rejoined;
  for (const auto& line : labels[1].lines) rejoined += (rejoined.empty() ? "" : " ") + line;
  CHECK(rejoined == "Fase 2: de ib&#39;er als instrumentalist en systeemontwikkelaar");
  // The overlong word is broken by characters, each line but the last ending in a hyphen,
  // and nothing is lost.
  CHECK(labels[5].lines.size() >= 2);
  std::string word;
  for (std::size_t i = 0; i < labels[5].lines.size(); ++i) {
    const std::string& line = labels[5].lines[i];
    const bool last = i + 1 == labels[5].lines.size();
    CHECK(ends_broken(line) != last);
    word += last ? line : line.substr(0, line.size() - kBreak.size());
  }
  CHECK(word == "Kenniscoördinatiesysteemontwikkelingsleerlingvolgsysteembegeleidingsplan");
  // No line is wider than the distance to the neighbouring label, even counting a
  // generous half an em per character (DejaVu Sans averages well above that).
  const double slot = labels[1].x - labels[0].x;
  for (const auto& label : labels) {
    CHECK(label.font_size >= 11);
    for (const auto& line : label.lines) {
      std::string plain = std::regex_replace(line, std::regex("&#39;"), "'");
      CHECK(code_points(plain) * label.font_size * 0.5 < slot);
    }
  }
}

TEST_CASE("five Greven phases wrap by whole words", "[bar_chart]") {
  const auto labels = category_labels(peiling::render_svg(directie_chart(), false));
  REQUIRE(labels.size() == 5);
  for (std::size_t c = 0; c < 5; ++c) {
    std::string rejoined;
    for (const auto& line : labels[c].lines) rejoined += (rejoined.empty() ? "" : " ") + line;
    CHECK(std::regex_replace(rejoined, std::regex("&#39;"), "'") == kGrevenPhases[c]);
  }
  CHECK(labels[1].lines.size() >= 2);
}

TEST_CASE("a word too long for its line is broken with a hyphen, no letter left alone", "[bar_chart]") {
  const double size = 12;
  const double room = peiling::text_width("teamver" + kBreak, size);
  const auto lines = peiling::wrap_text("een teamvergadering", room, size);
  REQUIRE(lines.size() >= 3);
  CHECK(lines[0] == "een");
  std::string word;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CHECK(peiling::text_width(lines[i], size) <= room);
    if (i + 1 < lines.size()) {
      CHECK(ends_broken(lines[i]));
      word += lines[i].substr(0, lines[i].size() - kBreak.size());
    } else {
      CHECK_FALSE(ends_broken(lines[i]));
      CHECK(lines[i].size() >= 2);  // not one letter on a line of its own
      word += lines[i];
    }
  }
  CHECK(word == "teamvergadering");
  // A word whose last piece would be one letter borrows one from the line before.
  const auto broken = peiling::wrap_text("abcdefghi", peiling::text_width("abcd" + kBreak, size), size);
  CHECK(broken.back().size() >= 2);
  std::string rejoined;
  for (const auto& line : broken) rejoined += ends_broken(line) ? line.substr(0, line.size() - kBreak.size()) : line;
  CHECK(rejoined == "abcdefghi");
  // A hyphen of the text stays a hyphen-minus: "RT+-" is not a broken word.
  CHECK_FALSE(ends_broken(peiling::wrap_text("zelf-standig werken", peiling::text_width("zelf-", size), size)[0]));
}

TEST_CASE("the axis has a tick label and gridline per step", "[bar_chart]") {
  BarChart chart = directie_chart();
  std::string svg = peiling::render_svg(chart, true);
  for (const char* tick : {">1</text>", ">2</text>", ">3</text>", ">4</text>", ">5</text>"})
    CHECK(svg.find(tick) != std::string::npos);
  CHECK(svg.find(">1,0</text>") != std::string::npos);  // the value label, not a tick
  CHECK(svg.find("class=\"tick\"") != std::string::npos);
  CHECK(count(svg, "class=\"tick\"") == 5);
  CHECK(count(svg, "class=\"gridline\"") == 4);  // the baseline is the axis line

  // A fractional step: one decimal with a comma, two when one would print ticks alike.
  chart.axis_min = 0;
  chart.axis_max = 2;
  chart.axis_step = 0.5;
  svg = peiling::render_svg(chart, true);
  CHECK(count(svg, "class=\"tick\"") == 5);
  for (const char* tick : {">0,0</text>", ">0,5</text>", ">1,0</text>", ">1,5</text>", ">2,0</text>"})
    CHECK(svg.find(tick) != std::string::npos);
  chart.axis_max = 1;
  chart.axis_step = 0.25;
  svg = peiling::render_svg(chart, true);
  CHECK(count(svg, "class=\"tick\"") == 5);
  for (const char* tick : {">0,00</text>", ">0,25</text>", ">0,50</text>", ">0,75</text>", ">1,00</text>"})
    CHECK(svg.find(tick) != std::string::npos);
}

TEST_CASE("the numbers a chart writes itself follow its language, on a page and on a slide", "[bar_chart]") {
  BarChart chart = directie_chart();
  chart.axis_min = 0;
  chart.axis_max = 5;
  chart.axis_step = 0.5;
  for (BarSeries& each : chart.series) each.value_labels.clear();  // the chart writes the values itself
  const auto page_and_slide = [&] {
    return peiling::render_svg(chart, true) + peiling::render_svg(chart, peiling::ChartStyle{peiling::ChartSize::slide, true});
  };
  std::string svg = page_and_slide();
  for (const char* dutch : {">0,5</text>", ">2,5</text>", ">3,3</text>", ">3,7</text>"}) CHECK(svg.find(dutch) != std::string::npos);
  chart.language = peiling::Language::en;
  svg = page_and_slide();
  for (const char* english : {">0.5</text>", ">2.5</text>", ">3.3</text>", ">3.7</text>"})
    CHECK(svg.find(english) != std::string::npos);
  CHECK_FALSE(std::regex_search(svg, std::regex(">[0-9]+,[0-9]+</text>")));
  // Slides split a wide chart; each part keeps the language.
  for (const BarChart& part : peiling::split_for_slides(chart)) CHECK(part.language == peiling::Language::en);
}

TEST_CASE("the combined chart has a legend with each series and its own texture", "[bar_chart]") {
  const BarChart chart = combined_chart();
  const std::string svg = peiling::render_svg(chart, false);
  CHECK(svg.find("class=\"legend\"") != std::string::npos);
  CHECK(count(svg, "class=\"legend-swatch\"") == 3);
  for (const char* name : {">Directie<", ">IB&#39;ers<", ">Leerkrachten<"}) CHECK(svg.find(name) != std::string::npos);

  // Solid fills in the first three Okabe-Ito colours: five bars and a swatch each.
  CHECK(count(svg, "fill=\"#0072B2\"") == 6);
  CHECK(count(svg, "fill=\"#E69F00\"") == 6);
  CHECK(count(svg, "fill=\"#009E73\"") == 6);

  // Series 0 is plain; the others have a texture over each of their five bars and their
  // swatch: dark hatching on orange, white dots on green.
  const auto all = textures(svg);
  CHECK(all.size() == 12);
  for (const auto& texture : all) {
    CAPTURE(texture.d);
    REQUIRE((texture.series == 1 || texture.series == 2));
    if (texture.series == 1) {
      CHECK(texture.directions == std::set<std::string>{"/"});
      CHECK(texture.fill == "none");
      CHECK(texture.stroke == "#1a1a1a");
      CHECK(texture.stroke_width == "2");
    } else {
      CHECK(texture.directions == std::set<std::string>{"dots"});
      CHECK(texture.fill == "#ffffff");
      CHECK(texture.stroke.empty());
    }
    CHECK(texture.pointer_events == "none");  // hovering a bar still shows its title
  }
  const std::size_t legend_end = svg.find("</g>", svg.find("class=\"legend\""));
  CHECK(count(svg.substr(0, legend_end), "class=\"texture\"") == 2);  // the swatches

  // A single series has no legend and no texture.
  const std::string single = peiling::render_svg(directie_chart(), false);
  CHECK(single.find("class=\"legend\"") == std::string::npos);
  CHECK(single.find("class=\"texture\"") == std::string::npos);
}

TEST_CASE("textures are plain geometry inside their bars", "[bar_chart]") {
  const std::string svg = peiling::render_svg(combined_chart(), true);
  // Nothing that SVG renderers draw slowly or office software imports badly.
  for (const char* slow : {"<pattern", "url(#", "clip-path", "<clipPath", "mask", "filter", "opacity", "<defs", " id=\""})
    CHECK(svg.find(slow) == std::string::npos);

  const auto bars = textured_bars(svg);
  REQUIRE(bars.size() == 15);
  for (const auto& bar : bars) {
    CAPTURE(bar.series, bar.x, bar.y, bar.width, bar.height);
    if (bar.series == 0) {
      CHECK_FALSE(bar.texture);
      continue;
    }
    REQUIRE(bar.texture);
    CHECK(bar.texture->series == bar.series);
    REQUIRE_FALSE(bar.texture->points.empty());
    // Hatch lines end on the bar's edge, dots start within it; nothing reaches past the
    // outline, which is 1.2 wide and drawn over them.
    const double slack = bar.series == 2 ? 0.6 : 0.06;
    for (const auto& [x, y] : bar.texture->points) {
      CHECK(x >= bar.x - slack);
      CHECK(x <= bar.x + bar.width + slack);
      CHECK(y >= bar.y - slack);
      CHECK(y <= bar.y + bar.height + slack);
    }
    // Coordinates have one decimal at most.
    CHECK_FALSE(std::regex_search(bar.texture->d.substr(0, 200), std::regex(R"(\.\d\d)")));
  }
  // The outlines are drawn once per group, over the textures.
  CHECK(count(svg, "class=\"bar-outlines\"") == 1);
  CHECK(count(svg, "class=\"legend-outlines\"") == 1);
  CHECK(svg.find("class=\"bar-outlines\"") > svg.rfind("class=\"texture\""));
}

TEST_CASE("many series each get a texture that reads in grayscale", "[bar_chart]") {
  BarChart chart = combined_chart();
  chart.series.clear();
  for (int s = 0; s < 9; ++s) chart.series.push_back(series("Reeks " + std::to_string(s + 1), {2.0, 4.0, 3.0, 5.0, 1.5}));
  const std::string svg = peiling::render_svg(chart, true);
  CHECK(svg.find("<pattern") == std::string::npos);
  // Series 0 solid; every other one textured, also series 7 that repeats the first colour.
  std::map<int, std::size_t> per_series;
  std::map<int, std::string> kind;  // the directions of its lines, and its stroke width
  for (const auto& texture : textures(svg)) {
    ++per_series[texture.series];
    std::string signature = texture.stroke_width;
    for (const auto& direction : texture.directions) signature += " " + direction;
    if (kind.count(texture.series)) CHECK(kind[texture.series] == signature);
    kind[texture.series] = signature;
  }
  CHECK(per_series.count(0) == 0);
  for (int s = 1; s < 9; ++s) CHECK(per_series[s] == 6);  // five bars and a swatch
  // Series 1 to 6 have six different textures: hatching each way, dots, cross-hatching.
  std::set<std::string> distinct;
  for (int s = 1; s <= 6; ++s) distinct.insert(kind[s]);
  CHECK(distinct.size() == 6);
  CHECK(kind[3] == "1.5 / \\");  // cross-hatching: both diagonals, thinner
}

TEST_CASE("the SVG is reproducible and changes with the chart", "[bar_chart]") {
  const BarChart a = directie_chart();
  CHECK(peiling::render_svg(a, false) == peiling::render_svg(a, false));
  CHECK(peiling::render_svg(a, true) == peiling::render_svg(a, true));
  const BarChart m = combined_chart();
  CHECK(peiling::render_svg(m, false) == peiling::render_svg(m, false));
  BarChart c = directie_chart();
  c.series[0].values[4] = 2.5;
  CHECK(peiling::render_svg(c, false) != peiling::render_svg(a, false));
}

TEST_CASE("degenerate charts still render", "[bar_chart]") {
  BarChart empty;
  const std::string svg = peiling::render_svg(empty, true);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(count(svg, "<rect class=\"bar\"") == 0);

  BarChart odd = directie_chart();
  odd.axis_max = odd.axis_min;  // nonsense axis
  odd.axis_step = 0;
  odd.series[0].values.resize(2);  // fewer values than categories
  odd.series[0].value_labels.clear();
  const std::string odd_svg = peiling::render_svg(odd, true);
  CHECK(count(odd_svg, "<rect class=\"bar\"") == 2);
  CHECK(odd_svg.find(">3,3<") != std::string::npos);  // labels default to one decimal with a comma
  CHECK(odd_svg.find("nan") == std::string::npos);
  CHECK(odd_svg.find("inf") == std::string::npos);
}

TEST_CASE("write_png draws the chart at the requested width on white", "[bar_chart][png]") {
  TempDir dir;
  const fs::path png = dir.path / "fase scores ë.png";
  peiling::write_png(combined_chart(), png, 1600);
  const std::string bytes = read_bytes(png);
  REQUIRE(bytes.size() > 24);
  CHECK(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  CHECK(bytes.substr(12, 4) == "IHDR");
  CHECK(big_endian(bytes, 16) == 1600);

  const Pixels pixels = inspect_png(png, 0x00, 0x72, 0xB2);
  CHECK(pixels.width == 1600);
  CHECK(pixels.height > 800);
  CHECK(pixels.near_colour > 1000);  // the first series' solid bars
  CHECK(pixels.non_white > 10000);

  // Corners are white, not transparent or black.
  const Pixels white = inspect_png(png, 0xff, 0xff, 0xff);
  CHECK(white.near_colour > static_cast<std::size_t>(pixels.width) * pixels.height / 2);
}

// The PNG is painted from the same layout as the SVG: same aspect, same content.
TEST_CASE("write_png keeps the SVG's proportions at any width", "[bar_chart][png]") {
  TempDir dir;
  const std::string svg = peiling::render_svg(directie_chart(), true);
  auto attribute = [&](const std::string& name) {
    const auto at = svg.find(" " + name + "=\"") + name.size() + 3;
    return std::stod(svg.substr(at, svg.find('"', at) - at));
  };
  for (int width : {400, 1600}) {
    const fs::path png = dir.path / ("breed-" + std::to_string(width) + ".png");
    peiling::write_png(directie_chart(), png, width);
    const std::string bytes = read_bytes(png);
    REQUIRE(bytes.size() > 24);
    CHECK(big_endian(bytes, 16) == static_cast<std::uint32_t>(width));
    CHECK(big_endian(bytes, 20) == static_cast<std::uint32_t>(std::lround(width * attribute("height") / attribute("width"))));
    CHECK(inspect_png(png, 0x00, 0x72, 0xB2).near_colour > static_cast<std::size_t>(width));
  }
}

TEST_CASE("write_png errors name the file", "[bar_chart][png]") {
  TempDir dir;
  const fs::path missing = dir.path / "no such folder" / "grafiek.png";
  try {
    peiling::write_png(directie_chart(), missing, 800);
    FAIL("write_png wrote into a folder that does not exist");
  } catch (const std::runtime_error& error) {
    CHECK(std::string(error.what()).find(missing.string()) != std::string::npos);
  }
  CHECK_FALSE(fs::exists(missing));
  CHECK_THROWS_AS(peiling::write_png(directie_chart(), dir.path / "nul.png", 0), std::runtime_error);
}

TEST_CASE("a label with invalid UTF-8 still gives a PNG", "[bar_chart][png]") {
  TempDir dir;
  BarChart chart = directie_chart();
  chart.categories[0] = "co\xf6rdinator (Latin-1)";
  chart.title = "cut \xe2\x82";
  const fs::path png = dir.path / "latin1.png";
  CHECK_NOTHROW(peiling::write_png(chart, png, 800));
  CHECK(fs::exists(png));
}

TEST_CASE("a percent axis prints its ticks with the suffix", "[bar_chart]") {
  const std::string svg = peiling::render_svg(peiling::chart_fixtures::choice_chart(false), true);
  CHECK(count(svg, "class=\"tick\"") == 5);
  for (const char* tick : {">0%</text>", ">25%</text>", ">50%</text>", ">75%</text>", ">100%</text>"})
    CHECK(svg.find(tick) != std::string::npos);
  // One group's bars have room for the count beside the percentage, level and full size.
  for (const char* label : {">16,7% (12)<", ">52,8% (38)<", ">20,8% (15)<", ">9,7% (7)<"})
    CHECK(svg.find(label) != std::string::npos);
  for (const auto& value : peiling::chart_fixtures::svg_elements(svg, "text", "value")) {
    CHECK_FALSE(value.has("transform"));
    CHECK(value["font-size"] == "14");
  }
}

TEST_CASE("value labels too wide for their bars turn upright, all of them, clear of the legend", "[bar_chart]") {
  using namespace peiling::chart_fixtures;
  for (const peiling::ChartStyle style : {peiling::ChartStyle{}, peiling::ChartStyle{peiling::ChartSize::slide, true}}) {
    const std::string svg = peiling::render_svg(choice_chart(true), style);
    const auto values = svg_elements(svg, "text", "value");
    REQUIRE(values.size() == 12);
    double legend_bottom = 0;
    for (const auto& swatch : svg_elements(svg, "rect", "legend-swatch"))
      legend_bottom = std::max(legend_bottom, swatch.number("y") + swatch.number("height"));
    const auto bars = svg_elements(svg, "rect", "bar");
    REQUIRE(bars.size() == values.size());
    for (std::size_t v = 0; v < values.size(); ++v) {
      const auto& value = values[v];
      CAPTURE(value.inner);
      const double x = value.number("x");
      const double y = value.number("y");
      const double size = value.number("font-size");
      CHECK(value["transform"] == "rotate(-90 " + value["x"] + " " + value["y"] + ")");
      CHECK(value["text-anchor"].empty());  // reading upwards from just above the bar
      // Above its own bar, its glyphs centred on it, and below the legend.
      const auto& bar = bars[v];
      CHECK(y < bar.number("y"));
      CHECK(y > bar.number("y") - 10);
      CHECK(x - size * 0.36 == Approx(bar.number("x") + bar.number("width") / 2).margin(0.02));
      CHECK(y - peiling::text_width(value.inner, size, true) > legend_bottom);
    }
  }
  // Short labels fit level over the bars, shrunk a little if need be; a caller can ask first.
  const std::string short_labels = peiling::render_svg(choice_chart(true, false), true);
  for (const auto& value : svg_elements(short_labels, "text", "value")) CHECK_FALSE(value.has("transform"));
  CHECK(peiling::value_labels_stand_level(choice_chart(true, false)));
  CHECK_FALSE(peiling::value_labels_stand_level(choice_chart(true)));
  CHECK(peiling::value_labels_stand_level(choice_chart(false)));
  CHECK(peiling::value_labels_stand_level(choice_chart(false), {peiling::ChartSize::slide, true}));
}
