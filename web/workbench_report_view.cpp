// A written report folder on a workbench page; see workbench_report_view.h.
#include "web/workbench_report_view.h"

#include <algorithm>

#include "base/escape.h"
#include "base/messages.h"

namespace peiling::web {

namespace {

std::vector<std::string> file_names(const std::filesystem::path& folder, const std::string& extension) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.is_regular_file() && (extension.empty() || entry.path().extension() == extension))
      names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string file_list(const std::string& base, const std::filesystem::path& folder) {
  const auto names = file_names(folder, "");
  std::string html = "<details><summary>" + escape_html(text(Msg::wbr_all_report_files, names.size())) + "</summary><ul>";
  for (const auto& name : names)
    html += "<li><a href=\"" + base + "/" + escape_html(name) + "\">" + escape_html(name) + "</a></li>";
  return html + "</ul></details>";
}

// Every chart of the report as a PNG to download (the report writes each chart as .svg and
// .png), with a small picture of it; the link names the file, so the picture is decorative.
std::string heading(int level, const std::string& text) {
  const std::string tag = "h" + std::to_string(level);
  return "<" + tag + ">" + escape_html(text) + "</" + tag + ">";
}

std::string png_list(const std::string& base, const std::filesystem::path& folder, int level) {
  const auto names = file_names(folder, ".png");
  if (names.empty()) return "";
  std::string html = heading(level, text(Msg::wbc_png_heading)) + "<p>" +
                     escape_html(text(Msg::wbc_png_explained, names.size())) + "</p><ul class=\"png-charts\">";
  for (const auto& name : names) {
    const std::string href = base + "/" + escape_html(name);
    html += "<li><a href=\"" + href + "\" download><img src=\"" + href + "\" alt=\"\" loading=\"lazy\">" +
            escape_html(text(Msg::wbc_png_download, name)) + "</a></li>";
  }
  return html + "</ul>";
}

std::string frame_part(const std::string& base, const ReportFrame& frame, int level) {
  const std::string src = base + "/" + escape_html(frame.file);
  return heading(level, frame.heading) + "<p><a href=\"" + src + "\" target=\"_blank\" rel=\"noopener\">" +
         escape_html(text(Msg::wbr_open_in_tab, frame.file)) + "</a>" +
         (frame.note.empty() ? "" : " " + escape_html(frame.note)) + "</p><iframe class=\"report-frame\" title=\"" +
         escape_html(frame.frame_title) + "\" src=\"" + src + "\"></iframe>";
}

}  // namespace

std::string report_folder_part(const ReportFolderView& view) {
  std::string html = "<p><a class=\"button\" href=\"" + view.base + ".zip\" download>" + escape_html(view.zip_label) +
                     "</a></p><p>" + escape_html(text(Msg::wbr_report_folder)) + " <code>" +
                     escape_html(view.folder.string()) + "</code>.</p>";
  for (const auto& frame : view.frames) html += frame_part(view.base, frame, view.heading_level);
  return html + png_list(view.base, view.folder, view.heading_level) + file_list(view.base, view.folder);
}

}  // namespace peiling::web
