// Look-ups on the questionnaire model.
#include "engine/questionnaire.h"

#include <algorithm>

namespace peiling {

namespace {

template <typename Range>
auto find_by_id(const Range& range, std::string_view id) -> decltype(&*range.begin()) {
  auto found = std::find_if(range.begin(), range.end(), [&](const auto& x) { return x.id == id; });
  return found == range.end() ? nullptr : &*found;
}

}  // namespace

const Code* CodingFrame::find_code(std::string_view code_id) const { return find_by_id(codes, code_id); }

bool Question::asked_to(std::string_view group_id) const {
  return groups.empty() || std::find(groups.begin(), groups.end(), group_id) != groups.end();
}

const Item* Question::find_item(std::string_view item_id) const { return find_by_id(items, item_id); }

const RespondentGroup* Questionnaire::find_group(std::string_view group_id) const {
  return find_by_id(groups, group_id);
}

const CodingFrame* Questionnaire::find_frame(std::string_view frame_id) const {
  return find_by_id(coding_frames, frame_id);
}

const Question* Questionnaire::find_question(std::string_view question_id) const {
  return find_by_id(questions, question_id);
}

std::vector<const Question*> Questionnaire::questions_for(std::string_view group_id) const {
  std::vector<const Question*> asked;
  for (const auto& question : questions)
    if (question.asked_to(group_id)) asked.push_back(&question);
  return asked;
}

}  // namespace peiling
