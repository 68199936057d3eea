// Laying a slide's content out on as many slides as it needs; see slide_pagination.h.
#include "reports/slide_pagination.h"

#include <algorithm>
#include <cmath>

#include "reports/html_parts.h"
#include "reports/slide_metrics.h"

namespace peiling {

namespace {

using slide::TableFit;

constexpr double kBudget = slide::kUsableHeight;
constexpr double kWidth = slide::kContentWidth;
constexpr double kBulletIndent = 1.2;  // ul.findings { padding-left: 1.2em }

std::string subtitle_shown(const std::string& subtitle, std::size_t max_lines) {
  if (slide::text_height(subtitle, kWidth, slide::kSubtitle) <= max_lines * slide::kSubtitle.line_height + slide::kSubtitle.space_after)
    return subtitle;
  const auto shown = slide::wrapped_lines(subtitle, kWidth, slide::kSubtitle, max_lines);
  std::string text;
  for (const std::string& line : shown) text += (text.empty() ? "" : " ") + line;
  return text;
}

double header_height(const std::string& heading, const SlideContent& content) {
  return slide::text_height(heading, kWidth, slide::kHeading) +
         slide::text_height(subtitle_shown(content.subtitle, content.subtitle_lines), kWidth, slide::kSubtitle);
}

std::string header_html(const std::string& heading, const SlideContent& content) {
  return html_element("h2", heading) +
         (content.subtitle.empty() ? ""
                                   : html_element("p", subtitle_shown(content.subtitle, content.subtitle_lines), "subtitle"));
}

double bullet_height(const std::string& item) {
  return slide::text_height(item, kWidth - kBulletIndent * slide::kBullet.size, slide::kBullet);
}

// A table's caption stands over it in the table's own type (the slides give <caption> no
// style of its own), the full width of the table.
double caption_height(const Table& table, const TableFit& fit) {
  if (table.caption.empty()) return 0;
  return slide::text_height(table.caption, kWidth,
                            slide::TextStyle{fit.font_size, fit.font_size * slide::kTableLineHeight, false, 0});
}

double block_height(const SlideBlock& block) {
  switch (block.kind) {
    case SlideBlock::Kind::paragraph:
      return slide::text_height(block.text, kWidth, block.css_class == "note" ? slide::kNote : slide::kSubtitle);
    case SlideBlock::Kind::bullets: {
      double height = 0;
      for (const std::string& item : block.items) height += bullet_height(item);
      return height;
    }
    case SlideBlock::Kind::figure: return block.height;
    case SlideBlock::Kind::table: return 0;  // depends on the type size: see Paginator::place_table
  }
  return 0;
}

// The columns `columns` of `table` (the first column is always among them), with its
// header spans cut to match. The caption goes with the part that holds the last column:
// a column added last (a unit's Bestuur column) is what a caption explains, and without it
// that part's lone header reads as one more group.
Table column_part(const Table& table, const std::vector<std::size_t>& columns) {
  Table part;
  part.dense = table.dense;
  if (!columns.empty() && columns.back() + 1 == table.header.size()) part.caption = table.caption;
  for (std::size_t column : columns) {
    part.header.push_back(table.header[column]);
    part.numeric.push_back(column < table.numeric.size() && table.numeric[column]);
  }
  for (const ResolvedSpan& span : resolved_spans(table)) {
    const auto covered = std::count_if(columns.begin(), columns.end(),
                                       [&](std::size_t column) { return column >= span.first && column <= span.last; });
    if (covered > 0) part.header_spans.push_back({span.span->label, static_cast<int>(covered)});
  }
  for (const TableRow& row : table.rows) {
    TableRow cut{{}, row.emphasised};
    for (std::size_t column : columns)
      cut.cells.push_back(column < row.cells.size() ? row.cells[column] : TableCell{{""}, false});
    part.rows.push_back(std::move(cut));
  }
  return part;
}

// A table that is too wide even in the smallest type, as parts that each fit, every part
// starting with the first column (what the rows are about).
std::vector<Table> column_parts(const Table& table, double font_size) {
  TableFit fit;
  if (table.header.size() < 3 || slide::fit_columns(table, kWidth, font_size, fit)) return {table};
  std::vector<Table> parts;
  std::vector<std::size_t> columns{0};
  for (std::size_t column = 1; column < table.header.size(); ++column) {
    std::vector<std::size_t> wider = columns;
    wider.push_back(column);
    if (columns.size() > 1 && !slide::fit_columns(column_part(table, wider), kWidth, font_size, fit)) {
      parts.push_back(column_part(table, columns));
      columns = {0, column};
    } else {
      columns = std::move(wider);
    }
  }
  parts.push_back(column_part(table, columns));
  return parts;
}

// A row cut in two at `room` (its height on this slide): the answers that fit stay, the
// rest go on with the label repeated and marked as continued. An answer taller than the
// room is cut between its lines. Returns false when nothing of the lists fits.
bool split_row(const TableRow& row, const TableFit& fit, double room, const std::string& continued, TableRow& head,
               TableRow& tail) {
  const double line_height = fit.font_size * slide::kTableLineHeight;
  const double cell_room = room - (0.4 * fit.font_size + 1);
  head = {{}, row.emphasised};
  tail = {{}, row.emphasised};
  bool placed = false, left = false;
  for (std::size_t column = 0; column < row.cells.size(); ++column) {
    const TableCell& cell = row.cells[column];
    if (column == 0 || !cell.list) {
      head.cells.push_back(cell);
      TableCell rest{{""}, false};
      if (column == 0) {
        rest = cell;
        const std::string mark = "(" + continued + ")";
        if (rest.lines.back() != mark) rest.lines.push_back(mark);
      }
      tail.cells.push_back(rest);
      continue;
    }
    TableCell taken{{}, true}, rest{{}, true};
    double used = 0;
    for (const std::string& piece : cell.lines) {
      if (!rest.lines.empty()) {
        rest.lines.push_back(piece);
        continue;
      }
      const double gap = taken.lines.empty() ? 0 : slide::kListGap * fit.font_size;
      const auto lines = slide::piece_lines(piece, true, row.emphasised, column, fit);
      if (used + gap + slide::piece_height(lines, fit) <= cell_room) {
        taken.lines.push_back(piece);
        used += gap + slide::piece_height(lines, fit);
        continue;
      }
      const auto fitting = static_cast<std::size_t>(std::floor((cell_room - used - gap) / line_height));
      if (fitting >= 2 && lines > fitting) {
        const auto wrapped = slide::piece_wrapped(piece, true, row.emphasised, column, fit);
        std::string first, second;
        for (std::size_t i = 0; i < wrapped.size(); ++i)
          (i + 1 < fitting ? first : second) += ((i + 1 < fitting ? first : second).empty() ? "" : " ") + wrapped[i];
        taken.lines.push_back(first + " …");
        rest.lines.push_back("… " + second);
      } else {
        rest.lines.push_back(piece);
      }
    }
    placed = placed || !taken.lines.empty();
    left = left || !rest.lines.empty();
    head.cells.push_back(taken.lines.empty() ? TableCell{{""}, false} : taken);
    tail.cells.push_back(rest.lines.empty() ? TableCell{{""}, false} : rest);
  }
  return placed && left;
}

// Fills slides one after another with the blocks of one SlideContent.
class Paginator {
 public:
  Paginator(const SlideContent& content, std::string continued, double table_size)
      : content_(content), continued_(std::move(continued)), size_(table_size) {
    html_ = header_html(content.heading, content);
    room_ = kBudget - header_height(content.heading, content);
    const std::string next_heading = content.heading + " (" + continued_ + ")";
    continued_room_ = kBudget - header_height(next_heading, content);
  }

