// The canonical wide CSV layout of a survey's responses, shared by `peiling template`,
// `peiling import` and `peiling export --format csv`: a `groep` column, one column per
// question (`jaren`, `taak`), one per rank item or matrix statement (`fasen.f1` ...
// `fasen.f5`). A multi-choice cell holds option ids (or labels) separated by `|`.
#pragma once

#include <string>
#include <vector>

#include "engine/questionnaire.h"

namespace peiling {

inline constexpr const char* kGroupColumn = "groep";
// An export of a survey with units has this column after `groep`: each row's unit (school).
// The import reads it as the row's unit (else --unit gives it).
inline constexpr const char* kUnitColumn = "eenheid";
inline constexpr char kMultiSeparator = '|';

struct CsvColumn {
  std::string name;                  // "groep", "jaren", "fasen.f1"
  const Question* question = nullptr;  // null for the group column
  const Item* item = nullptr;          // the rank item or matrix statement of its column, else null
};

// The columns in order: groep, then the questions in definition order.
std::vector<CsvColumn> canonical_columns(const Questionnaire& questionnaire);

}  // namespace peiling
