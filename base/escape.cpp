// Escaping per sink; see escape.h.
#include "base/escape.h"

#include <cstdio>

#include "base/formula_guard.h"

namespace peiling {

namespace {

constexpr std::string_view kReplacement = "\xef\xbf\xbd";  // U+FFFD

// The length of the well-formed UTF-8 sequence starting at text[at] (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF) and its code point; 0 when the
// byte there does not start one.
std::size_t utf8_sequence(std::string_view text, std::size_t at, char32_t& code_point) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  const std::size_t length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3
                             : lead >= 0xf0 && lead <= 0xf4                                   ? 4
                                                                                              : 0;
  if (length == 0 || at + length > text.size()) return 0;
  char32_t value = lead & (0x7f >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[at + i]);
    if ((byte & 0xc0) != 0x80) return 0;
    value = (value << 6) | (byte & 0x3f);
  }
  constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kSmallest[length] || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return 0;
  code_point = value;
  return length;
}

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
      char32_t code_point = 0;
      const std::size_t length = utf8_sequence(text, i, code_point);
      if (length == 0) {
        out += kReplacement;
      } else {
        if (code_point != 0xfffe && code_point != 0xffff) out.append(text.substr(i, length));
        i += length - 1;
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

std::string escape_csv(std::string_view text) {
  // The formula guard (base/formula_guard.h) is undone by the CSV import.
  const std::string field = guard_formula(text);
  if (field.find_first_of(",;\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string escape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\r') continue;
    // Other control characters (terminal escape sequences) have no place in a report file.
    if ((byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7f) continue;
    if (c == '\n') {
      out += "<br>";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (std::string_view("\\`*_{}[]()#+-.!|~").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string escape_terminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t code_point = 0;
    const std::size_t length = utf8_sequence(text, i, code_point);
    if (length == 0) {
      out += hex_escape(static_cast<unsigned char>(text[i]));  // not UTF-8: a stray byte
      ++i;
      continue;
    }
    // C0 controls, DEL, and the C1 controls U+0080..U+009F (U+009B is CSI in some terminals).
    const bool control = code_point < 0x20 || (code_point >= 0x7f && code_point <= 0x9f);
    for (std::size_t k = 0; k < length; ++k)
      out += control ? hex_escape(static_cast<unsigned char>(text[i + k])) : std::string(1, text[i + k]);
    i += length;
  }
  return out;
}

}  // namespace peiling
