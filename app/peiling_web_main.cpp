// Entry point of `peiling-web`, the program behind `peiling serve` and `peiling workbench`:
// peiling hands its command line over to it (app/serve_handover.cpp) with the arguments
// after "serve", or "--workbench" and the arguments after "workbench"
// (app/workbench_handover.cpp). It runs them through the same verb table, so help,
// messages and exit codes are those of peiling.
#include <iostream>
#include <string>

#include "app/cli.h"

int main(int argc, char** argv) {
  const bool workbench = argc > 1 && std::string(argv[1]) == "--workbench";
  std::vector<std::string> args{workbench ? "workbench" : "serve"};
  args.insert(args.end(), argv + (workbench ? 2 : 1), argv + argc);
  return peiling::run_cli(args, std::cout, std::cerr);
}
