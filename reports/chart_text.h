// Text measurement and wrapping for the bar charts. SVG has no text layout of its own, so
// the chart estimates how wide a label will render (from DejaVu Sans advance widths) and
// wraps it into lines before it reaches a neighbour. Works on unescaped UTF-8: callers
// escape the lines afterwards, so no entity is ever split.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace peiling {

// The estimated width of `text` in user units at `font_size`.
double text_width(std::string_view text, double font_size, bool bold = false);

// The width of the widest word in `text`, where words split at spaces and after a hyphen
// or slash inside a word, just as wrap_text breaks them; 0 when there is none.
double widest_word(std::string_view text, double font_size);

// Wraps text into lines no wider than `max_width` (estimated): by words, breaking a word
// that is longer than a line by characters, each of its lines but the last ending in a
// hyphen (U+2010, so it is told from a hyphen of the text) and no single character left alone. A line break in the text starts a new line.
// More than `max_lines` lines end in an ellipsis.
std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size, bool bold = false,
                                   std::size_t max_lines = 1000);

}  // namespace peiling
