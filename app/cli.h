// The `peiling` command line: verbs, their options and help, and the exit-code contract
// (0 ok, 1 user error with a message on stderr, 2 usage error).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace peiling {

// Runs one command line (arguments without the program name) and returns the exit code.
int run_cli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace peiling
