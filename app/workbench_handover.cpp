// `peiling workbench` as the `peiling` program runs it: like `serve` (serve_handover.cpp),
// it hands the command line over to peiling-web, which holds the HTTP server.
#include "app/verbs.h"

namespace peiling {

int run_workbench(const std::vector<std::string>& args, VerbIo& io) {
  std::vector<std::string> handed_over{"--workbench"};
  handed_over.insert(handed_over.end(), args.begin(), args.end());
  return run_serve(handed_over, io);
}

}  // namespace peiling
