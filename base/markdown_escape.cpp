// escape_markdown (declared in escape.h): a backslash only where a character would act in
// CommonMark with GitHub's extensions, so rapport.md reads as plain text.
#include <algorithm>
#include <string>

#include "base/escape.h"

namespace peiling {

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t'; }
bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_ascii_punctuation(char c) { return std::string_view("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").find(c) != std::string_view::npos; }

// The text on one line: line breaks become spaces (a soft break renders as one anyway, and
// a break could start a heading or a list), other control characters go, and so do spaces
// at either end (four at the start would start a code block; one at the end would keep
// a surrounding * from closing).
std::string one_markdown_line(std::string_view text) {
  std::string line;
  line.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == '\n' || c == '\r') line += ' ';
    else if ((byte >= 0x20 && byte != 0x7f) || c == '\t') line += c;
  }
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return line.substr(first, line.find_last_not_of(" \t") - first + 1);
}

// The characters before and after position i, or ' ' at either end of the text.
char before(const std::string& line, std::size_t i) { return i == 0 ? ' ' : line[i - 1]; }
char after(const std::string& line, std::size_t i) { return i + 1 < line.size() ? line[i + 1] : ' '; }

// At the start of a line these open a block: a heading, a quote, a list item ("- ", "1. "),
// a thematic break ("---", "***", "___"). Returns the position of the character to escape.
std::size_t block_marker(const std::string& line) {
  if (line.empty()) return std::string::npos;
  const char first = line[0];
  if (first == '#' || first == '>') return 0;
  if ((first == '-' || first == '+' || first == '*') && is_ascii_space(after(line, 0))) return 0;
  if (first == '-' || first == '*' || first == '_') {  // a thematic break: 3 or more, spaces between
    const bool only_marks = line.find_first_not_of(std::string(1, first) + " \t") == std::string::npos;
    if (only_marks && std::count(line.begin(), line.end(), first) >= 3) return 0;
  }
  std::size_t digits = 0;
  while (digits < line.size() && digits < 10 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits >= 1 && digits <= 9 && digits < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      is_ascii_space(after(line, digits)))
    return digits;
  return std::string::npos;
}

// A closing sequence of a heading: the # run at the end after a space is not shown.
std::size_t trailing_hashes(const std::string& line) {
  const std::size_t end = line.find_last_not_of(" \t");
  if (end == std::string::npos || line[end] != '#') return std::string::npos;
  std::size_t start = end;
  while (start > 0 && line[start - 1] == '#') --start;
  return start == 0 || is_ascii_space(line[start - 1]) ? start : std::string::npos;
}

// & followed by what reads as an entity (&amp; &#60; &#x3c;) up to a ';'.
bool starts_entity(const std::string& line, std::size_t i) {
  std::size_t k = i + 1;
  if (k < line.size() && line[k] == '#') ++k;
  const std::size_t name = k;
  while (k < line.size() && k - i < 33 && is_ascii_alnum(line[k])) ++k;
  return k > name && k < line.size() && line[k] == ';';
}

// Whether `c` at position i would open or close emphasis (* _) or strikethrough (~):
// not when it stands between spaces, and for _ not inside a word (snake_case).
bool acts_as_delimiter(const std::string& line, std::size_t i) {
  const char left = before(line, i), right = after(line, i);
  if (is_ascii_space(left) && is_ascii_space(right)) return false;
  if (line[i] == '_' && is_ascii_alnum(left) && is_ascii_alnum(right)) return false;
  return true;
}

bool needs_markdown_escape(const std::string& line, std::size_t i, MarkdownPlace place) {
  const char c = line[i];
  switch (c) {
    case '`': case '[': case ']': return true;
    case '\\': return i + 1 == line.size() || is_ascii_punctuation(line[i + 1]);
    case '*': case '_': case '~': return acts_as_delimiter(line, i);
    case '<': {
      const char next = after(line, i);
      return is_ascii_alnum(next) || next == '/' || next == '!' || next == '?';
    }
    case '&': return starts_entity(line, i);
    case '|': return place == MarkdownPlace::table_cell;
    default: return false;
  }
}

}  // namespace

std::string escape_markdown(std::string_view text, MarkdownPlace place) {
  const std::string line = one_markdown_line(text);
  const std::size_t marker = place == MarkdownPlace::text ? block_marker(line) : std::string::npos;
  const std::size_t closing = trailing_hashes(line);
  std::string out;
  out.reserve(line.size() + 8);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (i == marker || i == closing || needs_markdown_escape(line, i, place)) out += '\\';
    out += line[i];
  }
  return out;
}

}  // namespace peiling
