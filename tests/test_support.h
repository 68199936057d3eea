// Helpers the tests share: scratch folders that clean up after themselves, running the
// peiling executable as a process, reading files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/messages.h"

namespace peiling::testing {

// A fresh, empty folder under the system temp dir, removed with everything in it.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a program with arguments (no shell interpretation of the arguments) in `work_dir`,
// with `input` as its standard input (empty: end of input at once), as a pipe would feed it.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::filesystem::path& work_dir, const std::string& input = "");

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& text);

std::size_t count_occurrences(const std::string& text, const std::string& needle);

// Sets the language of the messages (base/messages.h) for one test, and Dutch, the default,
// again after it: for tests that check a message's English wording.
class MessagesIn {
 public:
  explicit MessagesIn(Language language) { set_user_language(language); }
  ~MessagesIn() { set_user_language(Language::nl); }
  MessagesIn(const MessagesIn&) = delete;
  MessagesIn& operator=(const MessagesIn&) = delete;
};

}  // namespace peiling::testing
