// Bar charts as SVG; see bar_chart.h. PNG export is in png_export.cpp.
//
// The chart is laid out in user units on a canvas at least 800 wide; a PNG 1600 px wide
// draws it at twice that scale. Text widths are estimated from DejaVu Sans advance
// widths, so labels are wrapped before they reach a neighbour. Everything that comes from
// the caller passes through escape_svg, after wrapping, so no entity is ever split.
#include "reports/bar_chart.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>

#include "analysis/hand_arithmetic.h"
#include "reports/escape.h"

namespace peiling {

namespace {

constexpr std::string_view kFontFamily = "DejaVu Sans, Arial, Helvetica, sans-serif";
constexpr std::string_view kInk = "#1a1a1a";
constexpr std::string_view kEllipsis = "\xe2\x80\xa6";  // U+2026

// Okabe-Ito: colours that viewers with a colour-vision deficiency can tell apart.
constexpr std::array<std::string_view, 7> kPalette = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                      "#56B4E9", "#D55E00", "#F0E442"};

// Every series also gets its own texture over its colour, so the chart reads in grayscale.
enum class Hatch { solid, diagonal, dots, cross, horizontal, back_diagonal, vertical };
constexpr std::array<Hatch, 7> kHatches = {Hatch::solid,      Hatch::diagonal,      Hatch::dots,    Hatch::cross,
                                           Hatch::horizontal, Hatch::back_diagonal, Hatch::vertical};

// Layout, in user units.
constexpr double kMinWidth = 800;
constexpr double kMargin = 24;
constexpr double kTitleSize = 22;
constexpr double kTitleLine = 28;
constexpr double kLegendSize = 15;
constexpr double kLegendRow = 28;
constexpr double kSwatch = 18;
constexpr double kTickSize = 14;
constexpr double kAxisLabelSize = 14;
constexpr double kAxisLabelLine = 18;
constexpr double kValueSize = 14;
constexpr double kMinValueSize = 9;
constexpr double kCategorySize = 14;
constexpr double kMinCategorySize = 11;
constexpr double kCategoryPadding = 10;  // between the labels of neighbouring categories
constexpr double kMaxWidthForWords = 1000;
constexpr std::size_t kMaxCategoryLines = 8;
constexpr double kFootnoteSize = 14;
constexpr double kFootnoteLine = 19;
constexpr double kPlotHeight = 340;
constexpr double kValueHeadroom = 26;

// ---- numbers -------------------------------------------------------------------------

// A coordinate: at most two decimals (or as many as asked), no trailing zeros, always a
// decimal point (std::to_chars ignores the locale, unlike printf).
std::string num(double value, int decimals = 2) {
  if (!std::isfinite(value)) value = 0;
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string text(buffer, result.ptr);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

// A number for people: rounded half away from zero, with a decimal comma.
std::string dutch_number(double value, int decimals) { return format_decimal(value, decimals, Language::nl); }

bool is_integral(double value) { return std::fabs(value - std::round(value)) < 1e-9; }

// ---- text measurement and wrapping ---------------------------------------------------

// One UTF-8 code point at the start of `text`: its byte length and value. An invalid byte
// counts as one replacement character.
std::size_t next_code_point(std::string_view text, char32_t& value) {
  const auto lead = static_cast<unsigned char>(text[0]);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 0;
  if (length == 0 || length > text.size()) {
    value = 0xfffd;
    return 1;
  }
  value = length == 1 ? lead : length == 2 ? (lead & 0x1f) : length == 3 ? (lead & 0x0f) : (lead & 0x07);
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xc0) != 0x80) {
      value = 0xfffd;
      return 1;
    }
    value = (value << 6) | (byte & 0x3f);
  }
  return length;
}

