// The agreement statistics of agreement.h, computed as the cited papers define them.
#include "analysis/agreement.h"

#include <algorithm>
#include <map>
#include <set>

namespace peiling {

namespace {

std::vector<std::string> present_values(const CodedUnit& unit) {
  std::vector<std::string> values;
  for (const auto& value : unit.values)
    if (!value.empty()) values.push_back(value);
  return values;
}

// Cohen's kappa: (p_o - p_e) / (1 - p_e), p_e from each coder's own marginal shares.
std::optional<double> cohen_kappa(const std::vector<CodedUnit>& units) {
  std::map<std::string, double> first, second;
  double both = 0, same = 0;
  for (const CodedUnit& unit : units) {
    if (unit.values.size() < 2 || unit.values[0].empty() || unit.values[1].empty()) continue;
    ++both;
    same += unit.values[0] == unit.values[1];
    first[unit.values[0]] += 1;
    second[unit.values[1]] += 1;
  }
  if (both == 0) return std::nullopt;
  double chance = 0;
  for (const auto& [value, count] : first) {
    const auto other = second.find(value);
    if (other != second.end()) chance += (count / both) * (other->second / both);
  }
  if (chance >= 1) return std::nullopt;
  return (same / both - chance) / (1 - chance);
}

// Krippendorff's alpha, nominal: from the coincidence matrix o (each unit with m values
// adds 1/(m-1) per ordered pair of values from different coders),
// alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k.
std::optional<double> krippendorff_alpha(const std::vector<CodedUnit>& units) {
  std::map<std::string, double> marginal;  // n_c
  double disagreeing = 0;                  // sum over c != k of o_ck
  for (const CodedUnit& unit : units) {
    const auto values = present_values(unit);
    const std::size_t m = values.size();
    if (m < 2) continue;
    const double weight = 1.0 / static_cast<double>(m - 1);
    for (std::size_t i = 0; i < m; ++i)
      for (std::size_t j = 0; j < m; ++j) {
        if (i == j) continue;
        marginal[values[i]] += weight;
        if (values[i] != values[j]) disagreeing += weight;
      }
  }
  double n = 0, squares = 0;
  for (const auto& [value, count] : marginal) {
    n += count;
    squares += count * count;
  }
  const double expected = n * n - squares;  // sum over c != k of n_c n_k
  if (n <= 1 || expected <= 0) return std::nullopt;
  return 1 - (n - 1) * disagreeing / expected;
}

}  // namespace

AgreementStats measure_agreement(const std::vector<CodedUnit>& units, std::size_t coders) {
  AgreementStats stats;
  for (const CodedUnit& unit : units) {
    if (present_values(unit).size() < 2) continue;
    ++stats.units;
    for (std::size_t a = 0; a < unit.values.size(); ++a)
      for (std::size_t b = a + 1; b < unit.values.size(); ++b) {
        if (unit.values[a].empty() || unit.values[b].empty()) continue;
        ++stats.pairs;
        stats.agreeing_pairs += unit.values[a] == unit.values[b];
      }
  }
  if (stats.pairs > 0) stats.percent_agreement = static_cast<double>(stats.agreeing_pairs) / stats.pairs;
  if (coders == 2) stats.cohen_kappa = cohen_kappa(units);
  stats.krippendorff_alpha = krippendorff_alpha(units);
  return stats;
}

ConfusionMatrix confusion_matrix(const std::vector<CodedUnit>& units, std::size_t coder_a, std::size_t coder_b) {
  std::set<std::string> seen;
  auto both_coded = [&](const CodedUnit& unit) {
    return std::max(coder_a, coder_b) < unit.values.size() && !unit.values[coder_a].empty() &&
           !unit.values[coder_b].empty();
  };
  for (const CodedUnit& unit : units)
    if (both_coded(unit)) seen.insert({unit.values[coder_a], unit.values[coder_b]});
  ConfusionMatrix matrix;
  matrix.categories.assign(seen.begin(), seen.end());
  matrix.counts.assign(matrix.categories.size(), std::vector<int>(matrix.categories.size(), 0));
  auto position = [&](const std::string& value) {
    return static_cast<std::size_t>(std::lower_bound(matrix.categories.begin(), matrix.categories.end(), value) -
                                    matrix.categories.begin());
  };
  for (const CodedUnit& unit : units)
    if (both_coded(unit)) ++matrix.counts[position(unit.values[coder_a])][position(unit.values[coder_b])];
  return matrix;
}

std::vector<CategoryAgreement> category_agreement(const ConfusionMatrix& matrix) {
  std::vector<CategoryAgreement> categories;
  for (std::size_t index = 0; index < matrix.categories.size(); ++index) {
    CategoryAgreement category;
    category.category = matrix.categories[index];
    for (std::size_t other = 0; other < matrix.categories.size(); ++other) {
      category.first += matrix.counts[index][other];
      category.second += matrix.counts[other][index];
    }
    category.both = matrix.counts[index][index];
    if (category.first + category.second > 0)
      category.specific = 2.0 * category.both / (category.first + category.second);
    categories.push_back(category);
  }
  return categories;
}

}  // namespace peiling
