// The slide's text and table model; see slide_metrics.h.
#include "reports/slide_metrics.h"

#include <algorithm>
#include <numeric>

#include "reports/chart_text.h"

namespace peiling::slide {

namespace {

// Chromium rounds glyph advances and may fall back to a wider face for a rare character:
// the model takes text this much wider than DejaVu's advance widths say.
constexpr double kWidthMargin = 1.03;
// A column's longest word may claim at most this share of the table; a longer one (a
// link in an answer) is broken, as the CSS (overflow-wrap: anywhere) lets the browser do.
constexpr double kLongestWordShare = 0.4;

double padding(double font_size) { return 0.9 * font_size + 1; }  // .45em each side and the border
double list_indent(double font_size) { return font_size; }         // td ul { padding-left: 1em }

double measured(std::string_view text, double font_size, bool bold) {
  return text_width(text, font_size, bold) * kWidthMargin;
}

// The widest run between spaces and line breaks.
double widest_run(std::string_view text, double font_size, bool bold) {
  double widest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(" \n\t", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) widest = std::max(widest, measured(text.substr(start, end - start), font_size, bold));
    start = end + 1;
  }
  return widest;
}

double widest_line(std::string_view text, double font_size, bool bold) {
  double widest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    widest = std::max(widest, measured(text.substr(start, end - start), font_size, bold));
    start = end + 1;
  }
  return widest;
}

struct ColumnNeeds {
  double minimum = 0;  // the longest word
  double natural = 0;  // the longest line unbroken
  double text = 0;     // all its text in one line: how much it gains from more width
};

void widen(ColumnNeeds& needs, std::string_view text, double font_size, bool bold, double indent) {
  needs.minimum = std::max(needs.minimum, widest_run(text, font_size, bold) + indent);
  const double line = widest_line(text, font_size, bold) + indent;
  needs.natural = std::max(needs.natural, line);
  needs.text += line;
}

// Shares `room` out over the columns in proportion to their text, none past its natural
// width; what is left when all have that goes in proportion to the natural widths.
std::vector<double> share_out(const std::vector<ColumnNeeds>& needs, double room) {
  std::vector<double> widths;
  for (const ColumnNeeds& column : needs) widths.push_back(column.minimum);
  std::vector<bool> full(needs.size(), false);
  for (int round = 0; round < 8 && room > 0.01; ++round) {
    double weight = 0;
    for (std::size_t c = 0; c < needs.size(); ++c) weight += full[c] ? 0 : needs[c].text;
    if (weight <= 0) break;
    double given = 0;
    for (std::size_t c = 0; c < needs.size(); ++c) {
      if (full[c]) continue;
      const double share = std::min(room * needs[c].text / weight, needs[c].natural - widths[c]);
      widths[c] += share;
      given += share;
      full[c] = widths[c] >= needs[c].natural - 0.01;
    }
    room -= given;
  }
  double natural = 0;
  for (const ColumnNeeds& column : needs) natural += column.natural;
  for (std::size_t c = 0; c < needs.size() && room > 0.01; ++c) widths[c] += room * needs[c].natural / natural;
  return widths;
}

std::vector<ColumnNeeds> column_needs(const Table& table, double font_size) {
  std::vector<ColumnNeeds> needs(table.header.size());
  for (std::size_t column = 0; column < table.header.size(); ++column)
    widen(needs[column], table.header[column], font_size, true, 0);
  for (const TableRow& row : table.rows)
    for (std::size_t column = 0; column < row.cells.size() && column < needs.size(); ++column) {
      const TableCell& cell = row.cells[column];
      for (const std::string& line : cell.lines)
        widen(needs[column], line, font_size, row.emphasised, cell.list ? list_indent(font_size) : 0);
    }
  // A figure such as "11 (27%)" reads badly over two lines: a numeric column gets the
  // room for its widest figure (its header may still wrap).
  for (std::size_t column = 0; column < needs.size(); ++column) {
    if (column >= table.numeric.size() || !table.numeric[column]) continue;
    for (const TableRow& row : table.rows)
      if (column < row.cells.size() && !row.cells[column].lines.empty())
        needs[column].minimum =
            std::max(needs[column].minimum, widest_line(row.cells[column].lines.front(), font_size, row.emphasised));
  }
  return needs;
}

