// The triangulation numbers of triangulation.h, from the analysis's rank summaries and one
// stream of open answers per group and question.
#include "analysis/triangulation.h"

#include <algorithm>
#include <set>

#include "analysis/survey_analysis.h"
#include "analysis/text_fold.h"
#include "engine/answer_sql.h"

namespace peiling {

namespace {

const RankSummary* rank_summary(const GroupAnalysis& group, const Question& question) {
  for (const QuestionSummary& summary : group.questions)
    if (summary.question == &question) return &std::get<RankSummary>(summary.result);
  return nullptr;
}

// The codes of the respondent's two most important items, best first.
std::vector<std::string> top_two_codes(Statement& ranking, const Question& rank_question, std::int64_t response_id) {
  ranking.reset();
  ranking.bind(1, response_id).bind(2, question_json_path(rank_question.id));
  std::vector<std::pair<std::int64_t, std::string>> numbers;  // (number, item)
  while (ranking.step()) numbers.emplace_back(std::stoll(ranking.column_text(1)), ranking.column_text(0));
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

void tally_group(Store& store, std::int64_t survey_id, const Triangulation& triangulation, GroupTriangulation& result) {
  const std::string group_id = result.group ? result.group->id : "";
  Statement ranking(store.database(), std::string("SELECT a.key, ") + kAnswerValue +
                                          " FROM responses r, json_each(r.answer_data, ?2) a WHERE r.id = ?1");
  std::vector<std::string> folded_words;
  for (const auto& word : result.signal_words) folded_words.push_back(fold_text(word.word));
  for (const Question* question : triangulation.open_questions) {
    // An answer with several codes is streamed once per code; only a `multiple` frame can
    // have those, so only then are the answers seen remembered.
    std::set<std::int64_t> seen;
    const bool multiple = triangulation.frame->multiple;
    for_each_open_answer(store, survey_id, triangulation.frame, *question, group_id,
                         [&](const OpenAnswer& answer) {
                           const bool first_visit = !multiple || seen.insert(answer.response_id).second;
                           if (first_visit) {
                             ++result.open_answers;
                             const std::string text = fold_text(answer.text);
                             for (std::size_t w = 0; w < folded_words.size(); ++w)
                               result.signal_words[w].answers += contains_word(text, folded_words[w]) ? 1 : 0;
                           }
                           if (answer.code == kUnplaceable) ++result.unplaceable;
                           auto row = std::find_if(result.codes.begin(), result.codes.end(), [&](const auto& c) {
                             return c.code->id == answer.code;
                           });
                           if (row == result.codes.end()) return;
                           ++row->open_count;
                           ++result.coded_answers;
                           const auto top = top_two_codes(ranking, *triangulation.rank_question, answer.response_id);
                           if (top.empty()) return;
                           ++result.compared_answers;
                           result.top_match += top[0] == answer.code ? 1 : 0;
                           result.top_two_match += std::find(top.begin(), top.end(), answer.code) != top.end() ? 1 : 0;
                         },
                         AnswerOrder::any);
  }
}

GroupTriangulation tally_triangulation_group(Store& store, std::int64_t survey_id, const Triangulation& triangulation,
                                             const RespondentGroup& group) {
  GroupTriangulation result;
  result.group = &group;
  for (const Item& item : triangulation.rank_question->items)
    if (const Code* code = triangulation.frame->find_code(item.code)) result.codes.push_back(CodeTriangulation{code, &item});
  result.signal_words = signal_words_of(*triangulation.frame);
  tally_group(store, survey_id, triangulation, result);
  assign_open_places(result.codes);
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

std::vector<Triangulation> tally_triangulations(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire) {
  std::vector<Triangulation> triangulations;
  for (const Question& rank : questionnaire.questions) {
    if (rank.type != QuestionType::rank) continue;
    const CodingFrame* frame = questionnaire.find_frame(rank.coding_frame);
    const bool linked = std::any_of(rank.items.begin(), rank.items.end(), [](const Item& i) { return !i.code.empty(); });
    if (!frame || !linked) continue;
    Triangulation triangulation{&rank, frame, {}, {}};
    for (const Question& open : questionnaire.questions)
      if (open.kind().open && open.coding_frame == frame->id) triangulation.open_questions.push_back(&open);
    if (triangulation.open_questions.empty()) continue;
    for (const RespondentGroup& group : questionnaire.groups)
      triangulation.groups.push_back(tally_triangulation_group(store, survey_id, triangulation, group));
    triangulations.push_back(std::move(triangulation));
  }
  return triangulations;
}

void add_rank_places(std::vector<Triangulation>& triangulations, const SurveyAnalysis& analysis) {
  for (Triangulation& triangulation : triangulations)
    for (GroupTriangulation& result : triangulation.groups)
      for (const GroupAnalysis& group : analysis.groups)
        if (group.group == result.group) add_group_rank_places(result, *triangulation.rank_question, group);
}

}  // namespace peiling
