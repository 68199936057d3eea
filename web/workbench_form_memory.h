// Which respondent forms the workbench has running, remembered in a small file beside the
// reports (reports_dir/lopende-formulieren.txt, one "survey network port" line per form), so
// that a workbench started again restarts each on its old port (the links and QR codes
// already handed out keep working) or, when that port is taken, says so on the Collect page.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace peiling::web {

struct RememberedForm {
  std::int64_t survey_id = 0;
  bool network = false;
  int port = 0;
};

std::filesystem::path form_memory_file(const std::filesystem::path& reports_dir);

// The remembered forms; none when the file is missing. Lines that do not read are skipped.
std::vector<RememberedForm> read_remembered_forms(const std::filesystem::path& file);

// Replaces the file with `forms` (removes it when there are none).
void write_remembered_forms(const std::filesystem::path& file, const std::vector<RememberedForm>& forms);

}  // namespace peiling::web
