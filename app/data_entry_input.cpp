// Reading typed lines into groups, options and numbers; see data_entry_input.h.
#include "app/data_entry_input.h"

#include "engine/fold_case.h"
#include "engine/text.h"

namespace peiling {

namespace {

std::vector<std::string> split_at(std::string_view line, std::string_view separators) {
  std::vector<std::string> words;
  std::string word;
  for (char c : line) {
    if (separators.find(c) != std::string_view::npos) {
      if (!trim(word).empty()) words.emplace_back(trim(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!trim(word).empty()) words.emplace_back(trim(word));
  return words;
}

}  // namespace

bool same_ignoring_case(std::string_view left, std::string_view right) { return fold_case(left) == fold_case(right); }

const RespondentGroup* match_group(const Questionnaire& questionnaire, std::string_view typed) {
  typed = trim(typed);
  for (const auto& group : questionnaire.groups)
    if (same_ignoring_case(group.id, typed) || same_ignoring_case(group.label, typed)) return &group;
  return nullptr;
}

std::string group_choices(const Questionnaire& questionnaire) {
  std::string choices;
  for (const auto& group : questionnaire.groups)
    choices += (choices.empty() ? "" : ", ") + group.id + " (" + group.label + ")";
  return choices;
}

const Item* match_option(const Question& question, std::string_view typed) {
  typed = trim(typed);
  for (const auto& item : question.items)
    if (same_ignoring_case(item.id, typed)) return &item;
  for (const auto& item : question.items)
    if (same_ignoring_case(item.label, typed)) return &item;
  if (!typed.empty() && typed.size() <= 3 && typed.find_first_not_of("0123456789") == std::string_view::npos) {
    const auto position = std::stoul(std::string(typed));
    if (position >= 1 && position <= question.items.size()) return &question.items[position - 1];
  }
  return nullptr;
}

std::vector<std::string> split_numbers(std::string_view line) { return split_at(line, " \t,;"); }

std::vector<std::string> split_options(std::string_view line) {
  if (line.find_first_of(",;") != std::string_view::npos) return split_at(line, ",;");
  return split_at(line, " \t");
}

}  // namespace peiling
