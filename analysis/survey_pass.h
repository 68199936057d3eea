// The analysis's one pass over a survey's responses: each response is read and decoded
// once, and its answers handed to everything that needs them: the tally of their question
// (question_tally.h), the triangulation and the coding method's counts (with the answer's
// effective codes, read beside the responses in the same order), and a listener that hears
// the open answers (the report's schoenendoos and open-antwoorden.csv). A pass per question
// and per use re-read every response several times.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/board_tally.h"
#include "analysis/question_runs.h"
#include "analysis/question_tally.h"
#include "analysis/survey_analysis.h"
#include "analysis/triangulation.h"
#include "engine/effective_codings.h"
#include "engine/store.h"

namespace peiling {

struct UnitFigures;

class SurveyPass {
 public:
  // What the pass counts: everything, or (for open_answer_stream) only the open answers.
  enum class Scope { everything, open_answers };

  SurveyPass(const SurveyAnalysis& analysis, Scope scope);

  // Which responses a run reads. A unit's report whose board tallies were kept
  // (kept_board_tallies.h) reads its unit's responses for its own figures, through the index
  // by unit, and the board's tallies only of the responses after the kept ones: a thousandth
  // of a large board's responses, instead of all of them.
  enum class Reading {
    every_response,  // everything the scope counts, of every response in the range
    focus_unit,      // the unit's own figures, of its responses only; the board's tallies untouched
    board_only,      // the board's tallies only
  };

  // Reads the survey's responses in `range` (response_stream.h); `visit` hears the open
  // answers of `heard` groups.
  void run(Store& store, const ResponseRange& range, const std::vector<const GroupAnalysis*>& heard,
           const std::function<void(const OpenAnswer&)>& visit, Reading reading = Reading::every_response);

  // Adds what a pass over later responses counted, as if this pass had read them too.
  void merge(SurveyPass& later);

  const std::vector<QuestionTally>& tallies() const { return tallies_; }
  // A unit's report: the tallies of every unit's responses (the board), and how many
  // responses they read (every response of the survey in the runs' ranges). Of a pass over the
  // whole survey (the board report), its own tallies() are the board's: board() counts them only.
  const BoardTally& board() const { return board_; }
  BoardTally& board() { return board_; }
  // The board report: per unit (UnitFigures::units order), a tally per scored question.
  const std::vector<std::vector<QuestionTally>>& unit_tallies() const { return unit_tallies_; }
  CodingMethod& method() { return method_; }
  // The coders met in the pass and how many answers each coded (EffectiveCodings::coders).
  const std::vector<CoderTally>& coders() const { return coders_; }
  std::vector<Triangulation> triangulations() { return triangulation_ ? triangulation_->finish() : std::vector<Triangulation>{}; }

 private:
  void prepare_units(const UnitFigures& units);
  void run_board(Store& store, const ResponseRange& range);
  void tally(std::vector<QuestionTally>& into, std::size_t group, const std::vector<StoredAnswerView>& answers);
  void tally_scores(std::string_view unit, std::size_t group, const std::vector<StoredAnswerView>& answers);
  void count_codes(std::size_t group, const std::vector<StoredAnswerView>& answers,
                   const std::vector<EffectiveCode>& codes);
  void tell(const GroupAnalysis& group, std::int64_t response_id, const std::vector<StoredAnswerView>& answers,
            const std::vector<EffectiveCode>& codes, const std::function<void(const OpenAnswer&)>& visit);

  const SurveyAnalysis& analysis_;
  Scope scope_;
  QuestionRuns runs_;  // per answer of the response at hand: its question
  std::unordered_map<std::string_view, std::size_t> group_index_;
  std::vector<QuestionTally> tallies_;
  std::vector<const Question*> open_;    // open questions, in definition order
  static constexpr std::size_t kUnknown = QuestionRuns::kUnknown;
  std::optional<TriangulationCounter> triangulation_;  // everything only
  CodingMethod method_;
  std::vector<CoderTally> coders_;
  OpenAnswer open_answer_;  // reused, so a million answers allocate nothing each
  // Units (unit_figures.h): the unit a report is about, and what is tallied beside it.
  std::string_view focus_;
  BoardTally board_;
  std::unordered_map<std::string_view, std::size_t> unit_index_;
  std::vector<std::size_t> scored_of_;  // per question: its place among the scored ones, or kUnknown
  std::vector<std::vector<QuestionTally>> unit_tallies_;
};

}  // namespace peiling
