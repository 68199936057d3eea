// Every sentence of the statistics section is true of the number printed beside it: a
// verdict read off a p or W as printed (more decimals where the usual ones would round it
// across a threshold), a warning beside every finding that rests on a group under 5, an
// item nobody varied on called untestable instead of "may be chance", the wording for a
// withheld group without respondents, and a Monte Carlo p printed with its standard error
// where that matters. The surveys are built answer by answer, so each sentence is the one
// a report of them prints.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "analysis/statistics.h"
#include "engine/definition_loader.h"
#include "reports/statistics_figures.h"
#include "reports/statistics_section.h"
#include "test_support.h"

using namespace peiling;
using peiling::testing::ScratchDir;

namespace {

// A 5-point Likert question "eens" (and a second one, "ook", with the same answers) asked
// of the groups a, b and c; a rank question "volgorde" of five items asked of group r.
const std::string kDefinition = R"({
  "id": "formulering", "title": "Formulering",
  "groups": [{"id": "a", "label": "Directie"}, {"id": "b", "label": "Leerkrachten"},
             {"id": "c", "label": "Ouders"}, {"id": "r", "label": "Rangschikkers"}],
  "questions": [
    {"id": "eens", "type": "likert", "text": "Eens?", "groups": ["a", "b", "c"],
     "scale": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]},
    {"id": "ook", "type": "likert", "text": "Ook eens?", "groups": ["a", "b", "c"],
     "scale": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]},
    {"id": "volgorde", "type": "rank", "text": "Volgorde?", "groups": ["r"], "direction": "high",
     "items": [{"id": "i1", "label": "Een"}, {"id": "i2", "label": "Twee"}, {"id": "i3", "label": "Drie"},
               {"id": "i4", "label": "Vier"}, {"id": "i5", "label": "Vijf"}]}
  ]})";

using Tally = std::vector<std::pair<int, int>>;  // scale point -> respondents

struct WordingSurvey {
  ScratchDir dir;
  Store store{dir.file("formulering.sqlite")};
  std::int64_t survey_id = 0;
  std::unique_ptr<SurveyAnalysis> analysis;

  // `likert[g]` is the answers of group a, b, c (to both Likert questions); `rankings` the
  // rankings of group r (the number each gave items 1..5).
  WordingSurvey(const std::vector<Tally>& likert, const std::vector<std::vector<int>>& rankings) {
    const auto row = store.save_questionnaire(kDefinition, parse_definition(kDefinition, "formulering.json"));
    survey_id = store.create_survey(row, "t", {{"a", 10}, {"b", 10}, {"c", 10}, {"r", 10}});
    std::vector<ResponseDraft> drafts;
    const char* groups[] = {"a", "b", "c"};
    for (std::size_t g = 0; g < likert.size(); ++g)
      for (const auto& [value, count] : likert[g])
        for (int i = 0; i < count; ++i)
          drafts.push_back({groups[g], {{"eens", "", std::to_string(value)}, {"ook", "", std::to_string(value)}}});
    for (const auto& ranking : rankings) {
      ResponseDraft draft{"r", {}};
      for (std::size_t item = 0; item < ranking.size(); ++item)
        draft.answers.push_back({"volgorde", "i" + std::to_string(item + 1), std::to_string(ranking[item])});
      drafts.push_back(draft);
    }
    store.add_responses(survey_id, drafts, ResponseSource::import);
    analysis = analyse_survey(store, survey_id);
  }

  // The findings of the statistics section under headings about `question` ("Eens?" or
  // "Volgorde?"), one text per finding.
  std::vector<std::string> findings(Language language = Language::nl, int min_group = 3,
                                    const std::string& question = "Eens?") {
    StatisticsSettings settings;
    settings.min_group = min_group;
    analysis->statistics =
        PendingStatistics(std::make_shared<SurveyStatistics>(compute_statistics(store, *analysis, settings)));
    ReportOptions options;
    options.min_group = min_group;
    options.language = language;
    const ReportModel model = build_report_model(*analysis, open_answer_stream(store, *analysis), options);
    std::vector<std::string> all;
    for (const StatisticsBlock& block : build_statistics_section(model).blocks)
      if (block.heading.ends_with(": " + question)) all.insert(all.end(), block.findings.begin(), block.findings.end());
    return all;
  }
};

