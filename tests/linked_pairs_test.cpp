// Linked respondents (issue 16): the anonymous linking code, the pairing of two waves by
// it, the paired tests against R (tests/waves_expected.R) and by hand, the min-group rule
// for pairs, and that no code reaches a report file.
#include <catch2/catch.hpp>
#include <filesystem>

#include "analysis/linked_pairs.h"
#include "analysis/paired_tests.h"
#include "engine/definition_loader.h"
#include "engine/linking_code.h"
#include "engine/response.h"
#include "reports/report.h"
#include "test_support.h"

using namespace peiling;

TEST_CASE("the signed-rank test is R's wilcox.test(paired = TRUE, exact = TRUE)", "[waves][pairs]") {
  const SignedRank first = wilcoxon_signed_rank({1, -2, 3, 4, 5, 6, -7, 8});
  CHECK(first.v == 27);
  CHECK(first.pairs == 8);
  CHECK(first.p.method == PMethod::exact);
  CHECK(first.p.value == Approx(0.25));
  // after - before of before = 3 2 4 1 5 2, after = 4 4 1 6 1 8.
  const SignedRank second = wilcoxon_signed_rank({1, 2, -3, 5, -4, 6});
  CHECK(second.v == 14);
  CHECK(second.p.value == Approx(0.5625));
}

TEST_CASE("pairs that did not change are left out, and none changing gives no test", "[waves][pairs]") {
  CHECK(wilcoxon_signed_rank({0, 1, -2, 3, 4, 5, 6, -7, 8, 0}).p.value == Approx(0.25));
  CHECK(wilcoxon_signed_rank({0, 0, 0}).p.method == PMethod::none);
}

TEST_CASE("tied differences get the exact conditional p over their mid-ranks", "[waves][pairs]") {
  // |d| = 1 1 2: mid-ranks 1,5 1,5 3; all positive: V = 6, the largest of 8 equally likely
  // sign assignments (one other, -1 +1 +2 or +1 -1 +2, gives 4,5): p = 2 * 1/8.
  const SignedRank tied = wilcoxon_signed_rank({1, 1, 2});
  CHECK(tied.v == 6);
  CHECK(tied.p.value == Approx(0.25));
}

TEST_CASE("McNemar's test is R's mcnemar.test with its continuity correction", "[waves][pairs]") {
  const McNemar test = mcnemar(2, 9);
  CHECK(test.statistic == Approx(3.27272727272727));
  CHECK(test.p.value == Approx(0.0704404292720882));
  CHECK(mcnemar(0, 0).p.method == PMethod::none);
}

namespace {

constexpr const char* kLinked = R"({"id": "k", "title": "K", "linking_code": true,
  "groups": [{"id": "a", "label": "A"}],
  "questions": [
    {"id": "fasen", "type": "rank", "text": "Fasen", "items": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"},
      {"id": "z", "label": "Z"}]},
    {"id": "rol", "type": "choice", "text": "Rol", "options": [{"id": "ja", "label": "Ja"}, {"id": "nee", "label": "Nee"}]}
  ]})";

ResponseDraft linked_response(const std::string& code, int x, const std::string& rol) {
  ResponseDraft draft{"a", {{"fasen", "x", std::to_string(x)}}, code};
  int next = 1;
  for (const char* item : {"y", "z"}) {
    if (next == x) ++next;
    draft.answers.push_back({"fasen", item, std::to_string(next++)});
  }
  draft.answers.push_back({"rol", "", rol});
  return draft;
}

// Wave 1: de44 is given twice (so it pairs nobody), fe05 does not come back, one gave no
// code. Wave 2: "Ma-17" is ma17 as typed. Linked: ma17, ju03, se01, no02.
struct LinkedWaves {
  testing::ScratchDir dir;
  Store store{dir.file("p.sqlite")};
  std::int64_t first = 0, second = 0;

  LinkedWaves() {
    const auto row = store.save_questionnaire(kLinked, parse_definition(kLinked, "k.json"));
    first = store.create_survey(row, "nulmeting", {{"a", 10}});
    second = store.create_survey(row, "nameting", {{"a", 10}}, first);
    store.add_responses(first,
                        {linked_response("ma17", 1, "ja"), linked_response("ju03", 1, "nee"),
                         linked_response("de44", 3, "ja"), linked_response("de44", 2, "nee"),
                         linked_response("se01", 2, "nee"), linked_response("no02", 1, "nee"),
                         linked_response("fe05", 3, "ja"), linked_response("", 2, "nee")},
                        ResponseSource::web);
    store.add_responses(second,
                        {linked_response("Ma-17", 3, "ja"), linked_response("ju03", 2, "ja"),
                         linked_response("de44", 1, "nee"), linked_response("se01", 3, "ja"),
                         linked_response("no02", 3, "nee"), linked_response("ap09", 1, "ja")},
                        ResponseSource::web);
  }

  WaveComparison compared(const SurveyAnalysis& before, const SurveyAnalysis& after, int min_group) {
    WaveComparisonSettings settings;
    settings.min_group = min_group;
    WaveComparison comparison = compare_waves(before, after, settings);
    add_linked_pairs(store, comparison);
    return comparison;
  }
};

const ChangeRow& row_of(const GroupChange& group, std::size_t question, const std::string& item) {
  for (const ChangeRow& row : group.questions[question].rows)
    if (row.item && row.item->id == item) return row;
  FAIL("no row " + item);
  throw;
}

}  // namespace

