// Slides that always fit: a slide's content (heading, subtitle, then tables, paragraphs,
// bullet lists and figures) laid out on as many slides as it needs. A table first takes
// smaller type, down to a readable minimum, to stay on one slide; a table too wide even
// then is split by columns (the first column repeated), and a table too tall by rows (the
// header repeated); a row too tall for a slide is split within its answer list, its label
// repeated with "(vervolg)". Each further slide's heading ends in "(vervolg)". Sizes are
// estimated with the model of slide_metrics.h; works on any Table, so the slides of a new
// question type paginate too.
#pragma once

#include <string>
#include <vector>

#include "reports/report_tables.h"

namespace peiling {

struct SlideBlock {
  enum class Kind { paragraph, table, bullets, figure } kind = Kind::paragraph;
  std::string text;                // paragraph: plain text (unescaped)
  std::string css_class;           // paragraph: e.g. "note"; table: e.g. "shoebox"
  Table table;                     // Kind::table
  std::vector<std::string> items;  // Kind::bullets: plain text
  std::string html;                // Kind::figure: ready HTML ...
  double height = 0;               // ... and the height it takes, in slide pixels
};

struct SlideContent {
  std::string heading;
  std::string subtitle;  // shown under the heading, shortened to subtitle_lines; may be empty
  std::vector<SlideBlock> blocks = {};
  std::size_t subtitle_lines = 2;
};

// The body HTML of each slide `content` needs, in order. `continued` is the word for a
// further slide ("vervolg" or "continued").
std::vector<std::string> paginate_slide(const SlideContent& content, const std::string& continued);

// The height that the heading and subtitle of `content` take on its first slide.
double slide_header_height(const SlideContent& content);

// HTML of the heading and subtitle (shortened to two lines, as measured).
std::string slide_header_html(const SlideContent& content);

}  // namespace peiling
