// Counting and summarising one question's answers; see question_tally.h.
#include "analysis/question_tally.h"

#include <algorithm>
#include <cmath>

#include "analysis/rank_places.h"

namespace peiling {

namespace {

// The whole number `answer` holds when it lies in 1..limit (a rank number, a scale point).
std::optional<int> position(const StoredAnswerView& answer, int limit) {
  if (!answer.number || *answer.number != std::floor(*answer.number)) return std::nullopt;
  const double value = *answer.number;
  if (value < 1 || value > limit) return std::nullopt;
  return static_cast<int>(value);
}

// The middle value of the answers tallied in `counts` (value -> how often, in value order),
// or the mean of the two middle values when their number is even; 0 when there are none.
double median_of(const std::map<double, int>& counts, int total) {
  const int lower_middle = (total - 1) / 2, upper_middle = total / 2;
  int seen = 0;
  double lower = 0, upper = 0;
  for (const auto& [value, count] : counts) {
    if (seen <= lower_middle && lower_middle < seen + count) lower = value;
    if (seen <= upper_middle && upper_middle < seen + count) upper = value;
    seen += count;
  }
  return (lower + upper) / 2;
}

RankSummary summarise_rank(const Question& question, const std::vector<int>& counts) {
  RankSummary summary;
  const int scale_size = static_cast<int>(question.items.size());
  for (std::size_t i = 0; i < question.items.size(); ++i) {
    RankItemScore score;
    score.item = &question.items[i];
    score.distribution.assign(static_cast<std::size_t>(scale_size), 0);
    for (int number = 1; number <= scale_size; ++number) {
      const int count = counts[i * static_cast<std::size_t>(scale_size) + static_cast<std::size_t>(number - 1)];
      score.distribution[static_cast<std::size_t>(number - 1)] = count;
      score.answered += count;
      score.sum += static_cast<std::int64_t>(number) * count;
    }
    summary.items.push_back(score);
  }
  assign_rank_places(summary, question.direction);
  return summary;
}

ChoiceSummary summarise_choice(const Question& question, const std::vector<int>& counts, int answered) {
  ChoiceSummary summary;
  summary.answered = answered;
  for (std::size_t i = 0; i < question.items.size(); ++i) summary.options.push_back({&question.items[i], counts[i]});
  return summary;
}

// The scale points counted from `first` in `counts`: the Likert question, or one statement.
LikertSummary summarise_scale(const Question& question, const std::vector<int>& counts, std::size_t first) {
  LikertSummary summary;
  summary.distribution.assign(counts.begin() + static_cast<std::ptrdiff_t>(first),
                              counts.begin() + static_cast<std::ptrdiff_t>(first + question.scale.size()));
  std::map<double, int> by_position;
  for (std::size_t position = 1; position <= question.scale.size(); ++position) {
    const int count = summary.distribution[position - 1];
    summary.answered += count;
    by_position[static_cast<double>(position)] = count;
  }
  summary.median = median_of(by_position, summary.answered);
  return summary;
}

MatrixSummary summarise_matrix(const Question& question, const std::vector<int>& counts, int answered) {
  MatrixSummary summary;
  summary.answered = answered;
  for (std::size_t i = 0; i < question.items.size(); ++i)
    summary.statements.push_back({&question.items[i], summarise_scale(question, counts, i * question.scale.size())});
  return summary;
}

NumberSummary summarise_number(std::map<double, int> values) {
  NumberSummary summary;
  if (values.empty()) return summary;
  double sum = 0;
  for (const auto& [value, count] : values) {
    summary.answered += count;
    sum += value * count;
  }
  summary.mean = sum / summary.answered;
  summary.min = values.begin()->first;
  summary.max = values.rbegin()->first;
  summary.median = median_of(values, summary.answered);
  summary.values = std::move(values);
  return summary;
}

}  // namespace

QuestionTally::QuestionTally(const Question& question, std::size_t group_count)
    : question_(question),
      counts_(group_count, std::vector<int>(static_cast<std::size_t>(key_count()), 0)),
      values_(group_count),
      answering_(group_count, 0),
      coded_(group_count, 0) {
  std::vector<std::size_t> by_id(question.items.size());
  for (std::size_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(),
            [&](std::size_t a, std::size_t b) { return question.items[a].id < question.items[b].id; });
  next_by_id_.resize(by_id.size());
  for (std::size_t k = 0; k < by_id.size(); ++k) next_by_id_[by_id[k]] = by_id[(k + 1) % by_id.size()];
}

// How many distinct keys the type's answers are counted under.
int QuestionTally::key_count() const {
  const int items = static_cast<int>(question_.items.size());
  const int points = static_cast<int>(question_.scale.size());
  switch (question_.type) {
    case QuestionType::rank: return items * items;
    case QuestionType::choice:
    case QuestionType::multi: return items;
    case QuestionType::likert: return points;
    case QuestionType::matrix: return items * points;
    case QuestionType::number:
    case QuestionType::text: return 0;
  }
  return 0;
}

// Stored answers come sorted by item id, so the item after the last one found (in id
// order) is tried first: one comparison per answer instead of a search.
std::optional<int> QuestionTally::item_index(std::string_view item_id) const {
  if (guess_ < question_.items.size() && question_.items[guess_].id == item_id) {
    const std::size_t found = guess_;
    guess_ = next_by_id_[found];
    return static_cast<int>(found);
  }
  for (std::size_t i = 0; i < question_.items.size(); ++i)
    if (question_.items[i].id == item_id) {
      guess_ = next_by_id_[i];
      return static_cast<int>(i);
    }
  return std::nullopt;
}

// The key one stored answer is counted under; none for what the definition no longer has
// (a stored value outside it is left out rather than miscounted).
std::optional<int> QuestionTally::key_of(const StoredAnswerView& answer) const {
  const int items = static_cast<int>(question_.items.size());
  const int points = static_cast<int>(question_.scale.size());
  switch (question_.type) {
    case QuestionType::rank: {
      const auto item = item_index(answer.item);
      const auto number = position(answer, items);
      if (!item || !number) return std::nullopt;
      return *item * items + *number - 1;
    }
    case QuestionType::choice: return item_index(answer.text);
    case QuestionType::multi: return item_index(answer.item);
    case QuestionType::likert: {
      const auto point = position(answer, points);
      return point ? std::optional<int>(*point - 1) : std::nullopt;
    }
    case QuestionType::matrix: {
      const auto item = item_index(answer.item);
      const auto point = position(answer, points);
      if (!item || !point) return std::nullopt;
      return *item * points + *point - 1;
    }
    case QuestionType::number:
    case QuestionType::text: return std::nullopt;
  }
  return std::nullopt;
}

void QuestionTally::merge(const QuestionTally& other) {
  for (std::size_t g = 0; g < counts_.size(); ++g) {
    for (std::size_t key = 0; key < counts_[g].size(); ++key) counts_[g][key] += other.counts_[g][key];
    for (const auto& [value, count] : other.values_[g]) values_[g][value] += count;
    answering_[g] += other.answering_[g];
    coded_[g] += other.coded_[g];
  }
}

void QuestionTally::add(std::size_t group, std::span<const StoredAnswerView> answers) {
  bool answered = false;
  for (const StoredAnswerView& answer : answers) {
    if (answer.text.empty()) continue;
    if (question_.type == QuestionType::number) {
      if (!answer.number) continue;
      ++values_[group][*answer.number];
    } else if (const auto key = key_of(answer)) {
      ++counts_[group][static_cast<std::size_t>(*key)];
    } else if (!question_.kind().open) {
      continue;
    }
    answered = true;
  }
  if (answered) ++answering_[group];
}

std::vector<int> QuestionTally::counts_of(std::optional<std::size_t> group) const {
  if (group) return counts_[*group];
  std::vector<int> merged(static_cast<std::size_t>(key_count()), 0);
  for (const auto& counts : counts_)
    for (std::size_t key = 0; key < counts.size(); ++key) merged[key] += counts[key];
  return merged;
}

int QuestionTally::total(const std::vector<int>& per_group, std::optional<std::size_t> group) const {
  if (group) return per_group[*group];
  int sum = 0;
  for (int count : per_group) sum += count;
  return sum;
}

QuestionSummary QuestionTally::summarise(std::optional<std::size_t> group) const {
  QuestionSummary summary;
  summary.question = &question_;
  const std::vector<int> counts = counts_of(group);
  const int answered = total(answering_, group);
  switch (question_.type) {
    case QuestionType::rank: summary.result = summarise_rank(question_, counts); break;
    case QuestionType::choice:
    case QuestionType::multi: summary.result = summarise_choice(question_, counts, answered); break;
    case QuestionType::likert: summary.result = summarise_scale(question_, counts, 0); break;
    case QuestionType::matrix: summary.result = summarise_matrix(question_, counts, answered); break;
    case QuestionType::number: {
      std::map<double, int> values;
      for (std::size_t g = 0; g < values_.size(); ++g)
        if (!group || g == *group)
          for (const auto& [value, count] : values_[g]) values[value] += count;
      summary.result = summarise_number(std::move(values));
      break;
    }
    case QuestionType::text: summary.result = OpenSummary{answered, total(coded_, group)}; break;
  }
  return summary;
}

}  // namespace peiling
