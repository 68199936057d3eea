// The sub-verbs of `peiling code` beyond list, set and import, each in its own file:
// the interactive session, export for a second coder, compare and resolve.
#pragma once

#include <string>
#include <vector>

#include "app/verbs.h"

namespace peiling {

int run_code_session(const std::vector<std::string>& args, VerbIo& io);  // `code --survey ID --coder NAME`
int run_code_export(const std::vector<std::string>& args, VerbIo& io);
int run_code_compare(const std::vector<std::string>& args, VerbIo& io);
int run_code_resolve(const std::vector<std::string>& args, VerbIo& io);

// "a,b, c" -> {"a", "b", "c"}; empty parts are dropped.
std::vector<std::string> split_list(const std::string& text);

}  // namespace peiling
