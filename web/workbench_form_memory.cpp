// The running-forms file of workbench_form_memory.h.
#include "web/workbench_form_memory.h"

#include <fstream>
#include <sstream>
#include <string>

namespace peiling::web {

std::filesystem::path form_memory_file(const std::filesystem::path& reports_dir) {
  return reports_dir / "lopende-formulieren.txt";
}

std::vector<RememberedForm> read_remembered_forms(const std::filesystem::path& file) {
  std::vector<RememberedForm> forms;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    RememberedForm form;
    std::string scope;
    if (fields >> form.survey_id >> scope >> form.port && form.survey_id > 0 && form.port > 0 && form.port < 65536 &&
        (scope == "netwerk" || scope == "computer")) {
      form.network = scope == "netwerk";
      forms.push_back(form);
    }
  }
  return forms;
}

void write_remembered_forms(const std::filesystem::path& file, const std::vector<RememberedForm>& forms) {
  std::error_code ignored;
  if (forms.empty()) {
    std::filesystem::remove(file, ignored);
    return;
  }
  std::filesystem::create_directories(file.parent_path(), ignored);
  const std::filesystem::path partial = file.string() + ".nieuw";
  {
    std::ofstream out(partial, std::ios::trunc);
    for (const RememberedForm& form : forms)
      out << form.survey_id << ' ' << (form.network ? "netwerk" : "computer") << ' ' << form.port << '\n';
  }
  std::filesystem::rename(partial, file, ignored);  // whole or not at all
}

}  // namespace peiling::web
