// Importing an exported Google Forms / Microsoft Forms file from the workbench: its columns
// shown with a guess per column, the mapping chosen on the page tried in an all-or-nothing
// dry run, and the file stored through that mapping on confirmation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "engine/response_stream.h"
#include "engine/store.h"
#include "workbench_fixture.h"

using peiling::Store;
using peiling::testing::WorkbenchFixture;

namespace {

int response_count(const WorkbenchFixture& bench, std::int64_t survey) {
  Store store(bench.db_path());
  return store.load_survey(survey).summary.responses;
}

bool has(const std::string& body, const std::string& part) { return body.find(part) != std::string::npos; }

// A Google Forms export of ib-taken-bespreking: a time stamp, the group as a question of its
// own, two questions by their text (labels in the cells) and an e-mail column.
const std::string kExport =
    "Tijdstempel,Ik werk als,Hoe vaak zijn de taken en verantwoordelijkheden van de ib'er het afgelopen jaar met jou "
    "besproken?,Op onze school is duidelijk wat we van de ib'er mogen verwachten.,E-mailadres\n"
    "2026/11/30 10:00:00,Intern begeleiders,Nooit,eens,<b>a@school</b>\n"
    "2026/11/30 10:05:00,Leerkrachten,1 tot 3 keer,helemaal eens,\n";

}  // namespace

TEST_CASE("workbench: an exported form's columns are mapped on the page, checked whole and stored on confirmation",
          "[web][workbench][import]") {
  WorkbenchFixture bench;
  const auto survey = bench.create_survey("ib-taken-bespreking", "export");
  const std::string path = "/peilingen/" + std::to_string(survey) + "/import";
  auto mapping = bench.post(path, {{"csv", kExport, "Formulierreacties.csv", "text/csv"}});
  REQUIRE(mapping);
  REQUIRE(mapping->status == 200);
  const std::string& page = mapping->body;
  CHECK(has(page, "Kolommen koppelen"));
  CHECK(has(page, "<label for=\"kolom-1\">Ik werk als</label></th><td>Intern begeleiders</td>"));
  CHECK(has(page, "<td>&lt;b&gt;a@school&lt;/b&gt;</td>"));  // the file's text escaped
  // The guesses: the questions by their text, nothing for the time stamp and e-mail.
  CHECK(std::regex_search(page, std::regex("name=\"kolom-2\">(?:(?!</select>).)*value=\"hoe-vaak\" selected")));
  CHECK(std::regex_search(page, std::regex("name=\"kolom-3\">(?:(?!</select>).)*value=\"duidelijk\" selected")));
  CHECK_FALSE(std::regex_search(page, std::regex("name=\"kolom-0\">(?:(?!</select>).)*selected")));
  CHECK(response_count(bench, survey) == 0);
  const std::string upload = WorkbenchFixture::hidden_value(page, "upload");
  CHECK(bench.post(path + "/opslaan", {{"upload", upload, "", ""}})->status == 404);  // not checked yet

  httplib::MultipartFormDataItems chosen{{"upload", upload, "", ""}, {"kolom-0", "", "", ""}, {"kolom-1", "", "", ""},
                                         {"kolom-2", "hoe-vaak", "", ""}, {"kolom-3", "duidelijk", "", ""},
                                         {"kolom-4", "", "", ""}};
  auto without_group = bench.post(path + "/koppelen", chosen);  // the group column left out
  CHECK(without_group->status == 422);
  CHECK(has(without_group->body, "er is niets opgeslagen"));
  CHECK(has(without_group->body, "groep"));
  CHECK(has(without_group->body, "Kolommen koppelen"));  // the mapping again, to change
  CHECK(response_count(bench, survey) == 0);

  chosen[2] = {"kolom-1", "geen-kolom", "", ""};
  CHECK(bench.post(path + "/koppelen", chosen)->status == 400);
  chosen[2] = {"kolom-1", "groep", "", ""};
  auto checked = bench.post(path + "/koppelen", chosen);
  REQUIRE(checked->status == 200);
  CHECK(has(checked->body, "2 antwoorden zijn klaar om op te slaan"));
  CHECK(response_count(bench, survey) == 0);
  auto stored = bench.post(path + "/opslaan", {{"upload", upload, "", ""}});
  CHECK(stored->status == 200);
  CHECK(response_count(bench, survey) == 2);

  // A file in the template's own layout goes straight to the dry run, as before.
  auto plain = bench.post(path, {{"csv", "groep,hoe-vaak,duidelijk\nib,nooit,3\n", "a.csv", "text/csv"}});
  CHECK(has(plain->body, "1 antwoord is klaar om op te slaan"));
}

