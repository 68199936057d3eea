// The report's phrase catalogue: ordinals, places, response counts, lists and shortening
// in Dutch and English, and when a finding about open answers is worth saying.
#include <catch2/catch.hpp>

#include <algorithm>

#include "reports/findings.h"
#include "reports/report_text.h"
#include "tests/report_fixture.h"

namespace peiling {

TEST_CASE("ordinals and places read as a person writes them", "[report][text]") {
  const ReportText dutch(Language::nl);
  const ReportText english(Language::en);
  CHECK(dutch.ordinal(3) == "3e");
  CHECK(dutch.place_text(4, true) == "gedeelde 4e plaats");
  CHECK(dutch.place_text(1, false) == "1e plaats");
  CHECK(dutch.place_text(0, false) == "—");
  CHECK(english.ordinal(1) == "1st");
  CHECK(english.ordinal(2) == "2nd");
  CHECK(english.ordinal(3) == "3rd");
  CHECK(english.ordinal(4) == "4th");
  CHECK(english.ordinal(11) == "11th");
  CHECK(english.ordinal(12) == "12th");
  CHECK(english.ordinal(13) == "13th");
  CHECK(english.ordinal(21) == "21st");
  CHECK(english.ordinal(22) == "22nd");
  CHECK(english.place_text(4, true) == "shared 4th place");
}

TEST_CASE("response rates are whole percentages and never invented", "[report][text]") {
  const ReportText dutch(Language::nl);
  CHECK(dutch.count_of(8, 15) == "8 van de 15 = 53%");
  CHECK(dutch.response_line(3, 4) == "ingevuld door 3 van de 4 = 75%");
  CHECK(dutch.response_line(3, 0) == "ingevuld door 3");
  CHECK(ReportText(Language::en).response_line(3, 4) == "completed by 3 of 4 = 75%");
}

TEST_CASE("shares have one decimal, rounded half away from zero from the exact fraction", "[report][text]") {
  const ReportText dutch(Language::nl);
  // The LBBO poll (seed 004): 12, 38, 15 and 7 of 72. Whole percentages added up to 101.
  CHECK(dutch.percent(12, 72) == "16,7%");
  CHECK(dutch.percent(38, 72) == "52,8%");
  CHECK(dutch.percent(15, 72) == "20,8%");
  CHECK(dutch.percent(7, 72) == "9,7%");
  // Exact ties: 12,5 stays, 6,25 rounds away from zero.
  CHECK(dutch.percent(1, 8) == "12,5%");
  CHECK(dutch.percent(1, 16) == "6,3%");
  CHECK(dutch.percent(36, 72) == "50,0%");
  CHECK(ReportText(Language::en).percent(1, 16) == "6.3%");
  CHECK(dutch.count_and_percent(1, 3) == "1 (33,3%)");
  CHECK(dutch.count_and_percent(2, 0) == "2");
  CHECK(dutch.percent(0, 0) == "—");
}

TEST_CASE("means are rounded from the exact fraction, with the language's separator", "[report][text]") {
  CHECK(ReportText(Language::nl).mean_of(5, 4) == "1,3");
  CHECK(ReportText(Language::en).mean_of(10, 3) == "3.3");
  CHECK(ReportText(Language::nl).mean_of(0, 0) == "—");
}

TEST_CASE("lists, holding places and scale medians", "[report][text]") {
  const ReportText dutch(Language::nl);
  const ReportText english(Language::en);
  CHECK(dutch.list({"A", "B", "C"}) == "A, B en C");
  CHECK(english.list({"A", "B"}) == "A and B");
  CHECK(dutch.holds_place({"Fase 2", "Fase 5"}, 3, false, "2,8") == "Fase 2 en Fase 5 delen de 3e plaats (2,8).");
  CHECK(dutch.holds_place({"Fase 1"}, 5, true, "1,3") == "Fase 1 staat op de laatste plaats (1,3).");
  CHECK(english.holds_place({"Fase 4"}, 1, false, "4.3") == "Fase 4 is in 1st place (4.3).");
  const std::vector<std::string> scale{"oneens", "neutraal", "eens"};
  CHECK(dutch.median_on_scale(2, scale) == "‘neutraal’ (2,0)");
  CHECK(dutch.median_on_scale(2.5, scale) == "tussen ‘neutraal’ en ‘eens’ (2,5)");
  Question rank;
  rank.items.resize(3);
  rank.high_label = "heel belangrijk";
  CHECK(dutch.axis_label(rank) == "gemiddelde score (3 = heel belangrijk)");
}

TEST_CASE("long texts are shortened at a word, never inside a character", "[report][text]") {
  CHECK(shortened("kort", 10) == "kort");
  CHECK(shortened("een vrij lange vraag over de IB'er", 20) == "een vrij lange vraag…");
  const std::string accents = "ééééééééééééééééééééééééé";  // two bytes each, no spaces
  const std::string cut = shortened(accents, 11);
  CHECK(cut == "ééééé…");
}

TEST_CASE("a finding about open answers is said only when one code stands out", "[report][findings]") {
  test::GrevenFixture fixture(false);
  const ReportModel model = build_report_model(*fixture.analysis, fixture.stream(), ReportOptions{});
  const auto directie = group_findings(model, fixture.analysis->groups[0]);
  const auto ib = group_findings(model, fixture.analysis->groups[1]);
  const auto contains = [](const std::vector<std::string>& findings, const std::string& part) {
    return std::any_of(findings.begin(), findings.end(),
                       [&](const std::string& finding) { return finding.find(part) != std::string::npos; });
  };
  // Directie: two of three coded answers under phase 4 (the thesis' "coach" finding).
  CHECK(contains(directie, "de meeste antwoorden vallen onder Fase 4 (2 van de 3 gecodeerde antwoorden)"));
  // IB'ers: one answer in each of three codes is no finding.
  CHECK_FALSE(contains(ib, "de meeste antwoorden"));
  CHECK(contains(ib, "Fase 2 en Fase 5 delen de 3e plaats (2,8)."));
}

}  // namespace peiling
