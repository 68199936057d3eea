// The questionnaire model: what a definition file declares, after loading and validation.
// Plain data; the loader (definition_loader.h) guarantees the invariants noted here, so
// later stages never re-check them: ids are unique, every reference resolves.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/question_type.h"

namespace peiling {

struct RespondentGroup {
  std::string id;     // e.g. "directie"
  std::string label;  // e.g. "Directie"
};

// One row of a coding frame: a category an open answer can be placed in.
struct Code {
  std::string id;
  std::string label;
  std::string description;
  std::vector<std::string> keywords;  // hints for coders; may be empty
  // Words a researcher counts per group across open answers (the report's signal words);
  // empty means the keywords serve as signal words.
  std::vector<std::string> signal_words = {};
};

// An ordered set of codes; the order is the row order of the schoenendoos tables.
struct CodingFrame {
  std::string id;
  std::string label;
  std::vector<Code> codes;
  bool multiple = false;  // an answer may get more than one code of this frame

  const Code* find_code(std::string_view code_id) const;
};

// A rank item, an option of a choice or multi question, or a statement of a matrix.
struct Item {
  std::string id;
  std::string label;
  std::string description;  // optional longer text shown under the label
  std::string code;         // rank items: the code in the question's frame it matches, or ""
};

// A condition on an earlier answer (show_if.h): the question is asked only when the answer
// to `question`, an earlier choice or multi question, is one of the options `is` (for a
// multi: when one of them is ticked).
struct ShowIf {
  std::string question;
  std::vector<std::string> is;  // option ids of `question`
};

// Which end of a forced ranking means "most important".
enum class RankDirection { high_is_most, low_is_most };

struct Question {
  std::string id;
  QuestionType type = QuestionType::text;
  std::string text;
  std::string help;                 // instruction under the question text; may be empty
  bool required = false;
  std::vector<std::string> groups;  // groups this question is asked to; empty means all
  std::optional<ShowIf> show_if;    // asked only when an earlier answer is one of some options

  // rank: the items to order; choice and multi: the options; matrix: the statements.
  std::vector<Item> items;

  // rank: numbers 1..items.size(), each used exactly once.
  RankDirection direction = RankDirection::high_is_most;
  std::string high_label;  // what the highest number means, e.g. "heel belangrijk"
  std::string low_label;   // what 1 means, e.g. "veel minder belangrijk"

  // number
  double min = 0;
  double max = 0;
  std::string unit;
  bool integer = true;

  // text: the frame its answers are coded in; rank: the frame its items' codes refer to.
  std::string coding_frame;
  std::size_t max_length = 2000;

  // multi: how many options may be ticked; 0 means no limit.
  int min_choices = 0;
  int max_choices = 0;

  // likert and matrix: the scale labels, scored 1..scale.size() from first to last.
  std::vector<std::string> scale;

  const QuestionTypeInfo& kind() const { return type_info(type); }

  bool asked_to(std::string_view group_id) const;
  const Item* find_item(std::string_view item_id) const;
};

struct Questionnaire {
  std::string id;
  std::string version;
  std::string title;
  std::string language;  // "nl" or "en": the language the texts are written in
  std::string intro;     // purpose and consent text shown before the first question
  std::vector<RespondentGroup> groups;
  std::vector<CodingFrame> coding_frames;
  std::vector<Question> questions;
  // Whether respondents are asked for an optional anonymous linking code, so a later wave
  // can pair their answers (engine/linking_code.h).
  bool linking_code = false;

  const RespondentGroup* find_group(std::string_view group_id) const;
  const CodingFrame* find_frame(std::string_view frame_id) const;
  const Question* find_question(std::string_view question_id) const;
  std::vector<const Question*> questions_for(std::string_view group_id) const;
};

}  // namespace peiling
