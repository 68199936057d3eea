// The `--unit NAME` option of the verbs that give responses a unit (`peiling tokens`,
// `peiling enter`): the unit checked against the survey before anything is made or asked.
#pragma once

#include <cstdint>
#include <string>

#include "engine/store.h"

namespace peiling {

// The label of the survey's unit `unit` ("" for none: a survey without units). StoreError
// naming the survey's units when the unit does not fit: unknown, missing in a survey with
// units, or given in a survey without.
std::string label_of_unit(Store& store, std::int64_t survey_id, const std::string& unit);

}  // namespace peiling
