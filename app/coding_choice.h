// What the coding session and `code resolve` share: the prompt that reads a command, the
// frame's codes as a numbered menu and the reading of a typed choice ("4", "2 4", "n")
// into codes.
#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "engine/questionnaire.h"

namespace peiling {

// Prompts "> " and reads one command line, trimmed; nothing at the end of input or on "q".
std::optional<std::string> read_command(std::istream& in, std::ostream& out);

// A code as the dialogues show it: kUnplaceable in the user's language, any other code as
// it is, escaped for the terminal.
std::string shown_code(const std::string& code);

// "  1  f1  Fase 1: de ib'er als RT+" per code, escaped for the terminal.
void print_code_menu(const CodingFrame& frame, std::ostream& out);

// Reads "3", "2 4", "2,4" (numbers in the menu) or "n" (kUnplaceable) into codes; several
// numbers only when the frame allows multiple codes. Returns nothing and prints why to
// `out` when the choice is not valid.
std::optional<std::vector<std::string>> read_code_choice(const std::string& line, const CodingFrame& frame,
                                                         std::ostream& out);

}  // namespace peiling
