// Entry point of `peiling-web`, the program behind `peiling serve`: peiling hands its
// command line over to it (app/serve_handover.cpp) with the arguments after "serve". It runs
// them through the same verb table, so help, messages and exit codes are those of peiling.
#include <iostream>

#include "app/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args{"serve"};
  args.insert(args.end(), argv + 1, argv + argc);
  return peiling::run_cli(args, std::cout, std::cerr);
}
