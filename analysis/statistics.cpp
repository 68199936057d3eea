// Gathering the statistics per question; see statistics.h.
#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "analysis/disclosure.h"

namespace peiling {

namespace {

// The groups whose answers the report shows, and so the only ones tested: the min-group
// rule of disclosure.h, which in a survey with units also withholds a group from which a
// unit's small group could be worked out.
std::vector<const GroupAnalysis*> taking_part(const SurveyAnalysis& analysis, const Question& question,
                                              int min_group) {
  const Disclosure disclosure(analysis, min_group);
  std::vector<const GroupAnalysis*> groups;
  for (const GroupAnalysis& group : analysis.groups)
    if (disclosure.shows(group) && question.asked_to(group.group->id)) groups.push_back(&group);
  return groups;
}

// distribution[v - 1] = how many gave v, as a tally.
ValueTally tally_of_distribution(const std::vector<int>& distribution) {
  ValueTally tally;
  for (std::size_t v = 0; v < distribution.size(); ++v)
    if (distribution[v] > 0) tally[static_cast<double>(v + 1)] = distribution[v];
  return tally;
}

GroupMean group_mean(const GroupAnalysis* group, const ValueTally& tally, const StatisticsSettings& settings) {
  return {group, tally_size(tally), tally_mean(tally),
          bootstrap_mean_interval(tally, settings.bootstrap_resamples, settings.budget.seed)};
}

// The name of a test for its own random stream: "fasen/f4" for all groups, with
// "/ib/leerkrachten" for a pair.
std::string test_name(const Question& question, const Item* item, const std::vector<const GroupAnalysis*>& groups) {
  std::string name = question.id + "/" + (item ? item->id : "");
  for (const GroupAnalysis* group : groups) name += "/" + group->group->id;
  return name;
}

ItemComparison compare(const Question& question, const Item* item, const std::vector<const GroupAnalysis*>& groups,
                       const std::vector<ValueTally>& tallies, const StatisticsSettings& settings) {
  ItemComparison comparison;
  comparison.item = item;
  std::vector<ValueTally> answered;
  std::vector<const GroupAnalysis*> answering;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (tally_size(tallies[g]) == 0) continue;
    comparison.groups.push_back(group_mean(groups[g], tallies[g], settings));
    answered.push_back(tallies[g]);
    answering.push_back(groups[g]);
  }
  if (answered.size() >= 3)
    comparison.across = kruskal_wallis(answered, settings.budget.for_test(test_name(question, item, {})));
  for (std::size_t a = 0; a < answered.size(); ++a)
    for (std::size_t b = a + 1; b < answered.size(); ++b) {
      PairComparison pair;
      pair.first = comparison.groups[a];
      pair.second = comparison.groups[b];
      pair.difference = pair.first.mean - pair.second.mean;
      pair.difference_interval = bootstrap_difference_interval(answered[a], answered[b], settings.bootstrap_resamples,
                                                               settings.budget.seed);
      pair.mann_whitney = mann_whitney(answered[a], answered[b]);
      pair.permutation = kruskal_wallis(
          {answered[a], answered[b]}, settings.budget.for_test(test_name(question, item, {answering[a], answering[b]})));
      comparison.pairs.push_back(pair);
    }
  return comparison;
}

// Every complete ranking of `question` per group in `groups`, in one read limited to those
// groups, so large groups are never read.
std::vector<std::vector<std::vector<double>>> rankings_per_group(Store& store, std::int64_t survey_id,
                                                                  const Question& question,
                                                                  const std::vector<const GroupAnalysis*>& groups) {
  std::vector<std::vector<std::vector<double>>> rows(groups.size());
  if (groups.empty()) return rows;
  std::unordered_map<std::string, std::size_t> group_index;
  std::vector<std::string> group_ids;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    group_index[groups[g]->group->id] = g;
    group_ids.push_back(groups[g]->group->id);
  }
  std::unordered_map<std::string, std::size_t> item_index;
  for (std::size_t i = 0; i < question.items.size(); ++i) item_index[question.items[i].id] = i;

  std::vector<std::unordered_map<std::int64_t, std::size_t>> row_of_response(groups.size());
  store.for_each_numeric_item(survey_id, question.id, group_ids, [&](const NumericItemAnswer& answer) {
    const auto group = group_index.find(answer.group);
    const auto item = item_index.find(answer.item);
    if (group == group_index.end() || item == item_index.end()) return;
    auto& group_rows = rows[group->second];
    const auto [row, added] = row_of_response[group->second].try_emplace(answer.response_id, group_rows.size());
    if (added) group_rows.emplace_back(question.items.size(), NAN);
    group_rows[row->second][item->second] = answer.value;
  });
  for (auto& group_rows : rows)  // a skipped item leaves a row incomplete: Friedman needs whole rows
    std::erase_if(group_rows, [](const std::vector<double>& row) {
      for (double value : row)
        if (std::isnan(value)) return true;
      return false;
    });
  return rows;
}

