// A guard for "one language per user": finds the words of the other language in what
// peiling shows (a page, a message, a report), so a text that bypasses the catalogue
// (base/messages.h) is caught even when the catalogue itself is complete. The marker words
// are common words of one language that the other does not use (not "groep": it is also
// the name of the import's group column in both languages); the
// questionnaire's own texts (Dutch in the bundled files) are taken out first.
#pragma once

#include <algorithm>
#include <cctype>
#include <utility>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "base/language.h"
#include "test_support.h"

namespace peiling::testing {

inline const std::set<std::string>& dutch_markers() {
  static const std::set<std::string> words{
      "de",    "het",   "een",   "niet",  "je",     "jouw",    "geen",     "van",   "voor",  "met",
      "naar",  "deze",  "dit",   "zijn",  "wordt",  "worden",  "kan",      "kon",   "moet",  "bestaat",
      "opnieuw", "antwoord", "antwoorden", "vraag", "vragen", "rij", "bestand", "verplicht",
      "en",    "ook",   "bij",   "nog",   "maar",   "dat",     "wat",      "welke", "hoort", "keer",
      "elke",  "vragenlijst", "gesloten", "bedankt", "onbekend", "onbekende", "heeft", "staat", "tot"};
  return words;
}

inline const std::set<std::string>& english_markers() {
  static const std::set<std::string> words{
      "the",    "and",     "not",  "you",   "your",  "this",     "with",   "from",  "question", "questions",
      "answer", "answers", "survey", "row",  "file",  "required", "must",   "cannot", "could",   "does",
      "there",  "which",   "only", "each",  "once",  "unknown",  "closed", "thank", "should",  "has"};
  return words;
}

// The words of `text` that mark the language other than `expected`, each once, in order.
inline std::vector<std::string> other_language_words(const std::string& text, Language expected) {
  const auto& markers = expected == Language::en ? dutch_markers() : english_markers();
  std::vector<std::string> found;
  std::string word;
  auto flush = [&] {
    if (markers.count(word) && std::find(found.begin(), found.end(), word) == found.end()) found.push_back(word);
    word.clear();
  };
  for (const char c : text) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalpha(byte) || byte >= 0x80) word += static_cast<char>(std::tolower(byte));
    else flush();
  }
  flush();
  return found;
}

// What a person reads of an HTML page: the text between tags, plus the attributes a screen
// reader or the page's script shows (aria-label, alt, data-* texts).
// `text` without what it quotes in single quotes: ids, column names, commands
// ('peiling survey list'), which are the same in both languages.
inline std::string without_quoted_values(const std::string& text) {
  return std::regex_replace(text, std::regex("'[^'\\n]*'"), " ");
}

// `html` without its <script> and <style> blocks that hold no '<' (as the regex
// <(script|style)[^>]*>[^<]*</(script|style)> would, but in a loop: std::regex recurses once per
// character of a long style sheet, which overflows the stack under AddressSanitizer).
inline std::string without_script_and_style(const std::string& html) {
  std::string text;
  std::size_t from = 0;
  for (std::size_t open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
    const bool block = html.compare(open, 7, "<script") == 0 || html.compare(open, 6, "<style") == 0;
    if (!block || open < from) continue;
    const std::size_t content = html.find('>', open);
    if (content == std::string::npos) break;
    const std::size_t close = html.find('<', content);
    if (close == std::string::npos) break;
    const bool closes = html.compare(close, 8, "</script") == 0 || html.compare(close, 7, "</style") == 0;
    const std::size_t end = closes ? html.find('>', close) : std::string::npos;
    if (end == std::string::npos) continue;
    text.append(html, from, open - from).append(" ");
    from = end + 1;
    open = end;
  }
  return text.append(html, from, std::string::npos);
}

// `html` with each tag a space (as std::regex_replace of <[^>]*> would, but in a loop: a chart's
// <path d="..."> of 6,000 characters made std::regex recurse past the stack under AddressSanitizer).
inline std::string without_tags(const std::string& html) {
  std::string text;
  std::size_t from = 0;
  for (std::size_t open = html.find('<'); open != std::string::npos; open = html.find('<', from)) {
    const std::size_t close = html.find('>', open);
    if (close == std::string::npos) break;
    text.append(html, from, open - from).append(" ");
    from = close + 1;
  }
  return text.append(html, from, std::string::npos);
}

inline std::string readable_text(const std::string& html) {
  std::string text = without_script_and_style(html);
  std::string attributes;
  const std::regex shown("(aria-label|alt|data-[a-z-]+)=\"([^\"]*)\"");
  for (std::sregex_iterator it(text.begin(), text.end(), shown), end; it != end; ++it) attributes += " " + (*it)[2].str();
  text = without_tags(text) + attributes;
  for (const auto& [entity, character] : {std::pair{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                                          {"&#39;", "'"}, {"&lsquo;", "'"}, {"&rsquo;", "'"}})
    for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at)) text.replace(at, std::string(entity).size(), character);
  return text;
}

// `text` without every string value of the definition file `definition` (its titles, labels, ids),
// longest first, so what is left is peiling's own words.
inline std::string without_definition_texts(std::string text, const std::string& definition) {
  const std::string json = read_file(definition);
  std::vector<std::string> strings;
  const std::regex quoted("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(:?)");  // a key is followed by ':'
  for (std::sregex_iterator it(json.begin(), json.end(), quoted), end; it != end; ++it)
    if ((*it)[1].length() > 1 && (*it)[2].length() == 0) strings.push_back((*it)[1].str());
  std::sort(strings.begin(), strings.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (const auto& string : strings)
    for (auto at = text.find(string); at != std::string::npos; at = text.find(string, at)) text.replace(at, string.size(), " ");
  return text;
}

// `text` without the definition's long texts where a writer shortened them at a word
// ("Hoe belangrijk vind jij…", as chart titles and headings do).
inline std::string without_shortened_texts(std::string text, const std::string& definition) {
  const std::string json = read_file(definition);
  const std::regex quoted("\"((?:[^\"\\\\]|\\\\.)*)\"");
  for (std::sregex_iterator it(json.begin(), json.end(), quoted), end; it != end; ++it) {
    const std::string string = (*it)[1].str();
    for (auto space = string.rfind(' '); space != std::string::npos && space > 0; space = string.rfind(' ', space - 1)) {
      const std::string cut = string.substr(0, space) + "…";
      for (auto at = text.find(cut); at != std::string::npos; at = text.find(cut, at)) text.replace(at, cut.size(), " ");
    }
  }
  return text;
}

}  // namespace peiling::testing