  std::vector<std::string> run() {
    for (const SlideBlock& block : content_.blocks) {
      switch (block.kind) {
        case SlideBlock::Kind::table:
          for (const Table& part : column_parts(block.table, size_)) place_table(part, block.css_class, size_);
          break;
        case SlideBlock::Kind::bullets: place_bullets(block.items); break;
        case SlideBlock::Kind::paragraph: place(html_element("p", block.text, block.css_class), block_height(block)); break;
        case SlideBlock::Kind::figure: place(block.html, block.height); break;
      }
    }
    slides_.push_back(html_);
    return slides_;
  }

 private:
  void next_slide() {
    slides_.push_back(html_);
    html_ = header_html(content_.heading + " (" + continued_ + ")", content_);
    room_ = continued_room_;
    empty_ = true;
  }

  void place(const std::string& html, double height) {
    if (height > room_ && !empty_) next_slide();
    html_ += html;
    room_ -= height;
    empty_ = false;
  }

  void place_bullets(const std::vector<std::string>& items) {
    std::string list;
    for (const std::string& item : items) {
      const double height = bullet_height(item);
      if (height > room_ && !empty_) {
        if (!list.empty()) html_ += "<ul class=\"findings\">" + list + "</ul>\n";
        list.clear();
        next_slide();
      }
      list += html_element("li", item);
      room_ -= height;
      empty_ = false;
    }
    if (!list.empty()) html_ += "<ul class=\"findings\">" + list + "</ul>\n";
  }

