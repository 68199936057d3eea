// Resolving questionnaire names; see questionnaire_files.h.
#include "app/questionnaire_files.h"

#include "base/messages.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace peiling {

namespace fs = std::filesystem;

std::string bundled_questionnaire_dir() {
  // PEILING_QUESTIONNAIRES lets an installed or moved peiling find its bundled files.
  if (const char* dir = std::getenv("PEILING_QUESTIONNAIRES")) return dir;
  return PEILING_QUESTIONNAIRE_DIR;
}

std::string resolve_questionnaire_path(const std::string& name) {
  if (fs::is_regular_file(name)) return name;
  const fs::path bundled = fs::path(bundled_questionnaire_dir()) / (name + ".json");
  if (name.find('/') == std::string::npos && fs::is_regular_file(bundled)) return bundled.string();
  std::vector<std::string> known;
  if (fs::is_directory(bundled_questionnaire_dir()))
    for (const auto& entry : fs::directory_iterator(bundled_questionnaire_dir()))
      if (entry.path().extension() == ".json" && !entry.path().stem().string().ends_with(".schema"))
        known.push_back(entry.path().stem().string());
  std::sort(known.begin(), known.end());
  std::string message = text(Msg::no_such_questionnaire, name);
  if (!known.empty()) {
    std::string ids;
    for (const auto& id : known) ids += (ids.empty() ? "" : " ") + id;
    message += text(Msg::bundled_list, ids);
  }
  throw std::runtime_error(message);
}

}  // namespace peiling
