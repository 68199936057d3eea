// The command prompt, the numbered code menu and choice parsing of coding_choice.h.
#include "app/coding_choice.h"

#include <algorithm>
#include <istream>
#include <sstream>

#include "engine/store.h"
#include "engine/text.h"
#include "base/escape.h"
#include "base/messages.h"

namespace peiling {

std::optional<std::string> read_command(std::istream& in, std::ostream& out) {
  out << "> " << std::flush;
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  line = std::string(trim(line));
  if (line == "q") return std::nullopt;
  return line;
}

std::string shown_code(const std::string& code) {
  return code == kUnplaceable ? text(Msg::coding_unplaceable) : escape_terminal(code);
}

void print_code_menu(const CodingFrame& frame, std::ostream& out) {
  for (std::size_t i = 0; i < frame.codes.size(); ++i)
    out << "  " << (i + 1) << "  " << escape_terminal(frame.codes[i].id) << "  " << escape_terminal(frame.codes[i].label)
        << "\n";
  out << "  n  " << text(Msg::coding_unplaceable) << "\n";
}

std::optional<std::vector<std::string>> read_code_choice(const std::string& line, const CodingFrame& frame,
                                                         std::ostream& out) {
  std::string typed(trim(line));
  if (typed == "n") return std::vector<std::string>{kUnplaceable};
  std::replace(typed.begin(), typed.end(), ',', ' ');
  std::istringstream numbers(typed);
  std::vector<std::string> codes;
  for (std::string word; numbers >> word;) {
    std::size_t used = 0;
    int number = 0;
    try {
      number = std::stoi(word, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != word.size() || number < 1 || number > static_cast<int>(frame.codes.size())) {
      out << text(Msg::coding_not_a_choice, escape_terminal(word), frame.codes.size());
      return std::nullopt;
    }
    const std::string& code = frame.codes[static_cast<std::size_t>(number - 1)].id;
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  if (codes.empty()) return std::nullopt;
  if (codes.size() > 1 && !frame.multiple) {
    out << text(Msg::coding_one_code_only);
    return std::nullopt;
  }
  return codes;
}

}  // namespace peiling
