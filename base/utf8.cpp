// UTF-8 decoding through utf8proc; see utf8.h.
#include "base/utf8.h"

#include <utf8proc.h>

namespace peiling {

namespace {

constexpr std::string_view kReplacement = "\xef\xbf\xbd";  // U+FFFD

bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }

}  // namespace

CodePoint decode_utf8(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {};
  if (is_ascii(text[at])) return {static_cast<char32_t>(text[at]), 1};
  utf8proc_int32_t value = 0;
  const utf8proc_ssize_t length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                                   static_cast<utf8proc_ssize_t>(text.size() - at), &value);
  if (length <= 0) return {};
  return {static_cast<char32_t>(value), static_cast<std::size_t>(length)};
}

std::size_t invalid_utf8_offset(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (is_ascii(text[at])) {  // most text is ASCII: no call per character
      ++at;
      continue;
    }
    const std::size_t length = decode_utf8(text, at).length;
    if (length == 0) return at;
    at += length;
  }
  return std::string_view::npos;
}

std::optional<std::size_t> utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); ++count) {
    const std::size_t length = is_ascii(text[at]) ? 1 : decode_utf8(text, at).length;
    if (length == 0) return std::nullopt;
    at += length;
  }
  return count;
}

std::string to_valid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string valid;
  valid.reserve(text.size() + 8);
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = decode_utf8(text, at).length;
    if (length == 0) {
      valid += kReplacement;
      ++at;
    } else {
      valid.append(text.substr(at, length));
      at += length;
    }
  }
  return valid;
}

std::string encode_utf8(char32_t code_point) {
  utf8proc_uint8_t bytes[4];
  const auto length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), bytes);
  return std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
}

TextPosition text_position(std::string_view text, std::size_t offset) {
  TextPosition position;
  if (offset > text.size()) offset = text.size();
  for (std::size_t at = 0; at < offset;) {
    if (text[at] == '\n') {
      ++position.line;
      position.column = 1;
      ++at;
      continue;
    }
    const std::size_t length = decode_utf8(text, at).length;
    at += length == 0 ? 1 : length;
    ++position.column;
  }
  return position;
}

}  // namespace peiling
