// Zipping a report folder with libzip (Debian's libzip-dev): the archive is built in a
// memory buffer and read back whole.
#include "web/workbench_report_zip.h"

#include <zip.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

namespace peiling::web {

namespace {

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;

std::string read_back(zip_source_t* buffer) {
  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) != 0 || zip_source_open(buffer) != 0)
    throw std::runtime_error("zip: cannot read the archive back");
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) throw std::runtime_error("zip: short read");
  return bytes;
}

}  // namespace

std::string zip_folder(const std::filesystem::path& folder, const std::string& inside) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());

  zip_error_t error;
  zip_error_init(&error);
  Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) throw std::runtime_error("zip: cannot make a buffer");
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("zip: cannot start an archive");
  zip_source_keep(buffer.get());  // zip_close would free it; it is read after
  for (const auto& file : files) {
    zip_source_t* source = zip_source_file(archive, file.c_str(), 0, -1);
    const std::string name = inside + "/" + file.filename().string();
    if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      if (source) zip_source_free(source);
      zip_discard(archive);
      throw std::runtime_error("zip: cannot add " + file.string());
    }
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    throw std::runtime_error("zip: cannot finish the archive");
  }
  return read_back(buffer.get());
}

}  // namespace peiling::web