// Advance widths of DejaVu Sans and DejaVu Sans Bold for ASCII 32..126, in 1/2048 em
// (read from the fonts' hmtx tables), so labels wrap where the rendered text would.
constexpr std::array<std::uint16_t, 95> kDejaVuSans = {
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
    2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
    1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
    1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
    1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
};
constexpr std::array<std::uint16_t, 95> kDejaVuSansBold = {
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
    1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
    2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
    1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
    1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
    1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
};

// Advance width of a character in em; other fonts in the family list are about as wide.
double advance_em(char32_t c, bool bold) {
  if (c >= 32 && c <= 126) return (bold ? kDejaVuSansBold : kDejaVuSans)[c - 32] / 2048.0;
  const double scale = bold ? 1.1 : 1.0;
  if (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
                      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x1f300 && c <= 0x1faff)))
    return 1.0 * scale;  // wide characters: CJK, emoji
  if (c >= 0x0300 && c <= 0x036f) return 0;  // combining accents
  return 0.65 * scale;  // accented Latin letters and the like: a little wider than the average
}

double text_width(std::string_view text, double font_size, bool bold = false) {
  double em = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    i += next_code_point(text.substr(i), c);
    em += advance_em(c, bold);
  }
  return em * font_size;
}

struct Token {
  std::string text;
  bool space_before = false;
};

// Words split at spaces, and after a hyphen or slash inside a word ("RT+/remedial").
std::vector<Token> tokenize(std::string_view paragraph) {
  std::vector<Token> tokens;
  bool space = false;
  std::string current;
  auto flush = [&] {
    if (current.empty()) return;
    tokens.push_back({current, space && !tokens.empty()});
    current.clear();
    space = false;
  };
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      flush();
      space = true;
    } else {
      current += c;
      const bool more = i + 1 < paragraph.size() && paragraph[i + 1] != ' ';
      if ((c == '-' || c == '/') && more && current.size() > 1) flush();
    }
  }
  flush();
  return tokens;
}

// Cuts `line` so that, with an ellipsis appended, it fits `max_width`.
std::string with_ellipsis(std::string line, double max_width, double font_size, bool bold) {
  while (!line.empty() && text_width(line + std::string(kEllipsis), font_size, bold) > max_width) {
    std::size_t cut = line.size() - 1;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xc0) == 0x80) --cut;
    line.erase(cut);
    while (!line.empty() && line.back() == ' ') line.pop_back();
  }
  return line + std::string(kEllipsis);
}

// Wraps text into lines no wider than `max_width` (estimated): by words, breaking a word
// that is longer than a line by characters. A line break in the text starts a new line.
// More than `max_lines` lines end in an ellipsis.
std::vector<std::string> wrap(std::string_view text, double max_width, double font_size, bool bold = false,
                              std::size_t max_lines = 1000) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string line;
    for (const Token& token : tokenize(text.substr(start, end - start))) {
      const std::string candidate = line.empty() ? token.text : line + (token.space_before ? " " : "") + token.text;
      if (text_width(candidate, font_size, bold) <= max_width) {
        line = candidate;
        continue;
      }
      if (!line.empty()) lines.push_back(line);
      line.clear();
      // The token alone, broken by characters when it is wider than a line.
      for (std::size_t i = 0; i < token.text.size();) {
        char32_t c = 0;
        const std::size_t length = next_code_point(std::string_view(token.text).substr(i), c);
        const std::string piece = token.text.substr(i, length);
        if (!line.empty() && text_width(line + piece, font_size, bold) > max_width) {
          lines.push_back(line);
          line.clear();
        }
        line += piece;
        i += length;
      }
    }
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  if (lines.size() > max_lines) {
    lines.resize(max_lines);
    lines.back() = with_ellipsis(lines.back(), max_width, font_size, bold);
  }
  return lines;
}

// ---- drawing helpers -----------------------------------------------------------------

std::string_view series_colour(std::size_t index) { return kPalette[index % kPalette.size()]; }

// Beyond seven series the texture shifts against the colour, so pairs stay distinct.
Hatch series_hatch(std::size_t index) { return kHatches[(index + index / kPalette.size()) % kHatches.size()]; }

