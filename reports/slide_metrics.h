// How much room text and tables take on a slide, estimated on the server, because the
// deck is one static file and must fit before any browser measures it. Every size is in
// CSS pixels of a 1280 x 720 slide: the slide CSS (slides.cpp) writes each size as a
// multiple of --px (the slide's width / 1280), so the same estimate holds on any screen.
// Text widths come from DejaVu Sans' advance widths (chart_text.h), with a margin for
// the browser's rounding; tables get fixed column widths, so their wrapping is known.
// tests/e2e/slides_fit.mjs checks the estimate in Chromium.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "reports/report_tables.h"

namespace peiling::slide {

// The slide and its padding; the bottom padding holds the slide counter.
inline constexpr double kWidth = 1280;
inline constexpr double kHeight = 720;
inline constexpr double kPaddingTop = 38;
inline constexpr double kPaddingSide = 38;
inline constexpr double kPaddingBottom = 52;
inline constexpr double kContentWidth = kWidth - 2 * kPaddingSide;
inline constexpr double kContentHeight = kHeight - kPaddingTop - kPaddingBottom;
// What the model fills of the content box; the rest absorbs rounding and the 1-px
// borders, which do not shrink with the slide on a smaller screen.
inline constexpr double kUsableHeight = kContentHeight - 8;

// A kind of text: font size, line height and the space under the block, as in the CSS.
struct TextStyle {
  double size;
  double line_height;
  bool bold;
  double space_after;
};

inline constexpr TextStyle kHeading{40, 46, true, 16};   // h2
inline constexpr TextStyle kSubtitle{28, 36.4, false, 12};
inline constexpr TextStyle kNote{22, 28.6, false, 6};    // p.note
inline constexpr TextStyle kBullet{24, 31.2, false, 6};  // ul.findings li
inline constexpr TextStyle kCaption{24, 31.2, false, 0}; // a chart's figcaption line

// Table type from the largest to the smallest that still reads from the back of a
// classroom; a table that does not fit at the smallest is split.
inline constexpr double kTableSizes[] = {28, 24, 20};
inline constexpr double kTableLineHeight = 1.3;   // times the font size
inline constexpr double kTableSpaceAfter = 12;
inline constexpr double kListGap = 0.25;          // between the answers of a cell, times the font size
// Chart text as drawn on the slide (font size times the chart's scale).
inline constexpr double kChartTextMinimum = 18;

// `text` broken into the lines it takes in `width`; with `max_lines`, the last line ends
// in an ellipsis when there was more.
std::vector<std::string> wrapped_lines(std::string_view text, double width, const TextStyle& style,
                                       std::size_t max_lines = 1000);

// The height of a block of `text` in `width`, with the space under it.
double text_height(std::string_view text, double width, const TextStyle& style);

// A table laid out at one font size: each column's width (they add up to the table's).
struct TableFit {
  double font_size = 0;
  std::vector<double> column_widths;
};

// Column widths that give every column at least its longest word at `font_size`, and the
// rest to the columns with the most text, each up to its widest line; false when the
// longest words alone are wider than `width`.
bool fit_columns(const Table& table, double width, double font_size, TableFit& fit);

double header_height(const Table& table, const TableFit& fit);
double row_height(const TableRow& row, const TableFit& fit);

// The lines one cell piece (a line, or one answer of a list) takes in its column.
std::size_t piece_lines(std::string_view text, bool in_list, bool bold, std::size_t column, const TableFit& fit);
// The lines themselves, for cutting an answer that is taller than a slide.
std::vector<std::string> piece_wrapped(std::string_view text, bool in_list, bool bold, std::size_t column,
                                       const TableFit& fit);
double piece_height(std::size_t lines, const TableFit& fit);

}  // namespace peiling::slide
