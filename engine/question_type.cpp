// The table of question types; see question_type.h.
#include "engine/question_type.h"

#include <array>

namespace peiling {

namespace {

constexpr std::array<QuestionTypeInfo, 7> kTypes{{
    // type, name, items key, item word, min items, layout, options, numeric, scaled, open
    {QuestionType::rank, "rank", "items", "item", 2, AnswerLayout::per_item, false, true, false, false},
    {QuestionType::number, "number", "", "", 0, AnswerLayout::single, false, true, false, false},
    {QuestionType::text, "text", "", "", 0, AnswerLayout::single, false, false, false, true},
    {QuestionType::choice, "choice", "options", "option", 2, AnswerLayout::single, true, false, false, false},
    {QuestionType::multi, "multi", "options", "option", 2, AnswerLayout::ticked_options, true, false, false, false},
    {QuestionType::likert, "likert", "", "", 0, AnswerLayout::single, false, true, true, false},
    {QuestionType::matrix, "matrix", "statements", "statement", 2, AnswerLayout::per_item, false, true, true, false},
}};

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < kTypes.size(); ++i)
    if (static_cast<std::size_t>(kTypes[i].type) != i) return false;
  return true;
}
static_assert(in_enum_order(), "kTypes is indexed by QuestionType");

}  // namespace

const QuestionTypeInfo& type_info(QuestionType type) { return kTypes[static_cast<std::size_t>(type)]; }

std::span<const QuestionTypeInfo> question_types() { return kTypes; }

std::string_view to_string(QuestionType type) { return type_info(type).name; }

std::optional<QuestionType> question_type_from_string(std::string_view text) {
  for (const QuestionTypeInfo& info : kTypes)
    if (info.name == text) return info.type;
  return std::nullopt;
}

}  // namespace peiling
