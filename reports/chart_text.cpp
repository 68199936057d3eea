// Text measurement and wrapping for the bar charts; see chart_text.h.
#include "reports/chart_text.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "base/utf8.h"

namespace peiling {

namespace {

constexpr std::string_view kEllipsis = "\xe2\x80\xa6";  // U+2026

// One UTF-8 code point at the start of `text`: its byte length and value. An invalid byte
// counts as one replacement character.
std::size_t next_code_point(std::string_view text, char32_t& value) {
  const CodePoint code_point = decode_utf8(text, 0);
  value = code_point.length == 0 ? 0xfffd : code_point.value;
  return code_point.length == 0 ? 1 : code_point.length;
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

}  // namespace

double text_width(std::string_view text, double font_size, bool bold) {
  double em = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    i += next_code_point(text.substr(i), c);
    em += advance_em(c, bold);
  }
  return em * font_size;
}

namespace {

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

// The last code point of `text` (UTF-8): where it begins.
std::size_t last_code_point(const std::string& text) {
  std::size_t at = text.size() - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xc0) == 0x80) --at;
  return at;
}

// The mark a broken word's line ends in: U+2010 HYPHEN, drawn as "-" but, unlike the
// hyphen-minus a label may hold, saying that the word goes on (a reader of the SVG can join it).
constexpr std::string_view kBreakHyphen = "\u2010";

// Appends `word` to `line` character by character, for a word wider than a line: each time
// the next character and a hyphen would not fit, `line` is finished into `lines` with the
// hyphen (so a reader sees the word go on, as when broken by hand) and a new one begun. A
// last piece of a single character borrows one from the line before, so it does not stand
// alone.
void break_word(const std::string& word, std::string& line, std::vector<std::string>& lines, double max_width,
                double font_size, bool bold) {
  const std::size_t lines_before = lines.size();
  for (std::size_t i = 0; i < word.size();) {
    const std::string rest = word.substr(i);
    if (text_width(line + rest, font_size, bold) <= max_width) {  // the rest fits: no hyphen
      line += rest;
      break;
    }
    char32_t c = 0;
    const std::size_t length = next_code_point(std::string_view(word).substr(i), c);
    const std::string piece = word.substr(i, length);
    if (!line.empty() && text_width(line + piece + std::string(kBreakHyphen), font_size, bold) > max_width) {
      lines.push_back(line + std::string(kBreakHyphen));
      line.clear();
    }
    line += piece;
    i += length;
  }
  if (lines.size() > lines_before && utf8_length(line) == 1) {
    std::string& before = lines.back();
    before.erase(before.size() - kBreakHyphen.size());
    const std::size_t at = last_code_point(before);
    if (at > 0) {
      line = before.substr(at) + line;
      before.erase(at);
    }
    before += kBreakHyphen;
  }
}

// Appends the lines of one paragraph (text without line breaks) to `lines`.
void wrap_paragraph(std::string_view paragraph, std::vector<std::string>& lines, double max_width, double font_size,
                    bool bold) {
  std::string line;
  for (const Token& token : tokenize(paragraph)) {
    const std::string candidate = line.empty() ? token.text : line + (token.space_before ? " " : "") + token.text;
    if (text_width(candidate, font_size, bold) <= max_width) {
      line = candidate;
      continue;
    }
    if (!line.empty()) lines.push_back(line);
    line.clear();
    break_word(token.text, line, lines, max_width, font_size, bold);
  }
  if (!line.empty()) lines.push_back(line);
}

}  // namespace

double widest_word(std::string_view text, double font_size) {
  double widest = 0;
  for (const Token& token : tokenize(text)) widest = std::max(widest, text_width(token.text, font_size));
  return widest;
}

std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size, bool bold,
                                   std::size_t max_lines) {
  std::vector<std::string> lines;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    wrap_paragraph(text.substr(start, end - start), lines, max_width, font_size, bold);
    start = end + 1;
  }
  if (lines.size() > max_lines) {
    lines.resize(max_lines);
    lines.back() = with_ellipsis(lines.back(), max_width, font_size, bold);
  }
  return lines;
}

}  // namespace peiling
