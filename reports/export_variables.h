// The variables of the labelled exports (SPSS, Stata, R) and the codebook, and how one
// stored response becomes one row of them. One row per response:
//   respons, groep, bron, tijd       the response's id, group, source and time (never a
//                                     name or a token: peiling stores none with a response)
//   eenheid                          in a survey with units: the unit (school), labelled
//   number, choice, likert           one variable each
//   rank items, matrix statements    one variable per item or statement
//   multi options                    one 0/1 variable per option
//   text                             the answer as a string, and the code(s) it was given:
//                                     one labelled variable (frame with one code per answer)
//                                     or one 0/1 variable per code (a `multiple` frame)
// Numeric variables carry value labels (options, scale points, rank ends, codes) and two
// or three user-missing codes that say why a value is missing: the question was not asked
// to the respondent's group, it was asked and not answered, or the answer is not coded yet.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/effective_codings.h"
#include "base/language.h"
#include "engine/questionnaire.h"
#include "engine/response_stream.h"
#include "engine/store.h"
#include "reports/export_names.h"

namespace peiling {

enum class MeasureLevel { nominal, ordinal, scale };

// Why a numeric value is missing; each has its own user-missing code per variable.
enum class MissingReason { not_answered, not_asked, not_coded };
inline constexpr std::size_t kMissingReasons = 3;
std::string_view missing_label(MissingReason reason, Language language);

// What a variable holds, so a row knows where its value comes from.
enum class VariableContent {
  response_id, group, source,  // of the response
  unit,         // its unit (school): 1..n in the order the units were added
  time,         // when it was handed in: seconds since 1970 UTC (each writer turns it into its date-time)
  answer,       // number, choice, likert, a rank item or matrix statement: a number
  ticked,       // a multi option: 1 ticked, 0 another option ticked
  open_text,    // a text answer
  code,         // the code of a text answer (frame with one code per answer): 1..n
  code_ticked,  // one code of a `multiple` frame: 1 given, 0 coded otherwise
};

struct ValueLabel {
  int value = 0;
  std::string label;
};

struct ExportVariable {
  std::string name;   // valid in SPSS and Stata (export_names.h)
  std::string label;  // whole: the writers shorten it to their format's limit
  VariableContent content = VariableContent::answer;
  const Question* question = nullptr;  // null for the response's own variables
  const Item* item = nullptr;          // the rank item, matrix statement or multi option
  const Code* code = nullptr;          // code_ticked: its code (null: "niet te plaatsen")
  std::string kind;                    // answers: what the question is, in words ("rangorde", "meerkeuze")
  MeasureLevel measure = MeasureLevel::nominal;
  bool text = false;                   // a string; else numeric
  bool whole_numbers = true;           // numeric: only whole numbers (false: a decimal number question)
  std::size_t text_bytes = 0;          // string: the longest value it may hold (bytes): by the definition, then as given
  std::vector<ValueLabel> values;      // in value order
  // The user-missing code for each MissingReason that can occur; none for strings.
  std::array<std::optional<int>, kMissingReasons> missing{};
};

// One value of a row: a number, a text, or a reason for being missing.
struct ExportCell {
  double number = 0;
  std::string text;
  std::optional<MissingReason> missing;  // set: the value is missing for this reason
};

// How often each value occurred, for the codebook.
struct VariableCounts {
  int valid = 0;
  std::array<int, kMissingReasons> missing{};
  std::unordered_map<int, int> by_value;  // whole-number values only
};

class ExportVariables {
 public:
  // `units`: the survey's units in order (a variable `eenheid` when there are any).
  ExportVariables(const Questionnaire& questionnaire, Language language, const std::vector<UnitTally>& units = {});

  const Questionnaire& questionnaire() const { return questionnaire_; }
  Language language() const { return language_; }
  const std::vector<ExportVariable>& variables() const { return variables_; }
  const std::vector<VariableCounts>& counts() const { return counts_; }

  // Each text variable as wide as its longest value (bytes, at least 1), once known.
  void fit_text_widths(const std::vector<std::size_t>& longest);

  // The row of `response`, whose answers' codes are `codes` (EffectiveCodings). Counts it.
  void fill(const ResponseView& response, const std::vector<EffectiveCode>& codes, std::vector<ExportCell>& row);

 private:
  struct QuestionSlot {
    const Question* question = nullptr;
    std::size_t first = 0;  // its first variable
    std::size_t code = 0;   // its first code variable (text questions with a frame), else 0
  };
  void add_response_variables();
  void add_unit_variable(const std::vector<UnitTally>& units);
  void keep_names_clear_of_spss_segments();
  void add_question(const Question& question);
  void add_codes(const Question& question, const CodingFrame& frame);
  ExportVariable& add(const std::string& wish, std::string label, VariableContent content, const Question* question,
                      MeasureLevel measure);
  void reset_row(std::string_view group, std::vector<ExportCell>& row) const;
  void mark_hidden_questions(const std::vector<StoredAnswerView>& answers, std::vector<ExportCell>& row) const;
  void put_answers(const QuestionSlot& slot, std::span<const StoredAnswerView> answers, std::vector<ExportCell>& row) const;
  void put_codes(const QuestionSlot& slot, std::span<const EffectiveCode> codes, std::vector<ExportCell>& row) const;
  void count(const std::vector<ExportCell>& row);

  const Questionnaire& questionnaire_;
  Language language_;
  std::vector<ExportVariable> variables_;
  std::vector<QuestionSlot> slots_;  // per question, in definition order
  std::unordered_map<std::string_view, std::size_t> slot_of_;  // question id -> slots_ index
  std::unordered_map<std::string, int> unit_value_;            // unit name -> its value (1..n)
  std::vector<VariableCounts> counts_;
  VariableNames names_;
};

}  // namespace peiling
