// Which questions, items and options of two waves of a survey can be compared: a later
// wave may use a later version of the definition, in which a question was dropped,
// retyped, or had an option removed. A question compares when both definitions have it
// under the same id with the same type; a rank question also needs the same item set (a
// forced ranking of other items gives other scores to every item), a Likert or matrix
// question the same number of scale positions, a number question the same unit. Options
// of a choice or multi question and statements of a matrix compare when present in both;
// those in one wave only are named. Open questions are not compared (their answers are
// read in the schoenendoos of each wave). The reasons are values; reports/ words them.
#pragma once

#include <string>
#include <vector>

#include "engine/questionnaire.h"

namespace peiling {

enum class NotComparable {
  only_before,        // the question is not in the later definition
  only_after,         // the question is new in the later definition
  type_changed,       // detail: "rank -> choice"
  items_differ,       // rank: another item set; detail names the items in one wave only
  direction_changed,  // rank: the score direction was turned around
  scale_changed,      // likert/matrix: another number of scale positions; detail "5 -> 4"
  unit_changed,       // number: another unit; detail "uur -> minuten"
  item_only_before,   // an option or statement left out of the later definition (item set)
  item_only_after,    // an option or statement new in the later definition (item set)
  nothing_in_common,  // choice/multi/matrix: no option or statement in both
};

struct ComparabilityNote {
  std::string question;  // the question's id
  std::string item;      // the option or statement's id, "" for the whole question
  NotComparable reason;
  std::string detail;    // ids or values the reason is about; plain text, escape per sink
};

// One question both waves can be compared on, with the items that compare (in the later
// definition's order; for rank questions every item).
struct ComparableQuestion {
  const Question* before = nullptr;
  const Question* after = nullptr;
  std::vector<std::string> items;  // ids of the items/options/statements present in both
};

struct WaveComparability {
  std::vector<ComparableQuestion> questions;  // in the later definition's order
  std::vector<ComparabilityNote> notes;       // what does not compare, and why
};

// The two definitions must outlive the result (it points into them).
WaveComparability check_comparability(const Questionnaire& before, const Questionnaire& after);

}  // namespace peiling
