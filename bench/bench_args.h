// For the benchmarks: one reader of their command line. Each benchmark names its options (a
// flag, a whole number, a list of whole numbers, a text) with the variable each one sets and
// a line of help; the reader refuses a bad number naming the option and the value
// ("--postgres-servers: 'x' is not a whole number"), a missing value, and an unknown option
// with the list of known ones, each as a BenchFailure (bench_failure.h), and prints the
// options with their defaults for --help.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "bench/bench_failure.h"

namespace peiling::bench {

// `text` as a whole number (digits only) of `Number`, at least `at_least`; a BenchFailure
// naming `option` and the text otherwise.
template <typename Number>
Number whole_number_of(std::string_view option, std::string_view text, std::type_identity_t<Number> at_least = 0) {
  const std::string named = std::string(option) + ": '" + std::string(text) + "'";
  Number number{};
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, number);
  if (text.empty() || text.front() < '0' || text.front() > '9' || stop != end || error == std::errc::invalid_argument)
    throw BenchFailure(named + " is not a whole number");
  if (error == std::errc::result_out_of_range) throw BenchFailure(named + " is too large");
  if (number < at_least) throw BenchFailure(named + " is less than " + std::to_string(at_least));
  return number;
}

class BenchArgs {
 public:
  // `usage`: the synopsis line --help starts with, e.g. "build/bench_start [--runs N]".
  explicit BenchArgs(std::string usage) : usage_(std::move(usage)) {}

  BenchArgs& flag(std::string name, bool& target, std::string help) {
    return flag(std::move(name), [&target] { target = true; }, std::move(help));
  }
  BenchArgs& flag(std::string name, std::function<void()> act, std::string help) {
    options_.push_back({std::move(name), "", std::move(help), [act = std::move(act)](std::string_view) { act(); }});
    return *this;
  }
  template <typename Number>
  BenchArgs& whole_number(std::string name, Number& target, std::string help, std::type_identity_t<Number> at_least = 0) {
    help += " (default " + std::to_string(target) + ")";
    options_.push_back({name, "N", std::move(help), [name, &target, at_least](std::string_view value) {
                          target = whole_number_of<Number>(name, value, at_least);
                        }});
    return *this;
  }
  // A comma-separated list such as 1,2,4; each at least 1.
  BenchArgs& number_list(std::string name, std::vector<int>& target, std::string help) {
    std::string defaults;
    for (int number : target) defaults += (defaults.empty() ? "" : ",") + std::to_string(number);
    help += " (default " + defaults + ")";
    options_.push_back({name, "N,N,...", std::move(help), [name, &target](std::string_view value) {
                          target.clear();
                          for (std::size_t start = 0; start <= value.size();) {
                            const std::size_t comma = std::min(value.find(',', start), value.size());
                            target.push_back(whole_number_of<int>(name, value.substr(start, comma - start), 1));
                            start = comma + 1;
                          }
                        }});
    return *this;
  }
  BenchArgs& text(std::string name, std::string placeholder, std::string& target, std::string help) {
    options_.push_back({std::move(name), std::move(placeholder), std::move(help),
                        [&target](std::string_view value) { target = value; }});
    return *this;
  }

  // Reads the words after the program's name, setting each option's variable in turn (a later
  // word wins). False when --help was asked: the help is printed to `out` and nothing is set.
  bool read(const std::vector<std::string>& words, std::FILE* out = stdout) const {
    for (const auto& word : words)
      if (word == "--help" || word == "-h") {
        std::fputs(help().c_str(), out);
        return false;
      }
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Option& option = find(words[i]);
      if (option.placeholder.empty()) {
        option.set("");
        continue;
      }
      if (i + 1 == words.size()) throw BenchFailure(option.name + ": needs a value (" + option.placeholder + ")");
      option.set(words[++i]);
    }
    return true;
  }
  bool read(int argc, char** argv, std::FILE* out = stdout) const {
    return read(std::vector<std::string>(argv + 1, argv + argc), out);
  }

  std::string help() const {
    std::string text = "usage: " + usage_ + "\n";
    for (const Option& option : options_) {
      std::string left = "  " + option.name + (option.placeholder.empty() ? "" : " " + option.placeholder);
      left.resize(std::max<std::size_t>(left.size() + 2, 28), ' ');
      text += left + option.help + "\n";
    }
    return text + "  --help                    this text\n";
  }

 private:
  struct Option {
    std::string name;
    std::string placeholder;  // empty for a flag
    std::string help;
    std::function<void(std::string_view)> set;
  };

  const Option& find(const std::string& word) const {
    for (const Option& option : options_)
      if (option.name == word) return option;
    std::string known;
    for (const Option& option : options_) known += (known.empty() ? "" : ", ") + option.name;
    throw BenchFailure("unknown option '" + word + "'; the options are: " + known + ", --help");
  }

  std::string usage_;
  std::vector<Option> options_;
};

}  // namespace peiling::bench
