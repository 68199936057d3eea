// The --unit option's check; see unit_option.h.
#include "app/unit_option.h"

#include <vector>

#include "base/messages.h"
#include "engine/store_text.h"

namespace peiling {

std::string label_of_unit(Store& store, std::int64_t survey_id, const std::string& unit) {
  const auto units = store.unit_tallies(survey_id);
  if (units.empty() && unit.empty()) return "";
  std::vector<std::string> names;
  for (const UnitTally& tally : units) {
    if (tally.unit == unit) return tally.label;
    names.push_back(tally.unit);
  }
  if (units.empty()) throw StoreError(text(Msg::unit_not_in_survey, survey_id, unit));
  if (unit.empty()) throw StoreError(text(Msg::unit_required, survey_id, join(names, ", ")));
  throw StoreError(text(Msg::unit_unknown, survey_id, unit, join(names, ", ")));
}

}  // namespace peiling
