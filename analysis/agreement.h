// Agreement between coders on nominal codes: percent agreement, Cohen's kappa (two
// coders) and Krippendorff's alpha (any number of coders, missing codings allowed), with
// the confusion matrix of a pair of coders. Pure arithmetic on a table of units by coders;
// coder_comparison.h reads that table from the store.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace peiling {

// One coded thing (an open answer) and the value each coder gave it, in coder order;
// "" = this coder did not code it.
struct CodedUnit {
  std::vector<std::string> values;
};

struct AgreementStats {
  int units = 0;           // units with values from at least two coders (the pairable ones)
  int pairs = 0;           // coder pairs over those units that both coded
  int agreeing_pairs = 0;  // of those, the pairs with the same value
  // agreeing_pairs / pairs; with two coders simply the share of units they agree on.
  std::optional<double> percent_agreement;
  // Cohen (1960), only for exactly two coders, over the units both coded; absent when the
  // chance agreement is 1 (both coders used one and the same code for everything).
  std::optional<double> cohen_kappa;
  // Krippendorff's alpha for nominal data; absent when the pairable values show no
  // variation at all (alpha is then undefined).
  std::optional<double> krippendorff_alpha;
};

AgreementStats measure_agreement(const std::vector<CodedUnit>& units, std::size_t coders);

// Counts of (value of coder a, value of coder b) over the units both coded, rows and
// columns in the order of `categories` (the values that occur, sorted).
struct ConfusionMatrix {
  std::vector<std::string> categories;
  std::vector<std::vector<int>> counts;  // counts[row = coder a's value][column = coder b's value]
};

ConfusionMatrix confusion_matrix(const std::vector<CodedUnit>& units, std::size_t coder_a, std::size_t coder_b);

}  // namespace peiling
