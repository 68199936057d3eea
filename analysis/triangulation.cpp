// The triangulation numbers of triangulation.h, counted during the analysis's one pass over
// the responses, then joined with the rank summaries.
#include "analysis/triangulation.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include "analysis/survey_analysis.h"
#include "analysis/text_fold.h"
#include "engine/question_runs.h"
#include "engine/store.h"

namespace peiling {

namespace {

const RankSummary* rank_summary(const GroupAnalysis& group, const Question& question) {
  for (const QuestionSummary& summary : group.questions)
    if (summary.question == &question) return &std::get<RankSummary>(summary.result);
  return nullptr;
}

// The codes of the respondent's two most important items, best first (none when they did
// not rank; one when they ranked one item).
struct TopTwo {
  std::array<std::string_view, 2> codes;
  std::size_t size = 0;
  bool contains(std::string_view code) const { return (size > 0 && codes[0] == code) || (size > 1 && codes[1] == code); }
};

TopTwo top_two_codes(const std::vector<StoredAnswerView>& answers, const Question& rank_question) {
  const bool high = rank_question.direction == RankDirection::high_is_most;
  const auto better = [high](double a, double b) { return high ? a > b : a < b; };
  std::array<std::pair<double, std::string_view>, 2> best;  // (number, item), best first
  std::size_t found = 0;
  for (const StoredAnswerView& answer : run_of_question(answers, rank_question.id)) {
    if (!answer.number) continue;
    const std::pair<double, std::string_view> entry{*answer.number, answer.item};
    if (found == 0 || better(entry.first, best[0].first)) {
      best[1] = best[0];
      best[0] = entry;
    } else if (found == 1 || better(entry.first, best[1].first)) {
      best[1] = entry;
    }
    found = std::min<std::size_t>(found + 1, 2);
  }
  TopTwo top;
  for (std::size_t i = 0; i < found; ++i) {
    const Item* item = rank_question.find_item(best[i].second);
    top.codes[top.size++] = item ? std::string_view(item->code) : std::string_view();
  }
  return top;
}

std::vector<SignalWordCount> signal_words_of(const CodingFrame& frame) {
  std::vector<SignalWordCount> words;
  for (const Code& code : frame.codes)
    for (const std::string& word : code.signal_words.empty() ? code.keywords : code.signal_words)
      words.push_back({word, &code, 0});
  return words;
}

// One open answer (with its codes) of a respondent whose top-ranked codes are `top`.
// The respondent's top two are worked out only for an answer coded in a linked code.
template <typename TopOfRespondent>
void count_answer(GroupTriangulation& result, const WordStarts& signal_words, std::vector<bool>& found,
                  std::string& folded, std::string_view text, std::span<const EffectiveCode> codes,
                  TopOfRespondent&& top_of_respondent) {
  ++result.open_answers;
  found.assign(result.signal_words.size(), false);
  fold_text_into(text, folded);
  signal_words.find_in(folded, found);
  for (std::size_t w = 0; w < found.size(); ++w) result.signal_words[w].answers += found[w] ? 1 : 0;
  for (const EffectiveCode& code : codes) {
    if (code.code == kUnplaceable) ++result.unplaceable;
    auto row = std::find_if(result.codes.begin(), result.codes.end(),
                            [&](const auto& c) { return c.code->id == code.code; });
    if (row == result.codes.end()) continue;
    ++row->open_count;
    ++result.coded_answers;
    const TopTwo& top = top_of_respondent();
    if (top.size == 0) continue;
    ++result.compared_answers;
    result.top_match += top.codes[0] == code.code ? 1 : 0;
    result.top_two_match += top.contains(code.code) ? 1 : 0;
  }
}

GroupTriangulation empty_group(const Triangulation& triangulation, const RespondentGroup& group) {
  GroupTriangulation result;
  result.group = &group;
  for (const Item& item : triangulation.rank_question->items)
    if (const Code* code = triangulation.frame->find_code(item.code)) result.codes.push_back(CodeTriangulation{code, &item});
  result.signal_words = signal_words_of(*triangulation.frame);
  return result;
}

void add_group_rank_places(GroupTriangulation& result, const Question& rank_question, const GroupAnalysis& group) {
  result.respondents = group.responded;
  const RankSummary* summary = rank_summary(group, rank_question);
  if (!summary) return;
  for (CodeTriangulation& row : result.codes)
    for (const RankItemScore& score : summary->items)
      if (score.item == row.item) {
        row.rank_place = score.place;
        row.rank_sum = score.sum;
        row.rank_answered = score.answered;
      }
}

}  // namespace

void assign_open_places(std::vector<CodeTriangulation>& codes) {
  for (auto& row : codes) {
    if (row.open_count == 0) {
      row.open_place = 0;
      continue;
    }
    row.open_place = 1 + static_cast<int>(std::count_if(codes.begin(), codes.end(), [&](const auto& other) {
                       return other.open_count > row.open_count;
                     }));
  }
}

TriangulationCounter::TriangulationCounter(const Questionnaire& questionnaire) {
  for (const Question& rank : questionnaire.questions) {
    if (rank.type != QuestionType::rank) continue;
    const CodingFrame* frame = questionnaire.find_frame(rank.coding_frame);
    const bool linked = std::any_of(rank.items.begin(), rank.items.end(), [](const Item& i) { return !i.code.empty(); });
    if (!frame || !linked) continue;
    Triangulation triangulation{&rank, frame, {}, {}};
    for (const Question& open : questionnaire.questions)
      if (open.kind().open && open.coding_frame == frame->id) triangulation.open_questions.push_back(&open);
    if (triangulation.open_questions.empty()) continue;
    for (const RespondentGroup& group : questionnaire.groups) triangulation.groups.push_back(empty_group(triangulation, group));
    std::vector<std::string> folded;
    for (const auto& word : triangulation.groups.front().signal_words) folded.push_back(fold_text(word.word));
    signal_words_.emplace_back(std::move(folded));
    triangulations_.push_back(std::move(triangulation));
  }
}

void TriangulationCounter::add(std::size_t group, const std::vector<StoredAnswerView>& answers,
                               const std::vector<EffectiveCode>& codes) {
  for (std::size_t t = 0; t < triangulations_.size(); ++t) {
    Triangulation& triangulation = triangulations_[t];
    std::optional<TopTwo> top;
    const auto top_of_respondent = [&]() -> const TopTwo& {
      if (!top) top = top_two_codes(answers, *triangulation.rank_question);
      return *top;
    };
    for (const Question* question : triangulation.open_questions)
      for (const StoredAnswerView& answer : run_of_question(answers, question->id))
        if (!answer.text.empty())
          count_answer(triangulation.groups[group], signal_words_[t], found_, folded_, answer.text,
                       codes_of(codes, question->id), top_of_respondent);
  }
}

void TriangulationCounter::merge(const TriangulationCounter& other) {
  for (std::size_t t = 0; t < triangulations_.size(); ++t)
    for (std::size_t g = 0; g < triangulations_[t].groups.size(); ++g) {
      GroupTriangulation& mine = triangulations_[t].groups[g];
      const GroupTriangulation& theirs = other.triangulations_[t].groups[g];
      for (std::size_t c = 0; c < mine.codes.size(); ++c) mine.codes[c].open_count += theirs.codes[c].open_count;
      for (std::size_t w = 0; w < mine.signal_words.size(); ++w)
        mine.signal_words[w].answers += theirs.signal_words[w].answers;
      mine.open_answers += theirs.open_answers;
      mine.coded_answers += theirs.coded_answers;
      mine.unplaceable += theirs.unplaceable;
      mine.compared_answers += theirs.compared_answers;
      mine.top_match += theirs.top_match;
      mine.top_two_match += theirs.top_two_match;
    }
}

std::vector<Triangulation> TriangulationCounter::finish() {
  for (Triangulation& triangulation : triangulations_)
    for (GroupTriangulation& group : triangulation.groups) assign_open_places(group.codes);
  return std::move(triangulations_);
}

void add_rank_places(std::vector<Triangulation>& triangulations, const SurveyAnalysis& analysis) {
  for (Triangulation& triangulation : triangulations)
    for (GroupTriangulation& result : triangulation.groups)
      for (const GroupAnalysis& group : analysis.groups)
        if (group.group == result.group) add_group_rank_places(result, *triangulation.rank_question, group);
}

}  // namespace peiling
