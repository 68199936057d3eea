// The CSV formula guard; see formula_guard.h.
#include "base/formula_guard.h"

#include <utf8proc.h>

#include "base/utf8.h"

namespace peiling {

namespace {

// The character a compatibility decomposition (NFKC's mapping) gives for `c` when that is
// one character, else `c`: ＝ gives =, a no-break or full-width space gives a space.
char32_t compatibility_form(char32_t c) {
  if (c < 0x80) return c;
  utf8proc_int32_t decomposed[4];
  int boundclass = 0;
  const auto length = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), decomposed, 4,
                                              static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &boundclass);
  return length == 1 ? static_cast<char32_t>(decomposed[0]) : c;
}

bool is_formula_start(char32_t c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

bool starts_formula(std::string_view value) {
  for (std::size_t at = 0; at < value.size();) {
    const CodePoint c = decode_utf8(value, at);
    if (c.length == 0) return false;
    const char32_t form = compatibility_form(c.value);
    if (form != ' ') return is_formula_start(form);
    at += c.length;
  }
  return false;  // empty, or spaces only
}

bool needs_formula_guard(std::string_view value) {
  if (starts_formula(value)) return true;
  return has_formula_guard(value);
}

std::string guard_formula(std::string_view value) {
  return needs_formula_guard(value) ? "'" + std::string(value) : std::string(value);
}

bool has_formula_guard(std::string_view value) {
  if (value.size() < 2 || value[0] != '\'') return false;
  const std::string_view rest = value.substr(1);
  return rest[0] == '\'' || starts_formula(rest);
}

}  // namespace peiling
