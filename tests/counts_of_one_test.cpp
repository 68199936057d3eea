// Counts of one in the report's sentences that counted people in the plural ("maar 1 mensen",
// "n = 1 respondenten") at --min-group 1: the statistics notes (reports/statistics_text.cpp)
// and the triangulation's order finding (reports/triangulation_findings.cpp) say "1 persoon" and
// "n = 1 respondent", in both languages; two or more stay plural.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "reports/coding_sections.h"
#include "reports/report_model.h"
#include "reports/statistics_text.h"

using namespace peiling;

TEST_CASE("the statistics notes say 1 persoon, not 1 mensen", "[report][messages]") {
  const StatisticsText dutch(Language::nl), english(Language::en);
  CHECK(dutch.few_people(1) ==
        " Let op: dit zijn de antwoorden van maar 1 persoon; één ander antwoord kan het beeld veranderen.");
  CHECK(english.few_people(1) == " Note: these are the answers of only 1 person; one different answer can change the picture.");
  CHECK_THAT(dutch.few_people(2), Catch::Contains("maar 2 mensen;"));
  CHECK_THAT(english.few_people(2), Catch::Contains("only 2 people;"));

  CHECK(dutch.small_groups({"Directie", "Leerkrachten"}, {1, 9}) ==
        " Let op: van Directie zijn dit de antwoorden van maar 1 persoon; één ander antwoord kan het beeld veranderen.");
  CHECK_THAT(english.small_groups({"Directie"}, {1}), Catch::Contains("for Directie these are the answers of only 1 person;"));
  CHECK_THAT(dutch.small_groups({"Directie", "IB"}, {1, 2}), Catch::Contains("van maar 1 en 2 mensen;"));
}

namespace {

// A group's triangulation whose ranking and open answers both put `code` first.
GroupTriangulation one_code_first(const Code& code, int respondents) {
  GroupTriangulation group;
  group.respondents = respondents;
  CodeTriangulation row;
  row.code = &code;
  row.rank_place = 1;
  row.rank_sum = 5L * respondents;
  row.rank_answered = respondents;
  row.open_count = 1;
  row.open_place = 1;
  group.codes.push_back(row);
  group.open_answers = group.coded_answers = 1;
  return group;
}

std::string order_finding(const GroupTriangulation& group, Language language) {
  ReportModel model;
  model.text = ReportText(language);
  return triangulation_findings(model, Triangulation{}, group).front();
}

}  // namespace

TEST_CASE("the triangulation's order finding says n = 1 respondent, not respondenten", "[report][triangulation][messages]") {
  const Code code{"f4", "Fase 4: de ib'er als coach", "", {}};
  CHECK(order_finding(one_code_first(code, 1), Language::nl) ==
        "In de rangorde staan Fase 4 bovenaan (gemiddeld 5,0; n = 1 respondent); de meeste gecodeerde open "
        "antwoorden vallen onder Fase 4 (1 van de 1). Beide wijzen dezelfde kant op.");
  CHECK_THAT(order_finding(one_code_first(code, 1), Language::en), Catch::Contains("(mean 5.0; n = 1 respondent);"));
  CHECK_THAT(order_finding(one_code_first(code, 2), Language::nl), Catch::Contains("n = 2 respondenten);"));
  CHECK_THAT(order_finding(one_code_first(code, 2), Language::en), Catch::Contains("n = 2 respondents);"));
}
