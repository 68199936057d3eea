// The command prompt, the numbered code menu and choice parsing of coding_choice.h.
#include "app/coding_choice.h"

#include <algorithm>
#include <istream>
#include <sstream>

#include "engine/store.h"
#include "engine/text.h"
#include "base/escape.h"

namespace peiling {

std::optional<std::string> read_command(std::istream& in, std::ostream& out) {
  out << "> " << std::flush;
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  line = std::string(trim(line));
  if (line == "q") return std::nullopt;
  return line;
}

void print_code_menu(const CodingFrame& frame, std::ostream& out) {
  for (std::size_t i = 0; i < frame.codes.size(); ++i)
    out << "  " << (i + 1) << "  " << escape_terminal(frame.codes[i].id) << "  " << escape_terminal(frame.codes[i].label)
        << "\n";
  out << "  n  " << kUnplaceable << "\n";
}

std::optional<std::vector<std::string>> read_code_choice(const std::string& line, const CodingFrame& frame,
                                                         std::ostream& out) {
  std::string text(trim(line));
  if (text == "n") return std::vector<std::string>{kUnplaceable};
  std::replace(text.begin(), text.end(), ',', ' ');
  std::istringstream numbers(text);
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
      out << "'" << escape_terminal(word) << "' is geen keuze; typ een nummer van 1 tot en met " << frame.codes.size()
          << " of ? voor hulp\n";
      return std::nullopt;
    }
    const std::string& code = frame.codes[static_cast<std::size_t>(number - 1)].id;
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  if (codes.empty()) return std::nullopt;
  if (codes.size() > 1 && !frame.multiple) {
    out << "dit codeerschema staat één code per antwoord toe; kies één nummer\n";
    return std::nullopt;
  }
  return codes;
}

}  // namespace peiling
