// The report folder as one zip file, for the workbench's download (libzip, in memory: a
// report folder is a few megabytes at most).
#pragma once

#include <filesystem>
#include <string>

namespace peiling::web {

// The files directly in `folder`, each stored as `inside/NAME` in a zip archive returned
// as bytes. Throws std::runtime_error naming the file libzip could not add.
std::string zip_folder(const std::filesystem::path& folder, const std::string& inside);

}  // namespace peiling::web
