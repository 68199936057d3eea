// The change between two waves per group and question; see wave_comparison.h.
#include "analysis/wave_comparison.h"

#include <cmath>

#include "analysis/disclosure.h"

namespace peiling {

namespace {

ValueTally tally_of_distribution(const std::vector<int>& distribution) {
  ValueTally tally;
  for (std::size_t v = 0; v < distribution.size(); ++v)
    if (distribution[v] > 0) tally[static_cast<double>(v + 1)] = distribution[v];
  return tally;
}

// A share as a sample of 0s and 1s: `count` of `answered` chose it.
ValueTally tally_of_share(int count, int answered) {
  ValueTally tally;
  if (answered - count > 0) tally[0] = answered - count;
  if (count > 0) tally[1] = count;
  return tally;
}

double percent(int count, int answered) { return answered == 0 ? 0 : 100.0 * count / answered; }

const GroupAnalysis* group_of(const SurveyAnalysis& analysis, const std::string& id) {
  for (const GroupAnalysis& group : analysis.groups)
    if (group.group->id == id) return &group;
  return nullptr;
}

// Builds one group's rows per question kind, from the two waves' summaries.
class GroupComparer {
 public:
  GroupComparer(const WaveComparisonSettings& settings, const std::string& group_id)
      : settings_(settings), group_id_(group_id) {}

  QuestionChange compare(const ComparableQuestion& question, const QuestionSummary& before,
                         const QuestionSummary& after) {
    QuestionChange change{&question, {}};
    question_ = &question;
    rows_ = &change.rows;
    switch (question.after->type) {
      case QuestionType::rank:
        rank(std::get<RankSummary>(before.result), std::get<RankSummary>(after.result));
        break;
      case QuestionType::choice:
      case QuestionType::multi:
        shares(std::get<ChoiceSummary>(before.result), std::get<ChoiceSummary>(after.result));
        break;
      case QuestionType::likert:
        likert(std::get<LikertSummary>(before.result), std::get<LikertSummary>(after.result));
        break;
      case QuestionType::matrix:
        matrix(std::get<MatrixSummary>(before.result), std::get<MatrixSummary>(after.result));
        break;
      case QuestionType::number:
        number(std::get<NumberSummary>(before.result), std::get<NumberSummary>(after.result));
        break;
      case QuestionType::text:
        break;  // never comparable (wave_comparability.cpp)
    }
    return change;
  }

 private:
  std::string test_name(const std::string& part) const {
    return "waves/" + question_->after->id + "/" + part + "/" + group_id_;
  }

  ChangeRow& tested(ChangeRow row, const ValueTally& before, const ValueTally& after, double scale,
                    const std::string& part) {
    if (tally_size(before) > 0 && tally_size(after) > 0)
      row.test = test_change(before, after, scale, settings_, test_name(part));
    rows_->push_back(std::move(row));
    return rows_->back();
  }

  void rank(const RankSummary& before, const RankSummary& after) {
    for (const RankItemScore& score : after.items) {
      const RankItemScore* earlier = nullptr;
      for (const RankItemScore& candidate : before.items)
        if (candidate.item->id == score.item->id) earlier = &candidate;
      if (!earlier || earlier->answered == 0 || score.answered == 0) continue;
      ChangeRow row;
      row.item = score.item;
      row.before = static_cast<double>(earlier->sum) / earlier->answered;
      row.after = static_cast<double>(score.sum) / score.answered;
      row.n_before = earlier->answered;
      row.n_after = score.answered;
      row.place_before = earlier->place;
      row.place_after = score.place;
      row.shared_before = earlier->shared_place;
      row.shared_after = score.shared_place;
      tested(row, tally_of_distribution(earlier->distribution), tally_of_distribution(score.distribution), 1,
             score.item->id);
    }
  }

  void shares(const ChoiceSummary& before, const ChoiceSummary& after) {
    if (before.answered == 0 || after.answered == 0) return;
    for (const std::string& id : question_->items) {
      const OptionCount* earlier = find_option(before, id);
      const OptionCount* now = find_option(after, id);
      if (!earlier || !now) continue;
      ChangeRow row;
      row.item = now->option;
      row.kind = FigureKind::share;
      row.before = percent(earlier->count, before.answered);
      row.after = percent(now->count, after.answered);
      row.n_before = before.answered;
      row.n_after = after.answered;
      tested(row, tally_of_share(earlier->count, before.answered), tally_of_share(now->count, after.answered), 100,
             id);
    }
  }

  static const OptionCount* find_option(const ChoiceSummary& summary, const std::string& id) {
    for (const OptionCount& option : summary.options)
      if (option.option->id == id) return &option;
    return nullptr;
  }