// W per group: from the rankings where an exact or Monte Carlo p is possible, else from
// the rank sums the analysis already has (forced rankings have no ties).
std::vector<GroupConcordance> concordance_per_group(Store& store, const SurveyAnalysis& analysis,
                                                    const Question& question,
                                                    const std::vector<const GroupAnalysis*>& groups,
                                                    const TestBudget& budget) {
  std::vector<GroupConcordance> result;
  std::vector<const GroupAnalysis*> small;
  for (const GroupAnalysis* group : groups) {
    const QuestionSummary* summary = summary_for(*group, question);
    if (!summary) continue;
    const auto& items = std::get<RankSummary>(summary->result).items;
    const int respondents = items.empty() ? 0 : items.front().answered;
    if (!concordance_is_asymptotic(respondents, static_cast<int>(items.size()), budget)) {
      small.push_back(group);
      continue;
    }
    std::vector<std::int64_t> sums;
    for (const RankItemScore& item : items) sums.push_back(item.sum);
    result.push_back({group, rank_concordance_from_sums(sums, respondents)});
  }
  const auto rankings = rankings_per_group(store, analysis.survey.id, question, small);
  for (std::size_t g = 0; g < small.size(); ++g)
    result.push_back({small[g], rank_concordance(rankings[g], budget.for_test(test_name(question, nullptr, {small[g]})))});
  std::sort(result.begin(), result.end(), [&](const GroupConcordance& a, const GroupConcordance& b) {
    return std::find(groups.begin(), groups.end(), a.group) < std::find(groups.begin(), groups.end(), b.group);
  });
  return result;
}

QuestionStatistics rank_statistics(Store& store, const SurveyAnalysis& analysis, const Question& question,
                                   const StatisticsSettings& settings) {
  QuestionStatistics statistics{&question, {}, {}};
  const auto groups = taking_part(analysis, question, settings.min_group);
  statistics.concordance = concordance_per_group(store, analysis, question, groups, settings.budget);
  for (std::size_t i = 0; i < question.items.size(); ++i) {
    std::vector<ValueTally> tallies;
    for (const GroupAnalysis* group : groups) {
      const QuestionSummary* summary = summary_for(*group, question);
      tallies.push_back(summary ? tally_of_distribution(std::get<RankSummary>(summary->result).items[i].distribution)
                                : ValueTally{});
    }
    statistics.items.push_back(compare(question, &question.items[i], groups, tallies, settings));
  }
  return statistics;
}

// A number or Likert question as a whole: the groups compared on their answers' values.
QuestionStatistics scale_statistics(const SurveyAnalysis& analysis, const Question& question,
                                    const StatisticsSettings& settings) {
  const auto groups = taking_part(analysis, question, settings.min_group);
  std::vector<ValueTally> tallies;
  for (const GroupAnalysis* group : groups) {
    const QuestionSummary* summary = summary_for(*group, question);
    if (!summary) tallies.emplace_back();
    else if (const auto* number = std::get_if<NumberSummary>(&summary->result)) tallies.push_back(number->values);
    else tallies.push_back(tally_of_distribution(std::get<LikertSummary>(summary->result).distribution));
  }
  return {&question, {}, {compare(question, nullptr, groups, tallies, settings)}};
}

// A matrix: the groups compared per statement, as the items of a rank question are.
QuestionStatistics matrix_statistics(const SurveyAnalysis& analysis, const Question& question,
                                     const StatisticsSettings& settings) {
  QuestionStatistics statistics{&question, {}, {}};
  const auto groups = taking_part(analysis, question, settings.min_group);
  for (std::size_t i = 0; i < question.items.size(); ++i) {
    std::vector<ValueTally> tallies;
    for (const GroupAnalysis* group : groups) {
      const QuestionSummary* summary = summary_for(*group, question);
      tallies.push_back(summary ? tally_of_distribution(
                                      std::get<MatrixSummary>(summary->result).statements[i].likert.distribution)
                                : ValueTally{});
    }
    statistics.items.push_back(compare(question, &question.items[i], groups, tallies, settings));
  }
  return statistics;
}

}  // namespace

const QuestionStatistics* SurveyStatistics::for_question(const Question& question) const {
  for (const QuestionStatistics& statistics : questions)
    if (statistics.question == &question) return &statistics;
  return nullptr;
}

SurveyStatistics compute_statistics(Store& store, const SurveyAnalysis& analysis, const StatisticsSettings& settings) {
  SurveyStatistics statistics;
  statistics.settings = settings;
  for (const Question& question : analysis.questionnaire.questions) {
    switch (question.type) {
      case QuestionType::rank: statistics.questions.push_back(rank_statistics(store, analysis, question, settings)); break;
      case QuestionType::likert:
      case QuestionType::number: statistics.questions.push_back(scale_statistics(analysis, question, settings)); break;
      case QuestionType::matrix: statistics.questions.push_back(matrix_statistics(analysis, question, settings)); break;
      case QuestionType::choice:
      case QuestionType::multi:
      case QuestionType::text: break;  // categories without an order: no test of this kind
    }
  }
  return statistics;
}

}  // namespace peiling
