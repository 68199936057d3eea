// Places in a rank order with shared places ("gedeelde 4e plaats"). Items are compared by
// their mean as printed (one decimal, rounded half away from zero), so two items a reader
// sees with the same mean always share a place.
#pragma once

#include "analysis/survey_analysis.h"

namespace peiling {

// Sets place and shared_place on every item of `summary`. Competition ranking: two items
// sharing 2nd place are followed by 4th. Items nobody answered get place 0.
void assign_rank_places(RankSummary& summary, RankDirection direction);

}  // namespace peiling
