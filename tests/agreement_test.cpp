// The agreement statistics against worked examples published in the literature; each
// test names its source, so a reader can check the expected value there.
#include <catch2/catch.hpp>

#include "analysis/agreement.h"

using namespace peiling;

namespace {

// Units from rows of coder values; "." is a missing coding.
std::vector<CodedUnit> units_from(const std::vector<std::vector<std::string>>& coder_rows) {
  std::vector<CodedUnit> units(coder_rows.front().size());
  for (const auto& row : coder_rows)
    for (std::size_t u = 0; u < row.size(); ++u) units[u].values.push_back(row[u] == "." ? "" : row[u]);
  return units;
}

// A two-coder table given as its 2x2 cell counts (yes/yes, yes/no, no/yes, no/no).
std::vector<CodedUnit> two_by_two(int yes_yes, int yes_no, int no_yes, int no_no) {
  std::vector<CodedUnit> units;
  auto add = [&](int count, const char* a, const char* b) {
    for (int i = 0; i < count; ++i) units.push_back({{a, b}});
  };
  add(yes_yes, "ja", "ja");
  add(yes_no, "ja", "nee");
  add(no_yes, "nee", "ja");
  add(no_no, "nee", "nee");
  return units;
}

}  // namespace

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. University of
// Pennsylvania, ScholarlyCommons (Departmental Papers, ASC), section C: "Nominal data,
// any number of observers, missing data": 4 observers, 12 units, alpha = 0.743.
TEST_CASE("Krippendorff's alpha matches Krippendorff (2011), nominal, four observers, missing data",
          "[agreement]") {
  const auto units = units_from({
      {"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."},
      {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"},
      {".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."},
      {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."},
  });
  const AgreementStats stats = measure_agreement(units, 4);
  REQUIRE(stats.krippendorff_alpha);
  CHECK(*stats.krippendorff_alpha == Approx(0.743).margin(0.0005));
  CHECK(stats.units == 11);  // unit 12 has one value only: not pairable
  CHECK_FALSE(stats.cohen_kappa);  // kappa is for two coders
}

// Same paper, section A: "Binary (or dichotomous) data, two observers, no missing data":
// alpha = 0.095.
TEST_CASE("Krippendorff's alpha matches Krippendorff (2011), binary, two observers", "[agreement]") {
  const auto units = units_from({
      {"0", "1", "0", "0", "0", "0", "0", "0", "1", "0"},
      {"1", "1", "1", "0", "0", "1", "0", "0", "0", "0"},
  });
  const AgreementStats stats = measure_agreement(units, 2);
  REQUIRE(stats.krippendorff_alpha);
  CHECK(*stats.krippendorff_alpha == Approx(0.095).margin(0.0005));
  REQUIRE(stats.percent_agreement);
  CHECK(*stats.percent_agreement == Approx(0.6));
}

// Cohen's kappa, the worked examples of the Wikipedia article "Cohen's kappa" (section
// "Examples", after Cohen 1960): 50 grant proposals read by two readers, 20 yes/yes,
// 5 yes/no, 10 no/yes, 15 no/no: p_o = 0.7, p_e = 0.5, kappa = 0.4; and the two tables of
// "Same percentages but different numbers": kappa = 0.1304 and 0.2593.
TEST_CASE("Cohen's kappa matches the published worked examples", "[agreement]") {
  const AgreementStats grants = measure_agreement(two_by_two(20, 5, 10, 15), 2);
  REQUIRE(grants.cohen_kappa);
  CHECK(*grants.cohen_kappa == Approx(0.4));
  CHECK(*grants.percent_agreement == Approx(0.7));
  CHECK(grants.units == 50);

  const AgreementStats first = measure_agreement(two_by_two(45, 15, 25, 15), 2);
  CHECK(*first.cohen_kappa == Approx(0.1304).margin(0.00005));
  const AgreementStats second = measure_agreement(two_by_two(25, 35, 5, 35), 2);
  CHECK(*second.cohen_kappa == Approx(0.2593).margin(0.00005));
}

TEST_CASE("agreement without variation leaves kappa and alpha undefined instead of dividing by zero",
          "[agreement]") {
  const auto units = units_from({{"f4", "f4", "f4"}, {"f4", "f4", "f4"}});
  const AgreementStats stats = measure_agreement(units, 2);
  CHECK(*stats.percent_agreement == Approx(1.0));
  CHECK_FALSE(stats.cohen_kappa);
  CHECK_FALSE(stats.krippendorff_alpha);

  const AgreementStats none = measure_agreement(units_from({{"f1", "."}, {".", "f2"}}), 2);
  CHECK(none.units == 0);
  CHECK_FALSE(none.percent_agreement);
  CHECK_FALSE(none.cohen_kappa);
}

TEST_CASE("the confusion matrix counts pairs of codes over the answers both coders coded", "[agreement]") {
  const auto units = units_from({{"f3", "f3", "f4", "f2", "."}, {"f3", "f4", "f4", "f3", "f1"}});
  const ConfusionMatrix matrix = confusion_matrix(units, 0, 1);
  CHECK(matrix.categories == std::vector<std::string>{"f2", "f3", "f4"});
  CHECK(matrix.counts == std::vector<std::vector<int>>{{0, 1, 0}, {0, 1, 1}, {0, 0, 1}});
}

TEST_CASE("agreement per category: each coder's use of a code and the proportion of specific agreement",
          "[agreement]") {
  const auto units = units_from({{"f3", "f3", "f4", "f2", "."}, {"f3", "f4", "f4", "f3", "f1"}});
  const auto categories = category_agreement(confusion_matrix(units, 0, 1));
  REQUIRE(categories.size() == 3);
  CHECK(categories[0].category == "f2");
  CHECK((categories[0].first == 1 && categories[0].second == 0 && categories[0].both == 0));
  CHECK(categories[0].specific == Approx(0.0));
  CHECK((categories[1].first == 2 && categories[1].second == 2 && categories[1].both == 1));
  CHECK(categories[1].specific == Approx(0.5));  // 2 * 1 / (2 + 2)
  CHECK((categories[2].first == 1 && categories[2].second == 2 && categories[2].both == 1));
  CHECK(categories[2].specific == Approx(2.0 / 3));
  CHECK(category_agreement(ConfusionMatrix{}).empty());
}