  void place_table(const Table& table, const std::string& css_class, double size) {
    TableFit fit;
    if (!slide::fit_columns(table, kWidth, size, fit)) {  // column_parts keeps this from happening
      fit.font_size = size;
      fit.column_widths.assign(table.header.size(), kWidth / static_cast<double>(table.header.size()));
    }
    const double header = slide::header_height(table, fit) + caption_height(table, fit);
    const double empty_slide_rows = continued_room_ - header - slide::kTableSpaceAfter;
    Table part = table;
    part.rows.clear();
    auto flush = [&] {
      if (part.rows.empty()) return;
      html_ += table_html(part, css_class, fit);
      room_ -= slide::kTableSpaceAfter;
      part.rows.clear();
    };
    for (TableRow row : table.rows) {
      for (;;) {
        const double opening = part.rows.empty() ? header + slide::kTableSpaceAfter : 0;
        const double height = slide::row_height(row, fit);
        if (opening + height <= room_) {
          part.rows.push_back(std::move(row));
          room_ -= opening + height;
          empty_ = false;
          break;
        }
        TableRow head, tail;
        const double room_for_row = room_ - opening;
        if ((height > empty_slide_rows || room_for_row >= empty_slide_rows / 3) &&
            split_row(row, fit, room_for_row, continued_, head, tail)) {
          part.rows.push_back(std::move(head));
          room_ -= opening;
          flush();
          next_slide();
          row = std::move(tail);
          continue;
        }
        if (!empty_ || !part.rows.empty()) {
          flush();
          next_slide();
          continue;
        }
        part.rows.push_back(std::move(row));  // taller than a slide and not to be cut
        room_ -= opening + height;
        empty_ = false;
        break;
      }
    }
    flush();
  }

  static std::string table_html(const Table& table, const std::string& css_class, const TableFit& fit) {
    ColumnWidths widths;
    for (double width : fit.column_widths) widths.percents.push_back(100 * width / kWidth);
    const std::string size = "size-" + std::to_string(static_cast<int>(fit.font_size));
    return html_table(table, css_class.empty() ? size : css_class + " " + size, widths);
  }

  const SlideContent& content_;
  std::string continued_;
  double size_;
  std::vector<std::string> slides_;
  std::string html_;
  double room_ = 0;
  double continued_room_ = 0;
  bool empty_ = true;  // nothing but the heading on the slide yet
};

}  // namespace

// The largest table type among those that need the fewest slides: one slide in smaller
// type beats two, and two in large type beat two in small.
std::vector<std::string> paginate_slide(const SlideContent& content, const std::string& continued) {
  std::vector<std::string> fewest;
  for (double size : slide::kTableSizes) {
    std::vector<std::string> slides = Paginator(content, continued, size).run();
    if (fewest.empty() || slides.size() < fewest.size()) fewest = std::move(slides);
    if (fewest.size() == 1) break;
  }
  return fewest;
}

double slide_header_height(const SlideContent& content) { return header_height(content.heading, content); }

std::string slide_header_html(const SlideContent& content) { return header_html(content.heading, content); }

}  // namespace peiling
