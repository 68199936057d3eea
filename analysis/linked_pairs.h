// Paired analysis of the respondents who gave the same anonymous linking code in both
// waves (engine/linking_code.h): per shown group, how many could be linked, and for each
// tested change the signed-rank test of their scores (rank numbers, scale positions,
// numbers) or McNemar's test of an option chosen or not. The store pairs the responses
// (Store::for_each_linked_pair) and hands over their answers, never the code. A group with
// fewer linked pairs than min_group gets its count only and no paired figures, as a group
// with too few respondents shows no answers.
#pragma once

#include "analysis/wave_comparison.h"
#include "engine/store.h"

namespace peiling {

// Whether both waves' definitions ask for the linking code.
bool waves_are_linkable(const WaveComparison& comparison);

// Adds the linked pairs' counts and tests to `comparison` (computed by compare_waves from
// the same two surveys); does nothing unless waves_are_linkable.
void add_linked_pairs(Store& store, WaveComparison& comparison);

}  // namespace peiling