TEST_CASE("a linking code is optional, checked and only accepted where the definition asks for it",
          "[waves][pairs]") {
  CHECK(normalised_linking_code(" Ma-17 ") == "ma17");
  CHECK(normalised_linking_code("ok31") == "ok31");
  CHECK_FALSE(normalised_linking_code("xx17"));  // not the start of a month
  CHECK_FALSE(normalised_linking_code("ma1"));
  CHECK_FALSE(normalised_linking_code("ma177"));
  const Questionnaire asks = parse_definition(kLinked, "k.json");
  CHECK(asks.linking_code);
  CHECK(validate_response(asks, linked_response("", 1, "ja")).empty());
  CHECK(validate_response(asks, linked_response("ma17", 1, "ja")).empty());
  const auto wrong = validate_response(asks, linked_response("17ma", 1, "ja"));
  REQUIRE(wrong.size() == 1);
  CHECK(problem_line(wrong[0]) ==
        "koppelcode: geef twee letters van je geboortemaand en twee cijfers, bijvoorbeeld ma17 (of laat het leeg)");
  std::string without = kLinked;
  without.replace(without.find(R"("linking_code": true,)"), 21, "");
  const auto refused = validate_response(parse_definition(without, "k.json"), linked_response("ma17", 1, "ja"));
  REQUIRE(refused.size() == 1);
  CHECK_THAT(refused[0].message, Catch::Contains("vraagt geen koppelcode"));
}

TEST_CASE("codes pair one respondent per wave; a code given twice in a wave pairs nobody", "[waves][pairs]") {
  LinkedWaves waves;
  const auto tallies = waves.store.link_tallies(waves.first, waves.second);
  REQUIRE(tallies.size() == 1);
  CHECK(tallies[0].coded_before == 7);
  CHECK(tallies[0].shared_before == 2);
  CHECK(tallies[0].coded_after == 6);
  CHECK(tallies[0].shared_after == 0);
  CHECK(tallies[0].pairs == 4);
}

TEST_CASE("linked pairs get the signed-rank and McNemar tests, computed by hand", "[waves][pairs]") {
  LinkedWaves waves;
  const auto before = analyse_survey(waves.store, waves.first);
  const auto after = analyse_survey(waves.store, waves.second);
  const WaveComparison comparison = waves.compared(*before, *after, 3);
  CHECK(comparison.linked);
  const GroupChange& a = comparison.groups[0];
  CHECK(a.linked_pairs == 4);
  CHECK(a.pairs_shown);
  // x: 1 1 2 1 before, 3 2 3 3 after; differences 2 1 1 2, mid-ranks 3,5 1,5 1,5 3,5; all
  // positive (V = 10) is 1 of 16 sign assignments: p = 2/16.
  const ChangeRow& x = row_of(a, 0, "x");
  REQUIRE(x.paired);
  CHECK(x.paired->pairs == 4);
  REQUIRE(x.paired->signed_rank);
  CHECK(x.paired->signed_rank->v == 10);
  CHECK(x.paired->signed_rank->p.value == Approx(0.125));
  // rol = ja: ja nee nee nee before, ja ja ja nee after: 0 chose it before only, 2 after
  // only; R: mcnemar.test(matrix(c(1, 2, 0, 1), 2)) gives 0,5 and p = 0,4795.
  const ChangeRow& ja = row_of(a, 1, "ja");
  REQUIRE(ja.paired);
  REQUIRE(ja.paired->mcnemar);
  CHECK(ja.paired->mcnemar->chose_before_only == 0);
  CHECK(ja.paired->mcnemar->chose_after_only == 2);
  CHECK(ja.paired->mcnemar->p.value == Approx(0.4795001));
}

TEST_CASE("a group with fewer linked pairs than min-group shows no paired figures", "[waves][pairs]") {
  LinkedWaves waves;
  const auto before = analyse_survey(waves.store, waves.first);
  const auto after = analyse_survey(waves.store, waves.second);
  const WaveComparison comparison = waves.compared(*before, *after, 5);  // 8 and 6 responded: shown; 4 pairs
  const GroupChange& a = comparison.groups[0];
  CHECK(a.shown);
  CHECK(a.linked_pairs == 4);
  CHECK_FALSE(a.pairs_shown);
  for (const QuestionChange& question : a.questions)
    for (const ChangeRow& row : question.rows) CHECK_FALSE(row.paired);
}

TEST_CASE("linking codes appear in no report file", "[waves][pairs][report]") {
  LinkedWaves waves;
  ReportOptions options;
  options.out_dir = waves.dir.path() / "rapport";
  options.compare_with = waves.first;
  write_survey_report(waves.store, waves.second, options);
  const std::string markdown = testing::read_file(options.out_dir / "rapport.md");
  CHECK_THAT(markdown, Catch::Contains("4 mensen konden via hun koppelcode gekoppeld worden"));
  CHECK_THAT(markdown, Catch::Contains("p (gekoppeld)"));
  for (const auto& entry : std::filesystem::directory_iterator(options.out_dir)) {
    if (entry.path().extension() == ".png") continue;
    const std::string content = testing::read_file(entry.path());
    INFO(entry.path().string());
    for (const char* code : {"ma17", "ju03", "de44", "se01", "no02", "fe05", "ap09", "Ma-17"})
      CHECK(content.find(code) == std::string::npos);
  }
}
