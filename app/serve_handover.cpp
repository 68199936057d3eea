// `peiling serve` as the `peiling` program runs it: hands the command line over (execv) to
// the companion program peiling-web in the same folder, which holds the web server. Only
// peiling-web links cpp-httplib and through it OpenSSL and brotli, so that every other verb
// starts without loading them (see the start-time note in CMakeLists.txt).
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "base/messages.h"
#include "app/verbs.h"

namespace peiling {

namespace {

// peiling-web sits next to the running peiling, wherever that was installed or built.
std::filesystem::path companion_program() {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) throw std::runtime_error(text(Msg::serve_no_folder, error.message()));
  return self.parent_path() / PEILING_WEB_PROGRAM;
}

}  // namespace

int run_serve(const std::vector<std::string>& args, VerbIo& io) {
  const std::string companion = companion_program().string();
  std::vector<std::string> command{companion};
  command.insert(command.end(), args.begin(), args.end());
  // A --lang given before the verb was taken off by run_cli; peiling-web gets it back.
  const bool has_lang = std::any_of(args.begin(), args.end(), [](const std::string& a) { return a.rfind("--lang", 0) == 0; });
  if (!has_lang) command.insert(command.end(), {"--lang", user_language() == Language::nl ? "nl" : "en"});
  std::vector<char*> argv;
  for (auto& argument : command) argv.push_back(argument.data());
  argv.push_back(nullptr);
  io.out.flush();
  io.err.flush();
  execv(companion.c_str(), argv.data());  // returns only when it could not start
  throw std::runtime_error(text(Msg::serve_cannot_start, companion, std::strerror(errno)));
}

}  // namespace peiling
