// The one UTF-8 decoder (base/utf8.h): what RFC 3629 allows and what it does not.
#include <catch2/catch.hpp>
#include <string>

#include "base/utf8.h"

using peiling::decode_utf8;
using peiling::invalid_utf8_offset;
using peiling::is_valid_utf8;
using peiling::text_position;
using peiling::to_valid_utf8;
using peiling::utf8_length;

TEST_CASE("is_valid_utf8 accepts well-formed text of every length", "[utf8]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("leerkrachten"));
  CHECK(is_valid_utf8("kenniscoördinator"));           // 2 bytes
  CHECK(is_valid_utf8("\xe2\x82\xac 5"));              // € (3 bytes)
  CHECK(is_valid_utf8("\xf0\x9f\x98\x80"));            // U+1F600 (4 bytes)
  CHECK(is_valid_utf8("\xf4\x8f\xbf\xbf"));            // U+10FFFF, the last code point
  CHECK(is_valid_utf8("\xed\x9f\xbf"));                // U+D7FF, just below the surrogates
  CHECK(is_valid_utf8(std::string("a\0b", 3)));        // NUL is a character
}

TEST_CASE("is_valid_utf8 refuses overlong forms, surrogates, code points above U+10FFFF and bad bytes",
          "[utf8]") {
  CHECK_FALSE(is_valid_utf8("\xc0\xbc"));              // '<' in two bytes
  CHECK_FALSE(is_valid_utf8("\xc1\xbf"));
  CHECK_FALSE(is_valid_utf8("\xe0\x80\xaf"));          // '/' in three bytes
  CHECK_FALSE(is_valid_utf8("\xf0\x80\x80\xaf"));      // and in four
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));          // U+D800, a surrogate
  CHECK_FALSE(is_valid_utf8("\xed\xbf\xbf"));          // U+DFFF
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));      // U+110000
  CHECK_FALSE(is_valid_utf8("\xf5\x80\x80\x80"));      // F5 lead byte
  CHECK_FALSE(is_valid_utf8("\xff"));
  CHECK_FALSE(is_valid_utf8("\x80"));                  // a continuation byte alone
  CHECK_FALSE(is_valid_utf8("co\xf6rdinator"));        // Latin-1
  CHECK_FALSE(is_valid_utf8("\xe2\x82"));              // cut off at the end
  CHECK_FALSE(is_valid_utf8("\xe2\x82x"));             // cut off by another character
}

TEST_CASE("invalid_utf8_offset names the first bad byte", "[utf8]") {
  CHECK(invalid_utf8_offset("abc") == std::string_view::npos);
  CHECK(invalid_utf8_offset("ab\xc0\xbc") == 2);
  CHECK(invalid_utf8_offset("é\xed\xa0\x80") == 2);
}

TEST_CASE("decode_utf8 gives the code point and its length", "[utf8]") {
  const std::string text = "aé€\xf0\x9f\x98\x80";
  CHECK(decode_utf8(text, 0).value == U'a');
  CHECK(decode_utf8(text, 1).value == U'é');
  CHECK(decode_utf8(text, 1).length == 2);
  CHECK(decode_utf8(text, 3).value == U'€');
  CHECK(decode_utf8(text, 6).value == 0x1f600);
  CHECK(decode_utf8(text, 6).length == 4);
  CHECK(decode_utf8(text, 2).length == 0);  // the middle of é
  CHECK(decode_utf8(text, text.size()).length == 0);
}

TEST_CASE("utf8_length counts characters, not bytes", "[utf8]") {
  CHECK(utf8_length("één") == 3u);
  CHECK(utf8_length("") == 0u);
  CHECK_FALSE(utf8_length("\xc0\xbc").has_value());
}

TEST_CASE("to_valid_utf8 replaces each stray byte with U+FFFD", "[utf8]") {
  CHECK(to_valid_utf8("ok é") == "ok é");
  CHECK(to_valid_utf8("a\xc0\xbc" "b") == "a\xef\xbf\xbd\xef\xbf\xbd" "b");
  CHECK(is_valid_utf8(to_valid_utf8("\xed\xa0\x80\xf5\xff")));
}

TEST_CASE("text_position counts lines and characters from 1", "[utf8]") {
  const std::string text = "{\n  \"tïtel\": \xc0";
  const auto position = text_position(text, text.find('\xc0'));
  CHECK(position.line == 2);
  CHECK(position.column == 12);  // ï is one character
  CHECK(text_position(text, 0).line == 1);
  CHECK(text_position(text, 0).column == 1);
}
