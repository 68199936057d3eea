// R string literals for the scripts of `export --format r`; see escape.h.
#include <cstdio>

#include "base/escape.h"
#include "base/utf8.h"

namespace peiling {

std::string escape_r_string(std::string_view text) {
  const std::string valid = to_valid_utf8(text);
  std::string out = "\"";
  char buffer[16];
  for (std::size_t at = 0; at < valid.size();) {
    const CodePoint c = decode_utf8(valid, at);
    at += c.length;
    if (c.value == 0) continue;
    if (c.value == '\\' || c.value == '"') {
      out += '\\';
      out += static_cast<char>(c.value);
    } else if (c.value == '\n') {
      out += "\\n";
    } else if (c.value == '\r') {
      out += "\\r";
    } else if (c.value == '\t') {
      out += "\\t";
    } else if (c.value < 0x20 || c.value == 0x7F) {
      std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c.value));
      out += buffer;
    } else if (c.value < 0x80) {
      out += static_cast<char>(c.value);
    } else {
      std::snprintf(buffer, sizeof buffer, c.value > 0xFFFF ? "\\U{%x}" : "\\u{%x}", static_cast<unsigned>(c.value));
      out += buffer;
    }
  }
  return out + "\"";
}

}  // namespace peiling
