// The pre-parse pass over JSON text; see json_prescan.h.
#include "engine/json_prescan.h"

#include <cstdio>

#include "base/utf8.h"

namespace peiling {

namespace {

std::string byte_hex(char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02X", static_cast<unsigned char>(byte));
  return buffer;
}

// The offset of the first bracket that opens level kMaxJsonNesting + 1, or npos. Tracks
// only whether it is inside a string (and after a backslash there), as the parser does.
std::size_t too_deep_offset(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonNesting) return at;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<JsonTextProblem> prescan_json(std::string_view text, Language language) {
  if (const std::size_t bad = invalid_utf8_offset(text); bad != std::string_view::npos)
    return JsonTextProblem{bad, text_in(language, Msg::def_not_utf8, byte_hex(text[bad]))};
  if (const std::size_t deep = too_deep_offset(text); deep != std::string_view::npos)
    return JsonTextProblem{deep, text_in(language, Msg::def_too_deep, kMaxJsonNesting)};
  return std::nullopt;
}

}  // namespace peiling
