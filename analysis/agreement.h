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

// Agreement on one category of a confusion matrix: how often each coder used it and how often
// both did on the same answer, with the proportion of specific agreement 2 * both / (first +
// second) (Fleiss 1975; Uebersax's "positive agreement" for that category), which shows the
// codes the coders read differently where the overall figures cannot.
struct CategoryAgreement {
  std::string category;
  int first = 0;   // answers coder a put in this category (the matrix's row total)
  int second = 0;  // answers coder b put in it (the column total)
  int both = 0;    // answers both put in it (the diagonal)
  std::optional<double> specific;  // absent when neither used it
};

std::vector<CategoryAgreement> category_agreement(const ConfusionMatrix& matrix);

}  // namespace peiling
