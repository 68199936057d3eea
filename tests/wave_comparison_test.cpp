// The change between two waves (issue 16): figures per group and comparable question,
// checked by hand, and the statistics of the change against R (tests/waves_expected.R).
#include <catch2/catch.hpp>
#include <string>

#include "analysis/wave_comparison.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "test_support.h"
#include "wave_fixture.h"

using namespace peiling;
using peiling::testing::TwoWaves;

namespace {

const ChangeRow& row_of(const QuestionChange& question, const std::string& item) {
  for (const ChangeRow& row : question.rows)
    if (row.item && row.item->id == item) return row;
  FAIL("no row " + item);
  throw;
}

}  // namespace

TEST_CASE("rank means, places and their change per group, computed by hand", "[waves]") {
  TwoWaves waves;
  const WaveComparison comparison = compare_waves(*waves.before, *waves.after, {});
  REQUIRE(comparison.groups.size() == 2);
  const GroupChange& a = comparison.groups[0];
  CHECK(a.shown);
  CHECK(a.responded_before == 6);
  CHECK(a.responded_after == 7);
  REQUIRE(a.questions.size() == 3);
  // coach: 2,3,3,4,5 = 17/5 before; 4,4,5,5,3,5 = 26/6 after. Places: a5 leads both times
  // (24/5 and 27/6); coach rises from 3rd (behind a4, 18/5) to 2nd (a4: 19/6).
  const ChangeRow& coach = row_of(a.questions[0], "coach");
  CHECK(coach.before == Approx(3.4));
  CHECK(coach.after == Approx(26.0 / 6));
  CHECK(coach.n_before == 5);
  CHECK(coach.n_after == 6);
  CHECK(coach.place_before == 3);
  CHECK(coach.place_after == 2);
  CHECK(row_of(a.questions[0], "a5").place_before == 1);
  CHECK(row_of(a.questions[0], "a5").place_after == 1);
}

TEST_CASE("the change's permutation p is R's exact one and its interval holds the change", "[waves]") {
  TwoWaves waves;
  const WaveComparison comparison = compare_waves(*waves.before, *waves.after, {});
  const GroupChange& a = comparison.groups[0];
  const ChangeRow& coach = row_of(a.questions[0], "coach");
  REQUIRE(coach.test);
  CHECK(coach.test->change == Approx(0.933333333333333));
  CHECK(coach.test->p.method == PMethod::exact);
  CHECK(coach.test->p.value == Approx(0.244588744588745));
  CHECK(coach.test->interval.low < coach.test->change);
  CHECK(coach.test->interval.high > coach.test->change);

  // rol = ja: 2 of 6 before, 5 of 7 after: +38,1 points.
  const ChangeRow& ja = row_of(a.questions[1], "ja");
  CHECK(ja.kind == FigureKind::share);
  CHECK(ja.before == Approx(100.0 / 3));
  CHECK(ja.after == Approx(500.0 / 7));
  REQUIRE(ja.test);
  CHECK(ja.test->change == Approx(38.0952380952381));
  CHECK(ja.test->p.value == Approx(0.286130536130536));
  CHECK(ja.test->interval.low < ja.test->change);
  CHECK(ja.test->interval.high <= 100);
}

TEST_CASE("a number question's mean and median in both waves", "[waves]") {
  TwoWaves waves;
  const WaveComparison comparison = compare_waves(*waves.before, *waves.after, {});
  const QuestionChange& uren = comparison.groups[0].questions[2];
  REQUIRE(uren.rows.size() == 2);
  CHECK(uren.rows[0].kind == FigureKind::mean);
  CHECK(uren.rows[0].before == Approx(5));
  CHECK(uren.rows[0].after == Approx(8));
  CHECK(uren.rows[0].test);
  CHECK(uren.rows[1].kind == FigureKind::median);
  CHECK(uren.rows[1].before == Approx(5));
  CHECK(uren.rows[1].after == Approx(8));
  CHECK_FALSE(uren.rows[1].test);
}

TEST_CASE("a group under min-group in either wave gets no figures at all", "[waves]") {
  TwoWaves waves;
  const WaveComparison comparison = compare_waves(*waves.before, *waves.after, {});
  const GroupChange& b = comparison.groups[1];  // 2 respondents before, 3 after
  CHECK_FALSE(b.shown);
  CHECK(b.questions.empty());
  WaveComparisonSettings two;
  two.min_group = 2;
  CHECK(compare_waves(*waves.before, *waves.after, two).groups[1].shown);
  WaveComparisonSettings seven;
  seven.min_group = 7;  // a has 6 before, 7 after
  CHECK_FALSE(compare_waves(*waves.before, *waves.after, seven).groups[0].shown);
}