// Dark texture on light colours, white texture on dark ones.
std::string_view hatch_ink(std::string_view colour) {
  auto channel = [&](std::size_t at) { return std::stoi(std::string(colour.substr(at, 2)), nullptr, 16); };
  const double luma = 0.299 * channel(1) + 0.587 * channel(3) + 0.114 * channel(5);
  return luma > 128 ? kInk : "#ffffff";
}

// ---- textures ------------------------------------------------------------------------
//
// Textures are plain geometry drawn over a box's solid fill, clipped to the box here rather
// than with <pattern> or clip-path: librsvg renders those several times slower, and
// PowerPoint and Word import them badly. The geometry is anchored to the canvas, like a
// pattern in user space, so neighbouring bars line up. The box's outline is drawn over the
// texture afterwards and hides anything within half its width of the box's edge.

constexpr double kOutlineWidth = 1.2;
constexpr double kHatchSpacing = 7;  // between the centres of neighbouring hatch lines
constexpr double kHatchWidth = 2;
constexpr double kCrossWidth = 1.5;
constexpr double kDotSpacing = 8;
constexpr double kDotRadius = 1.9;

struct Box {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

// How far a stroke may reach past the box's edge and still be hidden by the outline,
// allowing for texture coordinates being rounded to one decimal.
constexpr double kHidden = kOutlineWidth / 2 - 0.05;

// A coordinate pair of texture geometry, to one decimal.
std::string point(double x, double y) { return num(x, 1) + " " + num(y, 1); }

// Appends to `d` the lines { p : normal . p = spacing * (k + 1/2) } across the box, each
// clipped to it, as "M..L.." segments. `normal` has unit length.
void hatch_lines(std::string& d, const Box& box, double nx, double ny, double stroke_width) {
  // Butt ends and sides of a stroke stick out by up to half its width across each axis;
  // pull the clip box in so they stay under the outline.
  const double inset_x = std::max(0.0, stroke_width / 2 * std::fabs(nx) - kHidden);
  const double inset_y = std::max(0.0, stroke_width / 2 * std::fabs(ny) - kHidden);
  const double x0 = box.x + inset_x;
  const double x1 = box.x + box.width - inset_x;
  const double y0 = box.y + inset_y;
  const double y1 = box.y + box.height - inset_y;
  if (!(x1 > x0) || !(y1 > y0)) return;
  // The range of offsets that touch the box: from its corners.
  double low = std::numeric_limits<double>::infinity();
  double high = -low;
  for (double cx : {x0, x1})
    for (double cy : {y0, y1}) {
      low = std::min(low, nx * cx + ny * cy);
      high = std::max(high, nx * cx + ny * cy);
    }
  const auto first = static_cast<long long>(std::ceil(low / kHatchSpacing - 0.5));
  const auto last = static_cast<long long>(std::floor(high / kHatchSpacing - 0.5));
  for (long long k = first; k <= last; ++k) {
    const double offset = kHatchSpacing * (static_cast<double>(k) + 0.5);
    // The line is base + s * (tx, ty); clip s against both slabs of the box.
    const double bx = offset * nx;
    const double by = offset * ny;
    const double tx = -ny;
    const double ty = nx;
    double s_min = -std::numeric_limits<double>::infinity();
    double s_max = -s_min;
    auto slab = [&](double base, double direction, double lo, double hi) {
      if (std::fabs(direction) < 1e-12) {
        if (base < lo || base > hi) s_max = s_min;  // parallel and outside: nothing
        return;
      }
      const double a = (lo - base) / direction;
      const double b = (hi - base) / direction;
      s_min = std::max(s_min, std::min(a, b));
      s_max = std::min(s_max, std::max(a, b));
    };
    slab(bx, tx, x0, x1);
    slab(by, ty, y0, y1);
    if (!(s_max - s_min > 0.3)) continue;  // shorter than it is wide: a speck
    d += "M" + point(bx + s_min * tx, by + s_min * ty) + "L" + point(bx + s_max * tx, by + s_max * ty);
  }
}

// Appends to `d` a dot, as two half-circle arcs, at every grid point whose dot fits the box
// up to the part that the outline hides.
void dots(std::string& d, const Box& box) {
  const double reach = kDotRadius - kHidden;
  const auto first_column = static_cast<long long>(std::ceil((box.x + reach) / kDotSpacing - 0.5));
  const auto last_column = static_cast<long long>(std::floor((box.x + box.width - reach) / kDotSpacing - 0.5));
  const auto first_row = static_cast<long long>(std::ceil((box.y + reach) / kDotSpacing - 0.5));
  const auto last_row = static_cast<long long>(std::floor((box.y + box.height - reach) / kDotSpacing - 0.5));
  const std::string r = num(kDotRadius, 1);
  const std::string arc = "a" + r + " " + r + " 0 1 0 ";
  const std::string diameter = num(2 * kDotRadius, 1);
  for (long long row = first_row; row <= last_row; ++row)
    for (long long column = first_column; column <= last_column; ++column) {
      const double cx = kDotSpacing * (static_cast<double>(column) + 0.5);
      const double cy = kDotSpacing * (static_cast<double>(row) + 0.5);
      d += "M" + point(cx - kDotRadius, cy) + arc + diameter + " 0" + arc + "-" + diameter + " 0";
    }
}

// The texture of series `index` over `box` as one <path class="texture">; empty for a
// solid series or a box too small to show any.
std::string texture_path(std::size_t index, const Box& box) {
  const Hatch hatch = series_hatch(index);
  constexpr double kDiagonal = 0.70710678118654752;  // 1 / sqrt(2)
  std::string d;
  double stroke_width = kHatchWidth;
  switch (hatch) {
    case Hatch::solid: return {};
    case Hatch::diagonal: hatch_lines(d, box, kDiagonal, kDiagonal, kHatchWidth); break;  // "/"
    case Hatch::back_diagonal: hatch_lines(d, box, kDiagonal, -kDiagonal, kHatchWidth); break;  // "\"
    case Hatch::horizontal: hatch_lines(d, box, 0, 1, kHatchWidth); break;
    case Hatch::vertical: hatch_lines(d, box, 1, 0, kHatchWidth); break;
    case Hatch::cross:
      stroke_width = kCrossWidth;
      hatch_lines(d, box, kDiagonal, kDiagonal, kCrossWidth);
      hatch_lines(d, box, -kDiagonal, kDiagonal, kCrossWidth);
      break;
    case Hatch::dots: dots(d, box); break;
  }
  if (d.empty()) return {};
  const std::string ink(hatch_ink(series_colour(index)));
  std::string out = "<path class=\"texture\" data-series=\"" + std::to_string(index) + "\" d=\"" + d + "\"";
  out += hatch == Hatch::dots ? " fill=\"" + ink + "\""
                              : " fill=\"none\" stroke=\"" + ink + "\" stroke-width=\"" + num(stroke_width) + "\"";
  return out + " pointer-events=\"none\"/>";  // hovering still shows the bar's title
}

// A box's outline as a closed subpath, in the same coordinates as its <rect>; empty when
// the rect has no area and so draws nothing.
std::string outline_subpath(const Box& box) {
  const std::string w = num(box.width);
  const std::string h = num(box.height);
  if (w == "0" || h == "0" || w.front() == '-' || h.front() == '-') return {};
  return "M" + num(box.x) + " " + num(box.y) + "h" + w + "v" + h + "h-" + w + "z";
}

// All the outlines of a group of boxes as one <path>, drawn over their textures.
std::string outlines_path(std::string_view css_class, const std::string& d) {
  if (d.empty()) return {};
  return "<path class=\"" + std::string(css_class) + "\" d=\"" + d + "\" fill=\"none\" stroke=\"" + std::string(kInk) +
         "\" stroke-width=\"" + num(kOutlineWidth) + "\" pointer-events=\"none\"/>\n";
}

// A <text> element of several lines, one <tspan> per line, with no whitespace between
// them (whitespace would shift centred lines).
std::string text_block(const std::vector<std::string>& lines, double x, double first_baseline, double line_height,
                       std::string_view attributes) {
  std::string out = "<text x=\"" + num(x) + "\" y=\"" + num(first_baseline) + "\" " + std::string(attributes) + ">";
  for (std::size_t i = 0; i < lines.size(); ++i)
    out += "<tspan x=\"" + num(x) + "\" y=\"" + num(first_baseline + i * line_height) + "\">" + escape_svg(lines[i]) +
           "</tspan>";
  return out + "</text>\n";
}

struct Axis {
  double min = 0;
  double max = 5;
  double step = 1;
  std::vector<double> ticks;
  int decimals = 0;  // of the tick labels
};

// The scale as asked for, made usable when it is not: max above min, a step that gives
// a readable number of ticks.
Axis make_axis(const BarChart& chart) {
  Axis axis;
  axis.min = std::isfinite(chart.axis_min) ? chart.axis_min : 0;
  axis.max = std::isfinite(chart.axis_max) && chart.axis_max > axis.min ? chart.axis_max : axis.min + 1;
  const double range = axis.max - axis.min;
  axis.step = std::isfinite(chart.axis_step) && chart.axis_step > 0 && range / chart.axis_step <= 50
                  ? chart.axis_step
                  : range / 5;
  // Whole numbers when the steps are whole (1 2 3 4 5), else one decimal (0,5 1,0 1,5),
  // or two when one would print two ticks alike (0,25).
  axis.decimals = is_integral(axis.step) && is_integral(axis.min)               ? 0
                  : is_integral(axis.step * 10) && is_integral(axis.min * 10) ? 1
                                                                              : 2;
  const double eps = range * 1e-9;
  for (int i = 0;; ++i) {
    const double tick = axis.min + i * axis.step;
    if (tick > axis.max + eps) break;
    axis.ticks.push_back(tick);
  }
  return axis;
}

struct LegendItem {
  std::string name;
  double width = 0;
};

}  // namespace

