// The slip finder: a small recursive-descent reader of JSON that notes the usual slips
// and reads on as if each were fixed; see json_slips.h.
#include "engine/json_slips.h"

#include <optional>

namespace peiling {

namespace {

constexpr std::string_view kLeftDouble = "\u201C";   // “
constexpr std::string_view kRightDouble = "\u201D";  // ”
constexpr std::string_view kLowDouble = "\u201E";    // „
constexpr std::string_view kLeftSingle = "\u2018";   // ‘
constexpr std::string_view kRightSingle = "\u2019";  // ’

// The end of reading: a problem that is not a slip (the parser's message stands then), or
// the end of the text.
struct Stop {};

class SlipFinder {
 public:
  SlipFinder(std::string_view text, Language language) : text_(text), language_(language) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;
  }

  JsonSlips find() {
    JsonSlips found;
    try {
      value();
      skip_space();
      if (at_ < text_.size()) slip(at_, Msg::slip_text_after_end);
    } catch (const Stop&) {
      found.stop = at_;
    }
    found.slips = std::move(slips_);
    return found;
  }

 private:
  template <typename... Values>
  void slip(std::size_t offset, Msg id, const Values&... values) {
    slips_.push_back({offset, text_in(language_, id, values...)});
  }

  bool at_end() const { return at_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[at_]; }
  bool looking_at(std::string_view what) const { return text_.substr(at_, what.size()) == what; }

  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++at_;
  }

  // The length of a curly quote at the current position, 0 when there is none.
  std::size_t curly_quote() const {
    for (std::string_view quote : {kLeftDouble, kRightDouble, kLowDouble, kLeftSingle, kRightSingle})
      if (looking_at(quote)) return quote.size();
    return 0;
  }

  static bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.' || c == '+' || (static_cast<unsigned char>(c) >= 0x80);
  }

  // Whether a string (or what a slip makes of one) starts here.
  bool string_starts() const { return peek() == '"' || peek() == '\'' || curly_quote() > 0; }

  void value() {
    skip_space();
    if (at_end()) throw Stop{};
    const char c = peek();
    if (c == '{') return object();
    if (c == '[') return array();
    if (string_starts()) return string();
    if (is_word_char(c) && c != '.' && c != '+') return word();
    throw Stop{};
  }

  // A double-quoted string; a curly- or single-quoted one is a slip, read to its closing quote.
  void string() {
    const std::size_t start = at_;
    if (peek() == '"') {
      ++at_;
      while (!at_end() && peek() != '"') {
        if (peek() == '\n') throw Stop{};  // an unclosed string: the parser's message says it
        at_ += peek() == '\\' ? 2 : 1;
      }
      if (at_end()) throw Stop{};
      ++at_;
      return;
    }
    const bool single = peek() == '\'';
    slip(start, single ? Msg::slip_single_quotes : Msg::slip_curly_quote);
    at_ += single ? 1 : curly_quote();
    while (!at_end() && peek() != '\n') {
      if (single && peek() == '\'') break;
      if (!single && (peek() == '"' || curly_quote() > 0)) break;
      ++at_;
    }
    if (at_end() || peek() == '\n') throw Stop{};
    at_ += peek() == '"' || peek() == '\'' ? 1 : curly_quote();
  }

  // true, false, null or a number; any other bare word is text without quotes.
  void word() {
    const std::size_t start = at_;
    while (!at_end() && is_word_char(peek())) ++at_;
    const std::string_view word = text_.substr(start, at_ - start);
    if (word == "true" || word == "false" || word == "null") return;
    if (word.front() == '-' || (word.front() >= '0' && word.front() <= '9')) return;  // the parser judges numbers
    slip(start, Msg::slip_unquoted_text, word, word);
  }

  void key() {
    skip_space();
    if (string_starts()) return string();
    const std::size_t start = at_;
    while (!at_end() && is_word_char(peek())) ++at_;
    if (at_ == start) throw Stop{};
    const std::string word(text_.substr(start, at_ - start));
    slip(start, Msg::slip_unquoted_key, word, word);
  }

  // After an element: a comma, the closing bracket, or (a slip) the next element itself.
  // Returns false at the closing bracket.
  bool separator(char close, bool element_starts_here) {
    skip_space();
    if (peek() == ',') {
      const std::size_t comma = at_++;
      skip_space();
      if (peek() == close) {
        slip(comma, Msg::slip_trailing_comma, std::string(1, close));
        ++at_;
        return false;
      }
      return true;
    }
    if (peek() == close) {
      ++at_;
      return false;
    }
    if (element_starts_here) {
      slip(last_end_, Msg::slip_missing_comma, line_of(at_));
      return true;
    }
    throw Stop{};
  }

  void object() {
    ++at_;
    skip_space();
    if (peek() == '}') {
      ++at_;
      return;
    }
    do {
      key();
      skip_space();
      if (peek() != ':') throw Stop{};
      ++at_;
      value();
      last_end_ = at_;
      skip_space();
    } while (separator('}', string_starts() || (is_word_char(peek()) && peek() != '-')));
  }

  void array() {
    ++at_;
    skip_space();
    if (peek() == ']') {
      ++at_;
      return;
    }
    do {
      value();
      last_end_ = at_;
      skip_space();
    } while (separator(']', string_starts() || peek() == '{' || peek() == '[' || is_word_char(peek())));
  }

  std::string line_of(std::size_t offset) const {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text_.size(); ++i) line += text_[i] == '\n';
    return std::to_string(line);
  }

  std::string_view text_;
  Language language_;
  std::size_t at_ = 0;
  std::size_t last_end_ = 0;  // where the last element ended: where a missing comma goes
  std::vector<JsonSlip> slips_;
};

}  // namespace

JsonSlips find_json_slips(std::string_view text, Language language) { return SlipFinder(text, language).find(); }

}  // namespace peiling
