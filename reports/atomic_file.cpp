// Write-then-rename file output; see atomic_file.h.
#include "reports/atomic_file.h"

#include "base/messages.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace peiling {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& reason) {
  throw std::runtime_error(text(Msg::files_cannot_write, path.string(), reason));
}

std::filesystem::path temporary_for(const std::filesystem::path& path) {
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  return temporary;
}

void discard(const std::filesystem::path& temporary) {
  std::error_code ignored;
  std::filesystem::remove(temporary, ignored);
}

}  // namespace

void replace_file_atomically(const std::filesystem::path& path,
                             const std::function<void(const std::filesystem::path& temporary)>& write) {
  const std::filesystem::path temporary = temporary_for(path);
  try {
    write(temporary);
  } catch (...) {
    discard(temporary);
    throw;
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    discard(temporary);
    fail(path, error.message());
  }
}

void write_file_atomically(const std::filesystem::path& path, const std::string& content) {
  replace_file_atomically(path, [&](const std::filesystem::path& temporary) {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) fail(path, std::strerror(errno));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) fail(path, std::strerror(errno));
  });
}

}  // namespace peiling
