// The question types and what each is, in one table: its name in a definition file, the
// key its items are read from, how its answers are laid out (response.h) and stored. The
// stages that behave differently per type (reading a definition, validation, the web,
// paper and terminal inputs, the tally, the charts and tables) each switch over
// QuestionType in one place, without a default, so the compiler names every stage a new
// type still misses (-Wswitch); what is only a property of the type is read from here.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace peiling {

enum class QuestionType { rank, number, text, choice, multi, likert, matrix };

// How a question's answers are spread over Answer rows (see response.h).
enum class AnswerLayout {
  single,         // one answer without an item: number, text, choice, likert
  per_item,       // one answer per item, item = the item's id: rank, matrix
  ticked_options  // one answer per ticked option, value "1": multi
};

struct QuestionTypeInfo {
  QuestionType type;
  std::string_view name;       // as written in a definition: "rank", "matrix"
  std::string_view items_key;  // the key Question::items is read from; "" when it has none
  std::string_view item_word;  // what one item is called in messages: "item", "option", "statement"
  std::size_t min_items;       // how many items a definition must give at least
  AnswerLayout layout;
  bool options;                // its items are options to choose from (by id or label): choice, multi
  bool numeric;                // answers are numbers (stored as JSON numbers): rank, number, likert, matrix
  bool scaled;                 // answers are positions 1..k on the question's `scale` labels
  bool open;                   // free text, coded in a frame: text
};

const QuestionTypeInfo& type_info(QuestionType type);
std::span<const QuestionTypeInfo> question_types();

std::string_view to_string(QuestionType type);
std::optional<QuestionType> question_type_from_string(std::string_view text);

}  // namespace peiling
