// The comparability check of two waves' definitions; see wave_comparability.h.
#include "analysis/wave_comparability.h"

#include <algorithm>

namespace peiling {

namespace {

std::vector<std::string> ids_missing_from(const std::vector<Item>& items, const Question& other) {
  std::vector<std::string> missing;
  for (const Item& item : items)
    if (!other.find_item(item.id)) missing.push_back(item.id);
  return missing;
}

std::string joined(const std::vector<std::string>& ids) {
  std::string text;
  for (const std::string& id : ids) text += (text.empty() ? "" : ", ") + id;
  return text;
}

class Checker {
 public:
  explicit Checker(WaveComparability& result) : result_(result) {}

  void check(const Question& before, const Question& after) {
    if (before.type != after.type)
      return note(after, NotComparable::type_changed,
                  std::string(to_string(before.type)) + " -> " + std::string(to_string(after.type)));
    if (after.kind().open) return;
    if (after.kind().scaled && before.scale.size() != after.scale.size())
      return note(after, NotComparable::scale_changed,
                  std::to_string(before.scale.size()) + " -> " + std::to_string(after.scale.size()));
    if (after.type == QuestionType::number && before.unit != after.unit)
      return note(after, NotComparable::unit_changed, before.unit + " -> " + after.unit);
    if (after.type == QuestionType::rank) return check_rank(before, after);
    if (after.items.empty()) return compare(before, after, {});
    check_item_sets(before, after);
  }

  void note(const Question& question, NotComparable reason, std::string detail = {}, std::string item = {}) {
    result_.notes.push_back({question.id, std::move(item), reason, std::move(detail)});
  }

 private:
  // A forced ranking over another item set scores every item differently: all or nothing.
  void check_rank(const Question& before, const Question& after) {
    auto gone = ids_missing_from(before.items, after);
    auto added = ids_missing_from(after.items, before);
    if (!gone.empty() || !added.empty()) {
      std::string detail;
      if (!gone.empty()) detail += "- " + joined(gone);
      if (!added.empty()) detail += std::string(detail.empty() ? "" : "; ") + "+ " + joined(added);
      return note(after, NotComparable::items_differ, detail);
    }
    if (before.direction != after.direction) return note(after, NotComparable::direction_changed);
    compare(before, after, ids_of(after.items));
  }

  // Options and statements compare one by one: those in both.
  void check_item_sets(const Question& before, const Question& after) {
    for (const std::string& id : ids_missing_from(before.items, after))
      note(after, NotComparable::item_only_before, {}, id);
    for (const std::string& id : ids_missing_from(after.items, before))
      note(after, NotComparable::item_only_after, {}, id);
    std::vector<std::string> shared;
    for (const Item& item : after.items)
      if (before.find_item(item.id)) shared.push_back(item.id);
    if (shared.empty()) return note(after, NotComparable::nothing_in_common);
    compare(before, after, std::move(shared));
  }

  static std::vector<std::string> ids_of(const std::vector<Item>& items) {
    std::vector<std::string> ids;
    for (const Item& item : items) ids.push_back(item.id);
    return ids;
  }

  void compare(const Question& before, const Question& after, std::vector<std::string> items) {
    result_.questions.push_back({&before, &after, std::move(items)});
  }

  WaveComparability& result_;
};

}  // namespace

WaveComparability check_comparability(const Questionnaire& before, const Questionnaire& after) {
  WaveComparability result;
  Checker checker(result);
  for (const Question& question : before.questions)
    if (!after.find_question(question.id) && !question.kind().open)
      checker.note(question, NotComparable::only_before);
  for (const Question& question : after.questions) {
    if (const Question* earlier = before.find_question(question.id)) checker.check(*earlier, question);
    else if (!question.kind().open) checker.note(question, NotComparable::only_after);
  }
  return result;
}

}  // namespace peiling
