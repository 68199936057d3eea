// A question's tally as text and back (see QuestionTally::saved), so a board's tallies can be
// kept between unit reports (kept_board_tallies.h). One line per group:
//   answering coded keys k1 .. kn values v1 c1 .. vm cm
// numbers as std::to_chars writes them (a double in the shortest text that reads back the
// same), so a restored tally summarises to exactly the figures of the one that was saved.
#include <charconv>
#include <map>

#include "analysis/question_tally.h"

namespace peiling {

namespace {

template <typename Number>
void put(std::string& out, Number number) {
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
  out.append(buffer, end);
  out += ' ';
}

// Reads the space-separated numbers of one line; any other text ends it with failed() set.
class Numbers {
 public:
  explicit Numbers(std::string_view line) : rest_(line) {}
  template <typename Number>
  Number next() {
    Number number{};
    const auto [end, error] = std::from_chars(rest_.data(), rest_.data() + rest_.size(), number);
    if (error != std::errc() || (end != rest_.data() + rest_.size() && *end != ' ')) failed_ = true;
    if (failed_) return Number{};
    rest_.remove_prefix(static_cast<std::size_t>(end - rest_.data()));
    if (!rest_.empty()) rest_.remove_prefix(1);
    return number;
  }
  bool failed() const { return failed_; }
  bool at_end() const { return rest_.empty(); }

 private:
  std::string_view rest_;
  bool failed_ = false;
};

}  // namespace

std::string QuestionTally::saved() const {
  std::string out;
  for (std::size_t g = 0; g < counts_.size(); ++g) {
    put(out, answering_[g]);
    put(out, coded_[g]);
    put(out, counts_[g].size());
    for (int count : counts_[g]) put(out, count);
    put(out, values_[g].size());
    for (const auto& [value, count] : values_[g]) {
      put(out, value);
      put(out, count);
    }
    out.back() = '\n';
  }
  return out;
}

bool QuestionTally::restore(std::string_view text) {
  auto counts = counts_;
  auto values = values_;
  auto answering = answering_;
  auto coded = coded_;
  for (std::size_t g = 0; g < counts_.size(); ++g) {
    const std::size_t end = text.find('\n');
    if (end == std::string_view::npos) return false;
    Numbers numbers(text.substr(0, end));
    text.remove_prefix(end + 1);
    answering[g] += numbers.next<int>();
    coded[g] += numbers.next<int>();
    if (numbers.next<std::size_t>() != counts[g].size()) return false;
    for (int& count : counts[g]) count += numbers.next<int>();
    const std::size_t value_count = numbers.next<std::size_t>();
    for (std::size_t v = 0; v < value_count && !numbers.failed(); ++v) {
      const double value = numbers.next<double>();
      values[g][value] += numbers.next<int>();
    }
    if (numbers.failed() || !numbers.at_end()) return false;
  }
  if (!text.empty()) return false;
  counts_ = std::move(counts);
  values_ = std::move(values);
  answering_ = std::move(answering);
  coded_ = std::move(coded);
  return true;
}

}  // namespace peiling
