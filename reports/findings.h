// Short findings per group, in words for a team meeting, for every question type: which
// items a group ranked highest and lowest (naming shared places, "Fase 2 en Fase 5 delen
// de 3e plaats (2,8)"), the option most chosen ("de meeste leerkrachten (52,8%) kozen
// ‘1 tot 3 keer’"), the median of a scale, a number's mean and median, and under which
// code most of its coded open answers fall, so ranking and open answers can be held
// against each other (triangulation).
#pragma once

#include <string>
#include <vector>

#include "reports/report_model.h"

namespace peiling {

// Plain-text sentences for one shown group; empty when there is nothing to say.
std::vector<std::string> group_findings(const ReportModel& model, const GroupAnalysis& group);

}  // namespace peiling
