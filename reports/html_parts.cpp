// Rendering tables, figures and notes as HTML; see html_parts.h.
#include "reports/html_parts.h"

#include <cmath>
#include <cstdio>

#include "base/escape.h"
#include "reports/chart_scene.h"
#include "reports/report_charts.h"

namespace peiling {

namespace {

std::string cell_content(const TableCell& cell) {
  if (cell.list) {
    std::string items = "<ul>";
    for (const std::string& line : cell.lines) items += "<li>" + escape_html(line) + "</li>";
    return items + "</ul>";
  }
  // Lines after the first are remarks on it, e.g. why a group shows counts only.
  std::string content;
  for (std::size_t i = 0; i < cell.lines.size(); ++i)
    content += i == 0 ? escape_html(cell.lines[i]) : "<span class=\"note\">" + escape_html(cell.lines[i]) + "</span>";
  return content;
}

std::string align(const Table& table, std::size_t column) {
  return column < table.numeric.size() && table.numeric[column] ? " class=\"num\"" : "";
}

std::string header_rows(const Table& table) {
  std::string rows;
  if (!table.header_spans.empty()) {
    rows += "<tr class=\"spans\">";
    for (const ResolvedSpan& span : resolved_spans(table))
      rows += "<th colspan=\"" + std::to_string(span.last - span.first + 1) + "\">" + escape_html(span.span->label) +
              "</th>";
    rows += "</tr>";
  }
  rows += "<tr>";
  for (std::size_t column = 0; column < table.header.size(); ++column)
    rows += "<th scope=\"col\"" + align(table, column) + ">" + escape_html(table.header[column]) + "</th>";
  return rows + "</tr>";
}

std::string column_group(const ColumnWidths& widths) {
  if (widths.percents.empty()) return "";
  std::string html = "<colgroup>";
  for (double percent : widths.percents) {
    char width[32];
    std::snprintf(width, sizeof width, "%.2f", percent);
    html += "<col style=\"width: " + std::string(width) + "%\">";
  }
  return html + "</colgroup>";
}

}  // namespace

std::string html_table(const Table& table, const std::string& css_class, const ColumnWidths& widths) {
  const std::string classes = css_class + (table.dense ? (css_class.empty() ? "dense" : " dense") : "");
  std::string html = "<table" + (classes.empty() ? "" : " class=\"" + classes + "\"") + ">";
  if (!table.caption.empty()) html += "<caption>" + escape_html(table.caption) + "</caption>";
  html += column_group(widths) + "<thead>" + header_rows(table) + "</thead><tbody>\n";
  for (const TableRow& row : table.rows) {
    html += row.emphasised ? "<tr class=\"emphasised\">" : "<tr>";
    for (std::size_t column = 0; column < row.cells.size(); ++column) {
      const std::string tag = column == 0 ? "th" : "td";
      const std::string scope = column == 0 ? " scope=\"row\"" : "";
      html += "<" + tag + scope + align(table, column) + ">" + cell_content(row.cells[column]) + "</" + tag + ">";
    }
    html += "</tr>\n";
  }
  return html + "</tbody></table>\n";
}

namespace {

std::string figure_with_caption(const ReportChart& chart, const std::string& drawing) {
  std::string caption;
  for (const std::string& line : chart_footnotes(chart.chart)) caption += "<span>" + escape_html(line) + "</span>";
  return "<figure class=\"chart\">" + drawing + "<figcaption>" + caption + "</figcaption></figure>\n";
}

}  // namespace

std::string html_figure(const ReportChart& chart, const ChartStyle& style) {
  return figure_with_caption(chart, render_svg(chart.chart, style));
}

std::string html_page_figure(const ReportChart& chart) {
  // The phone's chart is drawn no smaller than its canvas (its text at its own size); one
  // wider than the phone scrolls sideways in its box, as a wide table does.
  const ChartScene phone = lay_out_chart(chart.chart, {ChartSize::phone, true});
  return figure_with_caption(chart, "<div class=\"chart-wide\">" + render_svg(chart.chart, {ChartSize::page, true}) +
                                        "</div><div class=\"chart-phone\"><div style=\"min-width:" +
                                        std::to_string(static_cast<int>(std::ceil(phone.width))) + "px\">" +
                                        scene_svg(phone, false) + "</div></div>");
}

std::string html_notes(const std::vector<std::string>& notes) {
  std::string html;
  for (const std::string& note : notes) html += html_element("p", note, "note");
  return html;
}

std::string html_element(const std::string& tag, const std::string& text, const std::string& css_class) {
  const std::string attribute = css_class.empty() ? "" : " class=\"" + css_class + "\"";
  return "<" + tag + attribute + ">" + escape_html(text) + "</" + tag + ">\n";
}

}  // namespace peiling