std::size_t lines_in(std::string_view text, double width, double font_size, bool bold) {
  if (text.empty()) return 1;
  if (text.find('\n') == std::string_view::npos && measured(text, font_size, bold) <= width) return 1;  // the usual cell
  return std::max<std::size_t>(1, wrap_text(text, width / kWidthMargin, font_size, bold).size());
}

double content_width(std::size_t column, const TableFit& fit, bool in_list) {
  return fit.column_widths[column] - padding(fit.font_size) - (in_list ? list_indent(fit.font_size) : 0);
}

}  // namespace

std::vector<std::string> wrapped_lines(std::string_view text, double width, const TextStyle& style,
                                       std::size_t max_lines) {
  return wrap_text(text, width / kWidthMargin, style.size, style.bold, max_lines);
}

double text_height(std::string_view text, double width, const TextStyle& style) {
  if (text.empty()) return 0;
  return lines_in(text, width, style.size, style.bold) * style.line_height + style.space_after;
}

bool fit_columns(const Table& table, double width, double font_size, TableFit& fit) {
  std::vector<ColumnNeeds> needs = column_needs(table, font_size);
  double total_minimum = 0;
  for (ColumnNeeds& column : needs) {
    column.minimum = std::min(column.minimum, width * kLongestWordShare) + padding(font_size);
    column.natural = std::max(column.natural + padding(font_size), column.minimum);
    total_minimum += column.minimum;
  }
  if (needs.empty() || total_minimum > width) return false;
  fit.font_size = font_size;
  fit.column_widths = share_out(needs, width - total_minimum);
  return true;
}

std::size_t piece_lines(std::string_view text, bool in_list, bool bold, std::size_t column, const TableFit& fit) {
  return lines_in(text, content_width(column, fit, in_list), fit.font_size, bold);
}

std::vector<std::string> piece_wrapped(std::string_view text, bool in_list, bool bold, std::size_t column,
                                       const TableFit& fit) {
  return wrap_text(text, content_width(column, fit, in_list) / kWidthMargin, fit.font_size, bold);
}

double piece_height(std::size_t lines, const TableFit& fit) {
  return static_cast<double>(lines) * fit.font_size * kTableLineHeight;
}

double header_height(const Table& table, const TableFit& fit) {
  const double f = fit.font_size;
  std::size_t span_lines = 0;
  for (const ResolvedSpan& span : resolved_spans(table)) {
    double width = -padding(f);
    for (std::size_t column = span.first; column <= span.last; ++column) width += fit.column_widths[column];
    if (!span.span->label.empty()) span_lines = std::max(span_lines, lines_in(span.span->label, width, f, false));
  }
  std::size_t header_lines = 1;
  for (std::size_t column = 0; column < table.header.size(); ++column)
    header_lines =
        std::max(header_lines, lines_in(table.header[column], content_width(column, fit, false), f, true));
  const double spans = table.header_spans.empty() ? 0 : std::max<std::size_t>(span_lines, 1) * f * kTableLineHeight + 0.4 * f + 1;
  return spans + header_lines * f * kTableLineHeight + 0.4 * f + 1;
}

double row_height(const TableRow& row, const TableFit& fit) {
  const double f = fit.font_size;
  double tallest = 0;
  for (std::size_t column = 0; column < row.cells.size() && column < fit.column_widths.size(); ++column) {
    const TableCell& cell = row.cells[column];
    std::size_t lines = 0;
    for (const std::string& piece : cell.lines) lines += piece_lines(piece, cell.list, row.emphasised, column, fit);
    const double gaps = cell.list && cell.lines.size() > 1 ? (cell.lines.size() - 1) * kListGap * f : 0;
    tallest = std::max(tallest, std::max<std::size_t>(lines, 1) * f * kTableLineHeight + gaps);
  }
  return tallest + 0.4 * f + 1;
}

}  // namespace peiling::slide
