// The part of a workbench page that shows a written report folder: its zip download, where
// it lies on disk, each main document in a frame (also to open in a tab), its charts as PNGs
// and all its files. Shared by the whole survey's report and, in a survey with units, a
// school's report and the board report (web/workbench_unit_report_routes.cpp).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace peiling::web {

// One document of the folder shown in a frame under its own heading (plain texts; escaped here).
struct ReportFrame {
  std::string file;         // e.g. "rapport.html"
  std::string heading;
  std::string frame_title;  // the frame's accessible name
  std::string note;         // after the "open in a new tab" link, or ""
};

struct ReportFolderView {
  std::string base;  // the URL path the folder's files are served under (BASE/NAME), its zip at BASE.zip
  std::filesystem::path folder;
  std::string zip_label;  // the download button's text
  std::vector<ReportFrame> frames;
  // The level of the frames' and the charts' headings: 3 where the folder is itself a part
  // under an h2 (the whole survey's report below the schools' reports).
  int heading_level = 2;
};

std::string report_folder_part(const ReportFolderView& view);

}  // namespace peiling::web
