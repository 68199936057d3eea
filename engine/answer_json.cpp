// Encoding a response's answers as the JSON of responses.answer_data; see answer_json.h.
#include "engine/answer_json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <tuple>

namespace peiling {

void append_json_string(std::string_view text, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t plain_from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    out.append(text, plain_from, i - plain_from);
    plain_from = i + 1;
    if (byte == '"' || byte == '\\') {
      out += '\\';
      out += static_cast<char>(byte);
    } else {
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    }
  }
  out.append(text, plain_from, std::string_view::npos);
  out += '"';
}

void append_json_number(double value, std::string& out) {
  char buffer[64];
  // Small whole numbers (every rank place, scale point and most counts) through the integer
  // conversion, which is several times cheaper; below 100000 the shortest text of a whole
  // number is its plain digits, so the stored text is the same either way.
  if (value > -100000 && value < 100000 && value == static_cast<double>(static_cast<int>(value)) &&
      !(value == 0 && std::signbit(value))) {
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<int>(value));
    out.append(buffer, end);
    return;
  }
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (error != std::errc()) throw std::invalid_argument("a number cannot be written as JSON");
  out.append(buffer, end);
}

void append_answer_json(std::vector<StoredAnswerEntry>& entries, std::string& out) {
  const auto key = [](const StoredAnswerEntry& entry) { return std::tie(entry.question, entry.item); };
  std::sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  append_sorted_answer_json(entries, out);
}

void append_sorted_answer_json(std::span<const StoredAnswerEntry> entries, std::string& out) {
  out += '{';
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const StoredAnswerEntry& entry = entries[i];
    const bool opens_question = i == 0 || entries[i - 1].question != entry.question;
    if (!opens_question && entries[i - 1].item == entry.item)
      throw std::invalid_argument("question '" + std::string(entry.question) + "' has item '" +
                                  std::string(entry.item) + "' twice");
    if (opens_question) {
      if (i > 0) out += "},";
      append_json_string(entry.question, out);
      out += ":{";
    } else {
      out += ',';
    }
    append_json_string(entry.item, out);
    out += ':';
    if (entry.number) append_json_number(*entry.number, out);
    else append_json_string(entry.text, out);
  }
  if (!entries.empty()) out += '}';
  out += '}';
}

}  // namespace peiling
