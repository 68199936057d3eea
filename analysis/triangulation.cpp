// The triangulation numbers of triangulation.h, counted during the analysis's one pass over
// the responses, then joined with the rank summaries.
#include "analysis/triangulation.h"

#include <algorithm>
#include <span>

#include "analysis/survey_analysis.h"
#include "analysis/text_fold.h"
#include "engine/store.h"

namespace peiling {

namespace {

const RankSummary* rank_summary(const GroupAnalysis& group, const Question& question) {
  for (const QuestionSummary& summary : group.questions)
    if (summary.question == &question) return &std::get<RankSummary>(summary.result);
  return nullptr;
}

// The answers of `question` among a response's answers (which stand together, by question).
std::span<const StoredAnswerView> answers_to(const std::vector<StoredAnswerView>& answers, std::string_view question) {
  std::size_t first = 0;
  while (first < answers.size() && answers[first].question != question) ++first;
  std::size_t end = first;
  while (end < answers.size() && answers[end].question == question) ++end;
  return std::span(answers).subspan(first, end - first);
}

// The codes of the respondent's two most important items, best first.
std::vector<std::string> top_two_codes(const std::vector<StoredAnswerView>& answers, const Question& rank_question) {
  std::vector<std::pair<double, std::string_view>> numbers;  // (number, item)
  for (const StoredAnswerView& answer : answers_to(answers, rank_question.id))
    if (answer.number) numbers.emplace_back(*answer.number, answer.item);
  const bool high = rank_question.direction == RankDirection::high_is_most;
  std::sort(numbers.begin(), numbers.end(),
            [high](const auto& a, const auto& b) { return high ? a.first > b.first : a.first < b.first; });
  std::vector<std::string> codes;
  for (std::size_t i = 0; i < numbers.size() && i < 2; ++i) {
    const Item* item = rank_question.find_item(numbers[i].second);
    codes.push_back(item ? item->code : "");
  }
  return codes;
}

std::vector<SignalWordCount> signal_words_of(const CodingFrame& frame) {
  std::vector<SignalWordCount> words;
  for (const Code& code : frame.codes)
    for (const std::string& word : code.signal_words.empty() ? code.keywords : code.signal_words)
      words.push_back({word, &code, 0});
  return words;
}

// One open answer (with its codes) of a respondent whose top-ranked codes are `top`.
void count_answer(GroupTriangulation& result, const std::vector<std::string>& folded_words, std::string_view text,
                  const std::vector<const EffectiveCode*>& codes, const std::vector<std::string>& top) {
  ++result.open_answers;
  const std::string folded = fold_text(text);
  for (std::size_t w = 0; w < folded_words.size(); ++w)
    result.signal_words[w].answers += contains_word(folded, folded_words[w]) ? 1 : 0;
  for (const EffectiveCode* code : codes) {
    if (code->code == kUnplaceable) ++result.unplaceable;
    auto row = std::find_if(result.codes.begin(), result.codes.end(),
                            [&](const auto& c) { return c.code->id == code->code; });
    if (row == result.codes.end()) continue;
    ++row->open_count;
    ++result.coded_answers;
    if (top.empty()) continue;
    ++result.compared_answers;
    result.top_match += top[0] == code->code ? 1 : 0;
    result.top_two_match += std::find(top.begin(), top.end(), code->code) != top.end() ? 1 : 0;
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
    folded_words_.push_back(std::move(folded));
    triangulations_.push_back(std::move(triangulation));
  }
}

void TriangulationCounter::add(std::size_t group, const std::vector<StoredAnswerView>& answers,
                               const std::vector<EffectiveCode>& codes) {
  for (std::size_t t = 0; t < triangulations_.size(); ++t) {
    Triangulation& triangulation = triangulations_[t];
    std::vector<std::string> top;
    bool top_known = false;
    for (const Question* question : triangulation.open_questions) {
      for (const StoredAnswerView& answer : answers_to(answers, question->id)) {
        if (answer.text.empty()) continue;
        if (!top_known) {
          top = top_two_codes(answers, *triangulation.rank_question);
          top_known = true;
        }
        count_answer(triangulation.groups[group], folded_words_[t], answer.text, codes_of(codes, question->id), top);
      }
    }
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
