// The demo's second wave (issue 16): a nameting of the Greven survey some months after the
// demo's nulmeting, so `peiling demo` also shows "Wat is er veranderd?". Its answers are
// MADE UP for the demo, not taken from the thesis (the label says so): a team that worked
// on the IB'er as coach (phase 4) in between. The first wave's thesis figures are untouched.
#pragma once

#include <cstdint>
#include <string>

#include "engine/store.h"

namespace peiling {

// Creates the nameting that follows `first_wave` (build_demo_survey's survey) from the same
// definition, with its made-up responses. Returns its survey id.
std::int64_t build_demo_second_wave(Store& store, const std::string& definition_path, std::int64_t first_wave);

}  // namespace peiling
