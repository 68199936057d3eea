// Writing a report file so that nobody opens half of it: the content goes to
// "<name>.tmp" first and is renamed over the final name only when complete. Errors are
// std::runtime_error naming the file, for a message a user can act on.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace peiling {

void write_file_atomically(const std::filesystem::path& path, const std::string& content);

// For files another function writes itself (a PNG): `write` receives the temporary path.
void replace_file_atomically(const std::filesystem::path& path,
                             const std::function<void(const std::filesystem::path& temporary)>& write);

}  // namespace peiling
