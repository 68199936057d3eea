// The report section "what can these numbers carry?": per finding, in plain words, whether
// the data can carry it (how much each group agrees on an order, whether a difference
// between groups may be chance), every number with its n, each group's mean with its
// bootstrap interval, a short explanation of each statistic for readers without
// statistics training, and what to do with a small group. Built once as plain text
// (unescaped), then rendered as HTML or Markdown. Only shown groups appear in it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "reports/report_model.h"
#include "reports/report_tables.h"

namespace peiling {

struct StatisticsBlock {
  std::string heading;
  std::vector<std::string> findings;  // one sentence per finding
  std::vector<Table> tables;
};

struct StatisticsSection {
  std::string heading;
  std::string intro;
  std::vector<StatisticsBlock> blocks;
  std::string explanation_heading;
  std::vector<std::string> explanations;  // one paragraph per statistic, then the advice
};

// Empty (no blocks) when the analysis carries no statistics.
StatisticsSection build_statistics_section(const ReportModel& model);

// As a <section> of rapport.html; "" without statistics.
std::string statistics_section_html(const ReportModel& model);

// As Markdown, with tables drawn by the Markdown report's own table renderer; "" without
// statistics.
std::string statistics_section_markdown(const ReportModel& model,
                                         const std::function<std::string(const Table&)>& markdown_table);

}  // namespace peiling
