// Short findings per group, in words for a team meeting: which items a group ranked
// highest and lowest (naming shared places, "Fase 2 en Fase 5 delen de 3e plaats (2,8)"),
// and under which code most of its open answers fall, so ranking and open answers can be
// held against each other (triangulation).
#pragma once

#include <string>
#include <vector>

#include "reports/report_model.h"

namespace peiling {

// Plain-text sentences for one shown group; empty when there is nothing to say.
std::vector<std::string> group_findings(const ReportModel& model, const GroupAnalysis& group);

}  // namespace peiling