TEST_CASE("workbench: a Google Forms checkbox cell is split into its ticked options, an unknown one refused",
          "[web][workbench][import]") {
  WorkbenchFixture bench;
  const auto survey = bench.create_survey("ib-taken-bespreking", "checkboxes");
  const std::string path = "/peilingen/" + std::to_string(survey) + "/import";
  const std::string header =
      "Tijdstempel,Ik werk als,Hoe vaak zijn de taken en verantwoordelijkheden van de ib'er het afgelopen jaar met jou "
      "besproken?,Met wie heb je het afgelopen jaar over je taken en verantwoordelijkheden als ib'er gesproken?,"
      "Op onze school is duidelijk wat we van de ib'er mogen verwachten.\n";
  const auto upload_and_map = [&](const std::string& rows) {
    auto mapping = bench.post(path, {{"csv", header + rows, "Formulierreacties.csv", "text/csv"}});
    REQUIRE(mapping->status == 200);
    // The checkbox question is guessed by its text, as the others.
    CHECK(std::regex_search(mapping->body, std::regex("name=\"kolom-3\">(?:(?!</select>).)*value=\"met-wie\" selected")));
    const std::string upload = WorkbenchFixture::hidden_value(mapping->body, "upload");
    httplib::MultipartFormDataItems chosen{{"upload", upload, "", ""},        {"kolom-0", "", "", ""},
                                           {"kolom-1", "groep", "", ""},      {"kolom-2", "hoe-vaak", "", ""},
                                           {"kolom-3", "met-wie", "", ""},    {"kolom-4", "duidelijk", "", ""}};
    return std::pair{bench.post(path + "/koppelen", chosen), upload};
  };

  const auto [unknown, ignored] = upload_and_map(
      "2026/11/30 10:00:00,Intern begeleiders,Nooit,\"De directie, <b>de conciërge</b>\",eens\n");
  CHECK(unknown->status == 422);
  CHECK((has(unknown->body, "&#39;&lt;b&gt;de conciërge&lt;/b&gt;&#39; niet gevonden onder de keuzemogelijkheden van deze vraag") ||
         has(unknown->body, "'&lt;b&gt;de conciërge&lt;/b&gt;' niet gevonden onder de keuzemogelijkheden van deze vraag")));
  CHECK(has(unknown->body, "er is niets opgeslagen"));
  CHECK(response_count(bench, survey) == 0);

  const auto [checked, upload] = upload_and_map(
      "2026/11/30 10:00:00,Intern begeleiders,Nooit,\"De directie, Het team, bijvoorbeeld in een teamvergadering\",eens\n"
      "2026/11/30 10:05:00,Intern begeleiders,1 tot 3 keer,\"Andere ib'ers, bijvoorbeeld in een netwerk, "
      "Het schoolbestuur\",helemaal eens\n");
  REQUIRE(checked->status == 200);
  CHECK(has(checked->body, "2 antwoorden zijn klaar om op te slaan"));
  CHECK(bench.post(path + "/opslaan", {{"upload", upload, "", ""}})->status == 200);
  Store store(bench.db_path());
  std::vector<std::string> ticked;
  peiling::for_each_stored_response(store, survey, [&](const peiling::StoredResponse& response) {
    for (const auto& answer : response.answers)
      if (answer.question == "met-wie") ticked.push_back(answer.item);
  });
  std::sort(ticked.begin(), ticked.end());
  CHECK(ticked == std::vector<std::string>{"bestuur", "directie", "netwerk", "team"});
}
