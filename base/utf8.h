// UTF-8 decoded in one place, for every reader and every escaper: well-formed as RFC 3629
// says (no overlong forms such as C0 BC, no surrogates such as ED A0 80, nothing above
// U+10FFFF, no F5..FF lead bytes). utf8proc does the decoding; readers refuse text that is
// not valid and say where (text_position), so every sink can rely on valid UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace peiling {

// One decoded character: its code point and how many bytes it took. length 0 means the
// bytes there are not a well-formed sequence (or the text has ended).
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;
};

// The character that starts at byte `at` of `text`.
CodePoint decode_utf8(std::string_view text, std::size_t at);

// The byte offset of the first byte that is not part of a well-formed sequence, or
// std::string_view::npos when the whole text is valid UTF-8.
std::size_t invalid_utf8_offset(std::string_view text);

inline bool is_valid_utf8(std::string_view text) { return invalid_utf8_offset(text) == std::string_view::npos; }

// The number of characters (code points); nullopt when the text is not valid UTF-8.
std::optional<std::size_t> utf8_length(std::string_view text);

// `text` with every byte that does not belong to a well-formed sequence replaced by U+FFFD,
// for sinks that must never fail on a stray byte (an old database, a file name).
std::string to_valid_utf8(std::string_view text);

// `code_point` encoded as UTF-8.
std::string encode_utf8(char32_t code_point);

// A byte offset of a text as people count: line 1 is the first line, column 1 its first
// character (code points, so "coördinator" has its 'r' in column 5). Bytes that are not
// UTF-8 count as one character each.
struct TextPosition {
  int line = 1;
  int column = 1;
};
TextPosition text_position(std::string_view text, std::size_t offset);

}  // namespace peiling
