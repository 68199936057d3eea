// The workbench's reports of a survey that spans units (schools), as HTML from plain values:
// the report page's section choosing a school's report or the board report, and the pages
// of those two. Every unit name and label is escaped here (in HTML, and in URLs as a path
// segment). The reports themselves are written by the same code as `peiling report --unit`
// and `--by-unit` (web/workbench_unit_report_routes.cpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/store.h"

namespace peiling::web {

std::string unit_report_path(std::int64_t survey_id, const std::string& unit);
std::string board_report_path(std::int64_t survey_id);

// Where a school's report and the board report go, inside the survey's report folder:
// eenheid-NAME/ and bestuur/. Throws std::invalid_argument for a name the engine would not
// store (a-z, 0-9, '-' and '_' only), so no other text ever becomes part of a path.
std::filesystem::path unit_report_folder(const std::filesystem::path& survey_folder, const std::string& unit);
std::filesystem::path board_report_folder(const std::filesystem::path& survey_folder);

// The report page's section with a link to every school's report (marking those made) and to
// the board report; "" for a survey without units, so its page stays as it was.
std::string unit_reports_section(std::int64_t survey_id, const std::vector<UnitTally>& units,
                                 const std::filesystem::path& survey_folder);

struct UnitReportView {
  std::int64_t survey_id = 0;
  std::string survey_label;
  UnitTally unit;  // its name and label; the groups are not read here
  std::filesystem::path folder;
  int min_group = 3;
  bool made_now = false;  // just written (the notice after the form)
  std::string csrf;
};
std::string unit_report_page(const UnitReportView& view);

struct BoardReportView {
  std::int64_t survey_id = 0;
  std::string survey_label;
  std::filesystem::path folder;
  int min_group = 3;
  bool made_now = false;
  std::string csrf;
};
std::string board_report_page(const BoardReportView& view);

// The page for a unit the survey does not have: it names the unit asked for (any text from
// the address, escaped) and leads back to the survey's report page, where the schools are.
std::string unknown_unit_page(std::int64_t survey_id, const std::string& asked);

}  // namespace peiling::web