// The one finding that holds `needle`; fails when none or several do.
std::string finding_with(const std::vector<std::string>& findings, const std::string& needle) {
  std::vector<std::string> found;
  for (const std::string& finding : findings)
    if (finding.find(needle) != std::string::npos) found.push_back(finding);
  INFO("looking for: " << needle);
  REQUIRE(found.size() == 1);
  return found.front();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

// --- Point 1: verdicts read off the printed value. ---

TEST_CASE("A p just below 0.05 prints with the decimals that show it is below", "[statistics-wording]") {
  // Exact p of 3 against 8 respondents: 0.048485 (every split counted), which two decimals
  // would print as 0,05 beside "rarely chance".
  WordingSurvey survey({{{3, 1}, {4, 1}, {5, 1}}, {{1, 4}, {2, 1}, {3, 3}}}, {});
  const std::string pair = finding_with(survey.findings(), "bij „Eens?”");
  INFO(pair);
  CHECK(contains(pair, "zo'n verschil ontstaat zelden bij toeval (U = 22,5, p = 0,048; n = 3 en 8)"));
  // Just above: 0.054545 stays "may be chance" and prints on its own side.
  WordingSurvey above({{{1, 1}, {2, 2}}, {{2, 2}, {3, 1}, {4, 3}, {5, 2}}}, {});
  const std::string chance = finding_with(above.findings(), "bij „Eens?”");
  INFO(chance);
  CHECK(contains(chance, "kan met deze aantallen toeval zijn (U = 2, p = 0,05; n = 3 en 8)"));
}

TEST_CASE("W = 0.696875 prints as 0,697 beside 'fairly agree', not as 0,70", "[statistics-wording]") {
  WordingSurvey survey({}, {{1, 4, 3, 2, 5}, {1, 2, 5, 4, 3}, {2, 1, 3, 4, 5}, {2, 1, 3, 4, 5},
                            {2, 1, 3, 4, 5}, {1, 2, 4, 3, 5}, {2, 1, 3, 4, 5}, {3, 1, 2, 4, 5}});
  const std::string agreement = finding_with(survey.findings(Language::nl, 3, "Volgorde?"), "In de groep Rangschikkers");
  INFO(agreement);
  CHECK(contains(agreement, "redelijk eens over de volgorde (W = 0,697, n = 8)"));
  const std::string english = finding_with(survey.findings(Language::en, 3, "Volgorde?"), "Within Rangschikkers");
  INFO(english);
  CHECK(contains(english, "fairly agree on the order (W = 0.697, n = 8)"));
}

TEST_CASE("Printed figures keep to their side of every threshold, and the verdict follows the print",
          "[statistics-wording]") {
  const auto exact = [](double value) { return PValue{value, PMethod::exact, 0, 100, 0}; };
  CHECK(printed_p(exact(0.0466), Language::nl).text == "p = 0,047");
  CHECK(printed_p(exact(0.0466), Language::nl).rare);
  CHECK(printed_p(exact(0.0504), Language::nl).text == "p = 0,05");  // rounds onto its own side
  CHECK_FALSE(printed_p(exact(0.0504), Language::nl).rare);
  CHECK(printed_p(exact(0.05), Language::nl).text == "p = 0,05");
  CHECK_FALSE(printed_p(exact(0.05), Language::nl).rare);
  CHECK(printed_p(exact(0.27), Language::en).text == "p = 0.27");
  // Too close for four decimals: printed 0,0500, so not called below 0,05.
  CHECK(printed_p(exact(0.049996), Language::nl).text == "p = 0,0500");
  CHECK_FALSE(printed_p(exact(0.049996), Language::nl).rare);
  CHECK(printed_p(exact(0.0004), Language::nl).text == "p < 0,001");
  CHECK(printed_p(exact(0.0004), Language::nl).rare);

  CHECK(printed_w(0.696875, Language::nl).text == "0,697");
  CHECK(printed_w(0.696875, Language::nl).agreement == Agreement::fair);
  CHECK(printed_w(0.7, Language::nl).text == "0,70");
  CHECK(printed_w(0.7, Language::nl).agreement == Agreement::strong);
  CHECK(printed_w(0.3996, Language::nl).text == "0,3996");
  CHECK(printed_w(0.3996, Language::nl).agreement == Agreement::little);
  CHECK(printed_w(0.39996, Language::nl).text == "0,4000");  // decided on the print
  CHECK(printed_w(0.39996, Language::nl).agreement == Agreement::fair);
  CHECK(printed_w(0.955556, Language::nl).text == "0,96");
}

// --- Point 2: warnings on every finding that rests on a small group. ---

TEST_CASE("Group comparisons resting on fewer than 5 people carry the warning", "[statistics-wording]") {
  WordingSurvey survey({{{3, 1}, {4, 1}, {5, 1}}, {{1, 4}, {2, 1}, {3, 3}, {5, 2}}, {{1, 2}, {2, 2}}}, {});
  const auto findings = survey.findings();
  const std::string across = finding_with(findings, "Bij „Eens?” ");
  INFO(across);
  CHECK(contains(across, "Let op: van Directie en Ouders zijn dit de antwoorden van maar 3 en 4 mensen"));
  const std::string pair = finding_with(findings, "Directie en Leerkrachten bij „Eens?”");
  INFO(pair);
  CHECK(contains(pair, "Let op: van Directie zijn dit de antwoorden van maar 3 mensen"));
  // Ten teachers against four parents: only the parents are few.
  const std::string parents = finding_with(findings, "Leerkrachten en Ouders bij „Eens?”");
  INFO(parents);
  CHECK(contains(parents, "Let op: van Ouders zijn dit"));
  CHECK_FALSE(contains(parents, "van Leerkrachten"));
  const std::string english = finding_with(survey.findings(Language::en), "Directie and Leerkrachten on “Eens?”");
  INFO(english);
  CHECK(contains(english, "Note: for Directie these are the answers of only 3 people"));
}

TEST_CASE("A comparison of groups of 5 and more carries no warning", "[statistics-wording]") {
  WordingSurvey survey({{{1, 2}, {2, 3}}, {{4, 3}, {5, 3}}}, {});
  for (const std::string& finding : survey.findings()) CHECK_FALSE(contains(finding, "Let op"));
}

// --- Point 4: nothing to test, and the groups left out. ---

TEST_CASE("An item everyone answered alike says there is no difference to test", "[statistics-wording]") {
  WordingSurvey survey({{{4, 3}}, {{4, 8}}, {{4, 5}}}, {});
  const auto findings = survey.findings();
  const std::string across = finding_with(findings, "Bij „Eens?”");
  INFO(across);
  CHECK(across == "Bij „Eens?” gaf iedereen hetzelfde antwoord: er is geen verschil tussen de groepen om te toetsen "
                  "(n = 3, 8 en 5).");
  for (const std::string& finding : findings) {
    CHECK_FALSE(contains(finding, "H = 0,0"));
    CHECK_FALSE(contains(finding, "toeval"));
  }
  // Two groups alike while a third differs: the pair says so, the others are tested.
  WordingSurvey two({{{4, 3}}, {{4, 8}}, {{1, 2}, {2, 3}}}, {});
  const auto pairs = two.findings();
  CHECK(finding_with(pairs, "Directie en Leerkrachten") ==
        "Bij „Eens?” gaven Directie en Leerkrachten allemaal hetzelfde antwoord: er is geen verschil om te toetsen "
        "(n = 3 en 8).");
  CHECK(contains(finding_with(pairs, "Kruskal-Wallis"), "H = "));
  CHECK(finding_with(survey.findings(Language::en), "everyone gave the same answer") ==
        "On “Eens?” everyone gave the same answer: there is no difference between the groups to test (n = 3, 8 and 5).");
}

TEST_CASE("A withheld group without respondents is named as such, never as 'fewer than 1'", "[statistics-wording]") {
  WordingSurvey survey({{{3, 1}, {4, 1}, {5, 1}}, {{1, 4}, {2, 1}, {3, 3}}}, {});
  const auto findings = survey.findings(Language::nl, 1);
  const std::string withheld = finding_with(findings, "Ouders");
  INFO(withheld);
  CHECK(withheld == "Ouders (geen respondenten) is niet getoetst en niet vergeleken.");
  CHECK(finding_with(survey.findings(Language::en, 1), "Ouders") == "Ouders (no respondents) is neither tested nor compared.");
  // With a higher limit: the empty group and a small one, each described truly.
  const std::string both = finding_with(survey.findings(Language::nl, 4), "niet getoetst");
  INFO(both);
  CHECK(both == "Ouders (geen respondenten) en Directie (minder dan 4 respondenten) zijn niet getoetst en niet vergeleken.");
}

TEST_CASE("Statistics sentences hold plain text: each writer escapes for its own sink", "[statistics-wording]") {
  WordingSurvey survey({{{1, 3}}, {{5, 4}, {4, 4}}}, {});
  const std::string pair = finding_with(survey.findings(), "Directie en Leerkrachten");
  INFO(pair);
  CHECK(contains(pair, "p = 0,006"));
  for (const std::string& finding : survey.findings()) CHECK_FALSE(contains(finding, "&"));
}

// --- Point 3: a Monte Carlo p near 0.05 carries its standard error. ---

TEST_CASE("A Monte Carlo p too close to 0.05 to decide shows its standard error", "[statistics-wording]") {
  // Three groups of 9, 10 and 12: too many splits to count, so drawn. The exact p (counted
  // with a larger limit) is 0.050003: no number of draws can place it surely on one side.
  WordingSurvey survey({{{1, 2}, {2, 3}, {3, 2}, {4, 2}}, {{1, 1}, {2, 1}, {3, 6}, {4, 1}, {5, 1}},
                        {{2, 1}, {3, 4}, {4, 6}, {5, 1}}},
                       {});
  const std::string across = finding_with(survey.findings(), "Kruskal-Wallis");
  INFO(across);
  CHECK(contains(across, "p ≈ 0,0"));
  CHECK(contains(across, " ± 0,00"));
}

TEST_CASE("Tests of the same group sizes draw from streams of their own, and repeat exactly", "[statistics-wording]") {
  // "eens" and "ook" got the very same answers: with one shared stream their Monte Carlo
  // p-values erred alike; now each test has its own, so the two estimates differ a little.
  WordingSurvey survey({{{1, 3}, {2, 2}, {4, 4}}, {{1, 2}, {2, 3}, {3, 2}, {4, 3}}, {{2, 2}, {3, 2}, {4, 5}, {5, 3}}},
                       {});
  const SurveyStatistics first = compute_statistics(survey.store, *survey.analysis, StatisticsSettings{});
  const SurveyStatistics again = compute_statistics(survey.store, *survey.analysis, StatisticsSettings{});
  const auto across = [&](const SurveyStatistics& statistics, const char* question) {
    const QuestionStatistics* found = statistics.for_question(*survey.analysis->questionnaire.find_question(question));
    REQUIRE(found);
    REQUIRE(found->items.front().across);
    return found->items.front().across->p;
  };
  const PValue eens = across(first, "eens"), ook = across(first, "ook");
  REQUIRE(eens.method == PMethod::monte_carlo);
  REQUIRE(ook.method == PMethod::monte_carlo);
  CHECK(eens.seed != ook.seed);
  CHECK(eens.value != ook.value);
  CHECK(std::abs(eens.value - ook.value) <= 3 * (eens.standard_error + ook.standard_error));
  CHECK(across(again, "eens").value == eens.value);
  CHECK(across(again, "ook").value == ook.value);
}