  // The share of each position, then the mean position, which is what is tested: a test
  // per position would test the same answers k times over.
  void likert(const LikertSummary& before, const LikertSummary& after, const Item* statement = nullptr) {
    if (before.answered == 0 || after.answered == 0) return;
    if (!statement)
      for (std::size_t v = 0; v < after.distribution.size(); ++v) {
        ChangeRow row;
        row.scale_position = static_cast<int>(v + 1);
        row.kind = FigureKind::share;
        row.before = percent(v < before.distribution.size() ? before.distribution[v] : 0, before.answered);
        row.after = percent(after.distribution[v], after.answered);
        row.n_before = before.answered;
        row.n_after = after.answered;
        rows_->push_back(row);
      }
    const ValueTally earlier = tally_of_distribution(before.distribution);
    const ValueTally now = tally_of_distribution(after.distribution);
    ChangeRow mean;
    mean.item = statement;
    mean.before = tally_mean(earlier);
    mean.after = tally_mean(now);
    mean.n_before = before.answered;
    mean.n_after = after.answered;
    tested(mean, earlier, now, 1, statement ? statement->id : "");
  }

  void matrix(const MatrixSummary& before, const MatrixSummary& after) {
    for (const std::string& id : question_->items) {
      const StatementSummary* earlier = find_statement(before, id);
      const StatementSummary* now = find_statement(after, id);
      if (earlier && now) likert(earlier->likert, now->likert, now->statement);
    }
  }

  static const StatementSummary* find_statement(const MatrixSummary& summary, const std::string& id) {
    for (const StatementSummary& statement : summary.statements)
      if (statement.statement->id == id) return &statement;
    return nullptr;
  }

  void number(const NumberSummary& before, const NumberSummary& after) {
    if (before.answered == 0 || after.answered == 0) return;
    ChangeRow mean;
    mean.before = before.mean;
    mean.after = after.mean;
    mean.n_before = before.answered;
    mean.n_after = after.answered;
    tested(mean, before.values, after.values, 1, "");
    ChangeRow median = mean;
    median.kind = FigureKind::median;
    median.before = before.median;
    median.after = after.median;
    median.test.reset();
    rows_->push_back(median);
  }

  const WaveComparisonSettings& settings_;
  const std::string& group_id_;
  const ComparableQuestion* question_ = nullptr;
  std::vector<ChangeRow>* rows_ = nullptr;
};

// Each wave's own min-group rule (disclosure.h) decides: in a survey with units a group
// with enough respondents may still be withheld, since it minus the units' shown groups
// would give a small one away; its figures as "after" or "before" would do the same.
GroupChange compare_group(const WaveComparison& comparison, const GroupAnalysis& before, const GroupAnalysis& after,
                          const Disclosure& before_rule, const Disclosure& after_rule,
                          const WaveComparisonSettings& settings) {
  GroupChange change;
  change.group = after.group;
  change.responded_before = before.responded;
  change.responded_after = after.responded;
  change.shown = before_rule.shows(before) && after_rule.shows(after);
  change.withheld_for_units = !change.shown && before.responded >= settings.min_group &&
                              after.responded >= settings.min_group;
  if (!change.shown) return change;  // a withheld group's answers are never summarised
  GroupComparer comparer(settings, after.group->id);
  for (const ComparableQuestion& question : comparison.comparability.questions) {
    const QuestionSummary* earlier = summary_for(before, *question.before);
    const QuestionSummary* now = summary_for(after, *question.after);
    if (!earlier || !now) continue;
    QuestionChange figures = comparer.compare(question, *earlier, *now);
    if (!figures.rows.empty()) change.questions.push_back(std::move(figures));
  }
  return change;
}

}  // namespace

ChangeTest test_change(const ValueTally& before, const ValueTally& after, double scale,
                       const WaveComparisonSettings& settings, const std::string& test_name) {
  ChangeTest test;
  test.change = scale * (tally_mean(after) - tally_mean(before));
  const Interval interval =
      bootstrap_difference_interval(after, before, settings.bootstrap_resamples, settings.budget.seed);
  test.interval = {scale * interval.low, scale * interval.high};
  test.p = kruskal_wallis({before, after}, settings.budget.for_test(test_name)).p;
  return test;
}

WaveComparison compare_waves(const SurveyAnalysis& before, const SurveyAnalysis& after,
                             const WaveComparisonSettings& settings) {
  WaveComparison comparison;
  comparison.before = &before;
  comparison.after = &after;
  comparison.min_group = settings.min_group;
  comparison.comparability = check_comparability(before.questionnaire, after.questionnaire);
  const Disclosure before_rule(before, settings.min_group);
  const Disclosure after_rule(after, settings.min_group);
  for (const GroupAnalysis& group : after.groups)
    if (const GroupAnalysis* earlier = group_of(before, group.group->id))
      comparison.groups.push_back(compare_group(comparison, *earlier, group, before_rule, after_rule, settings));
  return comparison;
}

}  // namespace peiling
