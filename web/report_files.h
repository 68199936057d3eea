// Serving the files of a written report folder (rapport.html, slides.html, charts) to a
// browser, for the presenter page and the workbench: the right content type, and the
// report's own inline style allowed while scripts stay forbidden.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <string_view>

namespace peiling::web {

// Sends `file` with its content type; false (nothing sent) when it is not a regular file.
// `frame_ancestors` is the CSP source list of who may frame it ("'none'", "'self'").
bool send_report_file(httplib::Response& response, const std::filesystem::path& file,
                      std::string_view frame_ancestors);

}  // namespace peiling::web
