// Tables as Markdown; see markdown_table.h.
#include "reports/markdown_table.h"

#include "base/escape.h"

namespace peiling {

namespace {

std::string md_cell(const TableCell& cell) {
  std::string text;
  for (std::size_t i = 0; i < cell.lines.size(); ++i) {
    if (i > 0) text += "<br>";
    if (cell.list) text += "• ";
    text += escape_markdown(cell.lines[i], MarkdownPlace::table_cell);
  }
  return text;
}

std::string md_row(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const std::string& cell : cells) row += " " + cell + " |";
  return row + "\n";
}

// Column spans do not exist in Markdown; a spanned caption becomes a note under the table
// naming the columns it spans.
std::string md_span_notes(const Table& table) {
  std::string notes;
  for (const ResolvedSpan& span : resolved_spans(table))
    if (!span.span->label.empty())
      notes += "*" + escape_markdown(span.span->label) + ": " + escape_markdown(table.header[span.first]) + " … " +
               escape_markdown(table.header[span.last]) + "*\n\n";
  return notes;
}

// The emphasised row (a total, the uncoded answers) has its label in bold.
}  // namespace

std::string markdown_table(const Table& table) {
  std::vector<std::string> header, rule;
  for (std::size_t column = 0; column < table.header.size(); ++column) {
    header.push_back(escape_markdown(table.header[column], MarkdownPlace::table_cell));
    rule.push_back(column < table.numeric.size() && table.numeric[column] ? "---:" : "---");
  }
  std::string markdown = table.caption.empty() ? "" : "**" + escape_markdown(table.caption) + "**\n\n";
  markdown += md_row(header) + md_row(rule);
  for (const TableRow& row : table.rows) {
    std::vector<std::string> cells;
    for (const TableCell& cell : row.cells) cells.push_back(md_cell(cell));
    if (row.emphasised && !cells.empty() && !cells.front().empty()) cells.front() = "**" + cells.front() + "**";
    markdown += md_row(cells);
  }
  return markdown + "\n" + md_span_notes(table);
}

}  // namespace peiling
