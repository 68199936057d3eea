// Report files over HTTP; see report_files.h.
#include "web/report_files.h"

#include <fstream>
#include <sstream>
#include <string>

namespace peiling::web {

namespace {

std::string content_type(const std::filesystem::path& file) {
  const std::string extension = file.extension().string();
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".png") return "image/png";
  if (extension == ".csv") return "text/csv; charset=utf-8";
  if (extension == ".md") return "text/markdown; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace

bool send_report_file(httplib::Response& response, const std::filesystem::path& file,
                      std::string_view frame_ancestors) {
  if (!std::filesystem::is_regular_file(file)) return false;
  std::ifstream in(file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  // The report carries its own inline style sheet; scripts stay forbidden.
  response.headers.erase("Content-Security-Policy");
  response.set_header("Content-Security-Policy",
                      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors " +
                          std::string(frame_ancestors));
  response.set_content(content.str(), content_type(file).c_str());
  return true;
}

}  // namespace peiling::web
