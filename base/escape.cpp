// Escaping per sink; see escape.h. Markdown's, which needs to know where a character
// stands, is in markdown_escape.cpp.
#include "base/escape.h"

#include <algorithm>
#include <cstdio>

#include "base/formula_guard.h"
#include "base/utf8.h"

namespace peiling {

namespace {

constexpr std::string_view kReplacement = "\xef\xbf\xbd";  // U+FFFD

// For SVG, whose XML parser rejects the whole document over one bad character, and for
// painted text, the text is made valid UTF-8: a byte that does not belong to a well-formed
// sequence becomes U+FFFD, and the non-characters U+FFFE and U+FFFF are dropped.
// `entities` replaces & < > " ' for XML and HTML.
std::string escape_xml_like(std::string_view text, bool xml_characters_only, bool entities = true) {
  const bool drop_controls = xml_characters_only;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (xml_characters_only && byte >= 0x80) {
      const CodePoint code_point = decode_utf8(text, i);
      if (code_point.length == 0) {
        out += kReplacement;
      } else {
        if (code_point.value != 0xfffe && code_point.value != 0xffff) out.append(text.substr(i, code_point.length));
        i += code_point.length - 1;
      }
      continue;
    }
    if (entities) {
      switch (c) {
        case '&': out += "&amp;"; continue;
        case '<': out += "&lt;"; continue;
        case '>': out += "&gt;"; continue;
        case '"': out += "&quot;"; continue;
        case '\'': out += "&#39;"; continue;
        default: break;
      }
    }
    if (drop_controls && byte < 0x20 && c != '\n' && c != '\t' && c != '\r') continue;
    out += c;
  }
  return out;
}

std::string hex_escape(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\x%02x", byte);
  return buffer;
}

}  // namespace

std::string escape_html(std::string_view text) { return escape_xml_like(text, false); }

std::string escape_svg(std::string_view text) { return escape_xml_like(text, true); }

std::string escape_painted_text(std::string_view text) {
  std::string out = escape_xml_like(text, true, false);
  std::erase_if(out, [](char c) { return c == '\n' || c == '\t' || c == '\r'; });
  return out;
}

namespace {

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// "_x" + four hex digits + "_" at `at`: what Excel reads as one escaped character.
bool starts_xlsx_escape(std::string_view text, std::size_t at) {
  if (text.size() - at < 7 || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_') return false;
  for (std::size_t k = 2; k < 6; ++k)
    if (!is_hex_digit(text[at + k])) return false;
  return true;
}

}  // namespace

std::string escape_xlsx(std::string_view text) {
  const std::string valid = to_valid_utf8(text);
  std::string out;
  out.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    if (valid.compare(i, 3, "\xef\xbf\xbe") == 0 || valid.compare(i, 3, "\xef\xbf\xbf") == 0) {  // U+FFFE, U+FFFF
      i += 2;
      continue;
    }
    if (starts_xlsx_escape(valid, i)) {
      out += "_x005F_";
      continue;  // the x and the rest follow as they are
    }
    out += valid[i];
  }
  return out;
}

void append_csv_field(std::string& out, std::string_view text) {
  // The formula guard (base/formula_guard.h) is undone by the CSV import.
  const bool guard = needs_formula_guard(text);
  const bool quote = std::any_of(text.begin(), text.end(), [](char c) {
    return c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n';
  });
  if (quote) out += '"';
  if (guard) out += '\'';
  if (!quote) {
    out += text;
    return;
  }
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string escape_csv(std::string_view text) {
  std::string field;
  append_csv_field(field, text);
  return field;
}

namespace {

// The controls that reorder text on screen: marks (U+200E LRM, U+200F RLM, U+061C ALM),
// embeddings and overrides (U+202A..U+202E) and isolates (U+2066..U+2069). An answer with
// U+202E can make what follows it read backwards, e.g. a code or a file name.
bool is_bidi_control(char32_t c) {
  return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

std::string code_point_escape(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(code_point));
  return buffer;
}

}  // namespace

std::string escape_terminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [code_point, length] = decode_utf8(text, i);
    if (length == 0) {
      out += hex_escape(static_cast<unsigned char>(text[i]));  // not UTF-8: a stray byte
      ++i;
      continue;
    }
    // C0 controls, DEL, and the C1 controls U+0080..U+009F (U+009B is CSI in some terminals).
    const bool control = code_point < 0x20 || (code_point >= 0x7f && code_point <= 0x9f);
    if (control) {
      for (std::size_t k = 0; k < length; ++k) out += hex_escape(static_cast<unsigned char>(text[i + k]));
    } else if (is_bidi_control(code_point)) {
      out += code_point_escape(code_point);
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace peiling
