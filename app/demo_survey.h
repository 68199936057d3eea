// The demo: the Greven survey administered to 4 directors, 5 IB'ers and 15 teachers, with
// 3, 4 and 8 responses whose rankings reproduce the published means of the thesis exactly,
// and open answers (written for the demo, not taken from the thesis) coded into the frame.
#pragma once

#include <cstdint>
#include <string>

#include "engine/store.h"

namespace peiling {

// Creates the demo survey in `store` from the bundled greven-fasen definition at
// `definition_path`, with its responses and codings. Returns the survey id.
std::int64_t build_demo_survey(Store& store, const std::string& definition_path);

}  // namespace peiling
