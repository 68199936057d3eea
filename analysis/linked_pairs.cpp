// The paired analysis of linked respondents; see linked_pairs.h. The pairs are streamed
// from the store once per group; each tested row of the group's comparison collects its
// pairs' differences (scores) or discordant counts (options) on the way.
#include "analysis/linked_pairs.h"

#include <map>

#include "engine/answer_data_reader.h"

namespace peiling {

namespace {

// What one tested row collects from the pairs.
struct RowPairs {
  const Question* question = nullptr;  // the later wave's question
  ChangeRow* row = nullptr;
  std::vector<double> differences;  // scores: after - before per pair
  int pairs = 0, before_only = 0, after_only = 0;  // options: chosen in one wave only
};

// The answers of one response to `question` (item "" for single answers), found by id.
struct Answers {
  const std::vector<StoredAnswerView>* all = nullptr;

  bool answered(const std::string& question) const {
    for (const StoredAnswerView& answer : *all)
      if (answer.question == question) return true;
    return false;
  }
  const StoredAnswerView* find(const std::string& question, std::string_view item) const {
    for (const StoredAnswerView& answer : *all)
      if (answer.question == question && answer.item == item) return &answer;
    return nullptr;
  }
};

// Whether the respondent chose `option` of a choice or multi question.
bool chose(const Answers& answers, const Question& question, const std::string& option) {
  if (question.kind().layout == AnswerLayout::ticked_options) return answers.find(question.id, option) != nullptr;
  const StoredAnswerView* answer = answers.find(question.id, "");
  return answer && answer->text == option;
}

void add_pair(RowPairs& pairs, const Answers& before, const Answers& after) {
  const Question& question = *pairs.question;
  const std::string item = pairs.row->item ? pairs.row->item->id : "";
  if (question.kind().options) {
    if (!before.answered(question.id) || !after.answered(question.id)) return;
    const bool earlier = chose(before, question, item), now = chose(after, question, item);
    ++pairs.pairs;
    pairs.before_only += earlier && !now;
    pairs.after_only += now && !earlier;
    return;
  }
  const StoredAnswerView* earlier = before.find(question.id, item);
  const StoredAnswerView* now = after.find(question.id, item);
  if (!earlier || !now || !earlier->number || !now->number) return;
  ++pairs.pairs;
  pairs.differences.push_back(*now->number - *earlier->number);
}

PairedTest paired_test(const RowPairs& pairs) {
  PairedTest test;
  test.pairs = pairs.pairs;
  if (pairs.question->kind().options) test.mcnemar = mcnemar(pairs.before_only, pairs.after_only);
  else test.signed_rank = wilcoxon_signed_rank(pairs.differences);
  return test;
}

}  // namespace

bool waves_are_linkable(const WaveComparison& comparison) {
  return comparison.before->questionnaire.linking_code && comparison.after->questionnaire.linking_code;
}

void add_linked_pairs(Store& store, WaveComparison& comparison) {
  if (!waves_are_linkable(comparison)) return;
  comparison.linked = true;
  std::map<std::string, GroupChange*> by_group;
  for (GroupChange& group : comparison.groups) by_group[group.group->id] = &group;
  for (const LinkTally& tally : store.link_tallies(comparison.before->survey.id, comparison.after->survey.id))
    if (auto found = by_group.find(tally.group); found != by_group.end()) found->second->linked_pairs = tally.pairs;

  AnswerDataReader before_reader, after_reader;
  for (GroupChange& group : comparison.groups) {
    group.pairs_shown = group.shown && group.linked_pairs >= comparison.min_group;
    if (!group.pairs_shown) continue;  // too few pairs: their answers are not read
    std::vector<RowPairs> rows;
    for (QuestionChange& question : group.questions)
      for (ChangeRow& row : question.rows)
        if (row.test) rows.push_back({question.question->after, &row, {}, 0, 0, 0});
    store.for_each_linked_pair(comparison.before->survey.id, comparison.after->survey.id, {group.group->id},
                               [&](std::string_view, std::string_view before, std::string_view after) {
                                 const Answers earlier{&before_reader.read(before)};
                                 const Answers now{&after_reader.read(after)};
                                 for (RowPairs& pairs : rows) add_pair(pairs, earlier, now);
                               });
    for (RowPairs& pairs : rows) pairs.row->paired = paired_test(pairs);
  }
}

}  // namespace peiling
