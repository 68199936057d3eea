// Triangulation: the closed ranking held against the coded open answers, per respondent
// group. For each rank question whose items link to codes of a frame: per code the rank
// place next to how many coded open answers (of every open question coded in that frame)
// fall under it; per coded answer whether its code is the respondent's own top-ranked (or
// top-two) item; and how many answers use each code's signal words.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/text_fold.h"
#include "engine/answer_data_reader.h"
#include "engine/effective_codings.h"
#include "engine/questionnaire.h"

namespace peiling {

struct SurveyAnalysis;

struct CodeTriangulation {
  const Code* code = nullptr;
  const Item* item = nullptr;  // the rank item linked to this code
  int rank_place = 0;          // place of the item in the group's ranking (1 = most important)
  std::int64_t rank_sum = 0;   // mean = rank_sum / rank_answered
  int rank_answered = 0;
  int open_count = 0;          // coded open answers of the group under this code
  int open_place = 0;          // 1 = most open answers; equal counts share a place; 0 = none
};

struct SignalWordCount {
  std::string word;  // as the definition spells it
  const Code* code = nullptr;
  int answers = 0;   // open answers of the group that use it (at the start of a word, any case/accent)
};

struct GroupTriangulation {
  const RespondentGroup* group = nullptr;  // null: all groups together
  int respondents = 0;
  std::vector<CodeTriangulation> codes;  // in rank item order
  int open_answers = 0;      // non-empty open answers in the frame's questions
  int coded_answers = 0;     // of those, placed under a code linked to an item
  int unplaceable = 0;       // marked kUnplaceable
  // Coded answers of respondents who also ranked; how many carry the code of the same
  // respondent's top-ranked item, and of one of their two top-ranked items.
  int compared_answers = 0;
  int top_match = 0;
  int top_two_match = 0;
  std::vector<SignalWordCount> signal_words;  // in frame order; words found in no answer included
};

struct Triangulation {
  const Question* rank_question = nullptr;
  const CodingFrame* frame = nullptr;
  std::vector<const Question*> open_questions;  // coded in the same frame
  std::vector<GroupTriangulation> groups;       // in questionnaire order
};

// Counts the triangulations of a questionnaire (one per rank question with linked items
// and coded open questions in the same frame; none when it has none) from the analysis's
// one pass over the responses: each response's answers and effective codes are handed to
// add(), which also finds the respondent's own top-ranked items there. Memory is bounded
// by the groups and the frames. add_rank_places then adds the analysis's rank places.
// `questionnaire` must be the analysis's own (the results point into it).
class TriangulationCounter {
 public:
  explicit TriangulationCounter(const Questionnaire& questionnaire);
  bool empty() const { return triangulations_.empty(); }
  // One response of group `group` (an index into the questionnaire's groups).
  void add(std::size_t group, const std::vector<StoredAnswerView>& answers, const std::vector<EffectiveCode>& codes);
  // Adds the counts of a counter of the same questionnaire over other responses.
  void merge(const TriangulationCounter& other);
  std::vector<Triangulation> finish();

 private:
  std::vector<Triangulation> triangulations_;
  std::vector<WordStarts> signal_words_;  // per triangulation, its signal words folded
  std::vector<bool> found_;              // scratch: which signal words an answer holds
  std::string folded_;                   // scratch: the answer folded
};

void add_rank_places(std::vector<Triangulation>& triangulations, const SurveyAnalysis& analysis);

// Codes in order of how many open answers they got: places 1, 2, ... with equal counts
// sharing a place; codes without answers get place 0. Exposed for tests.
void assign_open_places(std::vector<CodeTriangulation>& codes);

}  // namespace peiling
