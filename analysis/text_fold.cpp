// Case and accent folding through utf8proc; see text_fold.h.
#include "analysis/text_fold.h"

#include <algorithm>
#include <cstdlib>

#include <utf8proc.h>

namespace peiling {

namespace {

bool is_word_byte(unsigned char c) {
  // Letters and digits in ASCII, and every byte of a multi-byte UTF-8 character (letters
  // like ß survive folding as such).
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

void ascii_lower_into(std::string_view text, std::string& out) {
  out.assign(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

}  // namespace

std::string fold_text(std::string_view text) {
  std::string folded;
  fold_text_into(text, folded);
  return folded;
}

void fold_text_into(std::string_view text, std::string& out) {
  // Plain ASCII, as most answers are, has no marks to strip: lower case is all utf8proc
  // would do, at a fraction of the cost (a report folds every open answer).
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return ascii_lower_into(text, out);
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                   static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  if (length < 0) return ascii_lower_into(text, out);
  out.assign(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);
}

bool contains_word(std::string_view folded_text, std::string_view folded_word) {
  if (folded_word.empty()) return false;
  for (auto at = folded_text.find(folded_word); at != std::string_view::npos;
       at = folded_text.find(folded_word, at + 1))
    if (at == 0 || !is_word_byte(static_cast<unsigned char>(folded_text[at - 1]))) return true;
  return false;
}

WordStarts::WordStarts(std::vector<std::string> folded_words) : words_(std::move(folded_words)) {
  for (std::size_t w = 0; w < words_.size(); ++w)
    if (!words_[w].empty()) by_first_byte_[static_cast<unsigned char>(words_[w].front())].push_back(w);
}

void WordStarts::find_in(std::string_view folded_text, std::vector<bool>& found) const {
  for (std::size_t at = 0; at < folded_text.size(); ++at) {
    if (at > 0 && is_word_byte(static_cast<unsigned char>(folded_text[at - 1]))) continue;
    for (std::size_t w : by_first_byte_[static_cast<unsigned char>(folded_text[at])])
      if (folded_text.compare(at, words_[w].size(), words_[w]) == 0) found[w] = true;
  }
}

}  // namespace peiling
