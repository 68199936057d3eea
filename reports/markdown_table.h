// A report table as a Markdown (GitHub-flavoured) table: a cell's lines joined with <br>,
// an emphasised row's label in bold, and column spans, which Markdown lacks, as notes under
// the table. Every text passes escape_markdown, so an answer cannot break the table.
#pragma once

#include <string>

#include "reports/report_tables.h"

namespace peiling {

std::string markdown_table(const Table& table);

}  // namespace peiling