std::string render_svg(const BarChart& chart, bool standalone) {
  const Axis axis = make_axis(chart);
  const std::size_t n_categories = chart.categories.size();
  const std::size_t n_series = chart.series.size();
  const bool legend = n_series > 1;

  // Horizontal layout: the axis label and tick labels on the left, then the plot.
  std::vector<std::string> tick_labels;
  double tick_width = 0;
  for (double tick : axis.ticks) {
    tick_labels.push_back(dutch_number(tick, axis.decimals));
    tick_width = std::max(tick_width, text_width(tick_labels.back(), kTickSize));
  }
  const std::vector<std::string> axis_label_lines = wrap(chart.axis_label, kPlotHeight, kAxisLabelSize, false, 3);
  const double axis_label_width = axis_label_lines.size() * kAxisLabelLine;
  const double plot_left = kMargin + axis_label_width + (axis_label_lines.empty() ? 0 : 8) + tick_width + 10;
  // Each category gets room for its bars, and if the canvas may grow that far, for its
  // longest word, so "systeemontwikkelaar" is not cut in two.
  const double min_slot = legend ? std::max(70.0, 32.0 * n_series + 24) : 70.0;
  double longest_word = 0;
  for (const auto& category : chart.categories)
    for (const Token& token : tokenize(category))
      longest_word = std::max(longest_word, text_width(token.text, kCategorySize));
  const double word_slot = longest_word + kCategoryPadding;
  const double width = std::ceil(std::max({kMinWidth, plot_left + min_slot * n_categories + kMargin,
                                           std::min(kMaxWidthForWords, plot_left + word_slot * n_categories + kMargin)}));
  const double plot_right = width - kMargin;
  const double slot = n_categories ? (plot_right - plot_left) / n_categories : plot_right - plot_left;
  // Still too narrow: a smaller font first, down to a limit; only then are words broken.
  const double category_size =
      longest_word + kCategoryPadding > slot
          ? std::max(kMinCategorySize, kCategorySize * (slot - kCategoryPadding) / longest_word)
          : kCategorySize;
  const double category_line = category_size * 1.22;
  const double text_width_max = width - 2 * kMargin;

  // Vertical layout, top to bottom.
  double y = kMargin;
  const std::vector<std::string> title_lines = wrap(chart.title, text_width_max, kTitleSize, true, 4);
  const double title_baseline = y + kTitleSize * 0.8;
  y += title_lines.size() * kTitleLine;
  if (!title_lines.empty()) y += 6;

  // Legend rows, centred; a name that is too long for a whole row is shortened.
  std::vector<std::vector<std::size_t>> legend_rows;
  std::vector<LegendItem> legend_items;
  const double legend_gap = 28;
  if (legend) {
    for (std::size_t s = 0; s < n_series; ++s) {
      const double room = text_width_max - kSwatch - 8;
      std::vector<std::string> name = wrap(chart.series[s].name, room, kLegendSize, false, 1);
      const std::string shown = name.empty() ? std::string() : name.front();
      legend_items.push_back({shown, kSwatch + 8 + text_width(shown, kLegendSize)});
    }
    double row_width = 0;
    for (std::size_t s = 0; s < n_series; ++s) {
      const double needed = legend_items[s].width + (legend_rows.empty() || legend_rows.back().empty() ? 0 : legend_gap);
      if (legend_rows.empty() || row_width + needed > text_width_max) {
        legend_rows.emplace_back();
        row_width = 0;
      }
      row_width += legend_rows.back().empty() ? legend_items[s].width : legend_items[s].width + legend_gap;
      legend_rows.back().push_back(s);
    }
  }
  const double legend_top = y + 4;
  y += legend_rows.size() * kLegendRow + (legend_rows.empty() ? 0 : 4);

  const double plot_top = y + kValueHeadroom;
  const double plot_bottom = plot_top + kPlotHeight;
  auto scale_y = [&](double value) {
    const double clamped = std::clamp(value, axis.min, axis.max);
    return plot_bottom - (clamped - axis.min) / (axis.max - axis.min) * kPlotHeight;
  };

  std::vector<std::vector<std::string>> category_lines;
  std::size_t max_category_lines = 0;
  for (const auto& category : chart.categories) {
    category_lines.push_back(wrap(category, slot - kCategoryPadding, category_size, false, kMaxCategoryLines));
    max_category_lines = std::max(max_category_lines, category_lines.back().size());
  }
  const double category_baseline = plot_bottom + 8 + category_size;
  y = plot_bottom + 8 + max_category_lines * category_line + 6;

  std::vector<std::string> footnote_lines;
  for (const auto& footnote : chart.footnotes)
    for (auto& line : wrap(footnote, text_width_max, kFootnoteSize)) footnote_lines.push_back(std::move(line));
  const double footnote_baseline = y + 8 + kFootnoteSize;
  if (!footnote_lines.empty()) y += 8 + footnote_lines.size() * kFootnoteLine;
  const double height = std::ceil(y + kMargin);

  // ---- output ----
  const std::string w = num(width);
  const std::string h = num(height);
  std::string svg;
  svg.reserve(16384);
  if (standalone) {
    svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w +
           " " + h + "\"";
  } else {
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h +
           "\" width=\"100%\" style=\"display:block;width:100%;height:auto\"";
  }
  svg += " class=\"bar-chart\" role=\"img\" font-family=\"" + std::string(kFontFamily) + "\">\n";
  if (!chart.title.empty()) svg += "<title>" + escape_svg(chart.title) + "</title>\n";

  svg += "<rect class=\"background\" width=\"" + w + "\" height=\"" + h + "\" fill=\"#ffffff\"/>\n";

  // Title.
  if (!title_lines.empty())
    svg += text_block(title_lines, width / 2, title_baseline, kTitleLine,
                      "class=\"title\" text-anchor=\"middle\" font-size=\"" + num(kTitleSize) +
                          "\" font-weight=\"bold\" fill=\"" + std::string(kInk) + "\"");

  // Legend.
  if (legend) {
    svg += "<g class=\"legend\">\n";
    std::string outlines;
    for (std::size_t r = 0; r < legend_rows.size(); ++r) {
      double row_width = 0;
      for (std::size_t s : legend_rows[r]) row_width += legend_items[s].width;
      row_width += legend_gap * (legend_rows[r].size() - 1);
      double x = (width - row_width) / 2;
      const double top = legend_top + r * kLegendRow;
      for (std::size_t s : legend_rows[r]) {
        const Box swatch{x, top, kSwatch, kSwatch};
        svg += "<rect class=\"legend-swatch\" data-series=\"" + std::to_string(s) + "\" x=\"" + num(x) + "\" y=\"" +
               num(top) + "\" width=\"" + num(kSwatch) + "\" height=\"" + num(kSwatch) + "\" fill=\"" +
               std::string(series_colour(s)) + "\"/>" + texture_path(s, swatch);
        outlines += outline_subpath(swatch);
        svg += "<text x=\"" + num(x + kSwatch + 8) + "\" y=\"" + num(top + kSwatch / 2 + kLegendSize * 0.36) +
               "\" font-size=\"" + num(kLegendSize) + "\" fill=\"" + std::string(kInk) + "\">" +
               escape_svg(legend_items[s].name) + "</text>\n";
        x += legend_items[s].width + legend_gap;
      }
    }
    svg += outlines_path("legend-outlines", outlines);
    svg += "</g>\n";
  }

  // Gridlines and tick labels.
  svg += "<g class=\"axis\">\n";
  for (std::size_t t = 0; t < axis.ticks.size(); ++t) {
    const std::string ty = num(scale_y(axis.ticks[t]));
    if (t > 0)
      svg += "<line class=\"gridline\" x1=\"" + num(plot_left) + "\" y1=\"" + ty + "\" x2=\"" + num(plot_right) +
             "\" y2=\"" + ty + "\" stroke=\"#c8c8c8\" stroke-width=\"1\"/>";
    svg += "<text class=\"tick\" x=\"" + num(plot_left - 8) + "\" y=\"" + num(scale_y(axis.ticks[t]) + kTickSize * 0.35) +
           "\" text-anchor=\"end\" font-size=\"" + num(kTickSize) + "\" fill=\"#333333\">" + tick_labels[t] +
           "</text>\n";
  }
  if (!axis_label_lines.empty()) {
    // Rotated a quarter turn; the first line is the outermost.
    const double cy = (plot_top + plot_bottom) / 2;
    for (std::size_t i = 0; i < axis_label_lines.size(); ++i) {
      const double x = kMargin + kAxisLabelSize * 0.85 + i * kAxisLabelLine;
      svg += "<text class=\"axis-label\" x=\"" + num(x) + "\" y=\"" + num(cy) + "\" transform=\"rotate(-90 " + num(x) +
             " " + num(cy) + ")\" text-anchor=\"middle\" font-size=\"" + num(kAxisLabelSize) + "\" fill=\"#333333\">" +
             escape_svg(axis_label_lines[i]) + "</text>\n";
    }
  }
  svg += "</g>\n";

  // Bars and their value labels.
  const double group_width = legend ? std::min(slot * 0.82, 72.0 * n_series) : std::min(slot * 0.6, 130.0);
  const double bar_step = n_series ? group_width / n_series : group_width;
  const double bar_gap = legend ? std::min(4.0, bar_step * 0.12) : 0;
  std::string labels;
  std::string outlines;
  std::string stubs;  // drawn over the outlines
  svg += "<g class=\"bars\">\n";
  for (std::size_t c = 0; c < n_categories; ++c) {
    const double centre = plot_left + slot * (c + 0.5);
    for (std::size_t s = 0; s < n_series; ++s) {
      const BarSeries& series = chart.series[s];
      if (c >= series.values.size() || !series.values[c] || !std::isfinite(*series.values[c])) continue;
      const double value = *series.values[c];
      const double x = centre - group_width / 2 + s * bar_step + bar_gap / 2;
      const double bar_width = bar_step - bar_gap;
      const double top = scale_y(value);
      const Box box{x, top, bar_width, plot_bottom - top};
      svg += "<rect class=\"bar\" data-series=\"" + std::to_string(s) + "\" x=\"" + num(x) + "\" y=\"" + num(top) +
             "\" width=\"" + num(bar_width) + "\" height=\"" + num(plot_bottom - top) + "\" fill=\"" +
             std::string(series_colour(s)) + "\"><title>" +
             escape_svg((series.name.empty() ? "" : series.name + ", ") + chart.categories[c] + ": " +
                        (c < series.value_labels.size() ? series.value_labels[c] : dutch_number(value, 1))) +
             "</title></rect>\n";
      const std::string texture = texture_path(s, box);
      if (!texture.empty()) svg += texture + "\n";
      outlines += outline_subpath(box);

      // A value at the axis minimum has no height; a short stroke in its colour at the
      // baseline still shows where it stands.
      if (plot_bottom - top < 1)
        stubs += "<line class=\"bar-stub\" x1=\"" + num(x) + "\" y1=\"" + num(plot_bottom - 1.5) + "\" x2=\"" +
                 num(x + bar_width) + "\" y2=\"" + num(plot_bottom - 1.5) + "\" stroke=\"" +
                 std::string(series_colour(s)) + "\" stroke-width=\"3\"/>\n";

      const std::string label = c < series.value_labels.size() ? series.value_labels[c] : dutch_number(value, 1);
      if (label.empty()) continue;
      const double room = legend ? bar_step - 6 : slot - 2;  // keeps neighbouring labels apart
      const double natural = text_width(label, kValueSize, true);
      const double size = natural > room ? std::max(kMinValueSize, kValueSize * room / natural) : kValueSize;
      labels += "<text class=\"value\" x=\"" + num(x + bar_width / 2) + "\" y=\"" + num(top - 6) +
                "\" text-anchor=\"middle\" font-size=\"" + num(size) + "\" font-weight=\"bold\" fill=\"" +
                std::string(kInk) + "\">" + escape_svg(label) + "</text>\n";
    }
  }
  svg += outlines_path("bar-outlines", outlines) + stubs;
  svg += "</g>\n";

  // Axis lines over the bars' feet, then the value labels on top of everything.
  svg += "<path class=\"axis-line\" d=\"M" + num(plot_left) + " " + num(plot_top - 4) + "V" + num(plot_bottom) + "H" +
         num(plot_right) + "\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n";
  // A white halo keeps value labels readable where they cross a gridline.
  svg += "<g class=\"values\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n" +
         labels + "</g>\n";

  // Category labels.
  svg += "<g class=\"categories\">\n";
  for (std::size_t c = 0; c < n_categories; ++c)
    svg += text_block(category_lines[c], plot_left + slot * (c + 0.5), category_baseline, category_line,
                      "class=\"category\" text-anchor=\"middle\" font-size=\"" + num(category_size) + "\" fill=\"" +
                          std::string(kInk) + "\"");
  svg += "</g>\n";

  // Footnotes.
  if (!footnote_lines.empty())
    svg += text_block(footnote_lines, kMargin, footnote_baseline, kFootnoteLine,
                      "class=\"footnote\" font-size=\"" + num(kFootnoteSize) + "\" fill=\"#333333\"");

  svg += "</svg>\n";
  return svg;
}

}  // namespace peiling
