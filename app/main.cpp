// Entry point of the `peiling` executable.
#include <iostream>

#include "app/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return peiling::run_cli(args, std::cout, std::cerr);
}
