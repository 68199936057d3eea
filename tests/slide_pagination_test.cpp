// Slide pagination without a browser: what goes on which slide, for tables that fit, tables
// too tall (split by rows, a long answer list split within its row) and tables too wide
// (split by columns). tests/slides_browser_test.cpp checks in Chromium that the result fits.
#include <catch2/catch.hpp>
#include <regex>

#include "reports/slide_pagination.h"
#include "test_support.h"

using namespace peiling;
using peiling::testing::count_occurrences;

namespace {

TableCell text_cell(std::string text) { return {{std::move(text)}, false}; }

SlideBlock table_block(Table table) {
  SlideBlock block;
  block.kind = SlideBlock::Kind::table;
  block.table = std::move(table);
  block.css_class = "shoebox";
  return block;
}

std::string answer(int number) {
  std::string text = "Antwoord " + std::to_string(number) + ":";
  for (int word = 0; word < 8 + number % 23; ++word) text += " meedenken over de klas";
  return text;
}

// A schoenendoos: five codes, the third with `answers` answers of varied length.
Table shoebox(int answers) {
  Table table;
  table.header = {"Code", "Antwoorden"};
  table.numeric = {false, false};
  for (int code = 1; code <= 5; ++code) {
    TableCell list{{}, true};
    for (int i = 1; code == 3 && i <= answers; ++i) list.lines.push_back(answer(i));
    if (list.lines.empty()) list = text_cell("—");
    table.rows.push_back({{text_cell("Fase " + std::to_string(code)), list}, false});
  }
  return table;
}

std::string all_of(const std::vector<std::string>& slides) {
  std::string html;
  for (const std::string& slide : slides) html += slide;
  return html;
}

}  // namespace

TEST_CASE("slides: a table that fits stays on one slide in the largest type", "[report][slides]") {
  Table table = shoebox(0);
  table.rows[2].cells[1] = {{"Meedenken met de leerkracht.", "Coachen in de klas."}, true};
  const auto slides = paginate_slide({"Directie", "Wat is de taak?", {table_block(table)}}, "vervolg");
  REQUIRE(slides.size() == 1);
  CHECK(count_occurrences(slides[0], "vervolg") == 0);
  CHECK(count_occurrences(slides[0], "size-28") == 1);
  CHECK(count_occurrences(slides[0], "<col style=\"width: ") == 2);
}

TEST_CASE("slides: a long answer list continues on further slides, every answer once, its code repeated",
          "[report][slides]") {
  const auto slides = paginate_slide({"Leerkrachten", "Wat is de taak?", {table_block(shoebox(47))}}, "vervolg");
  REQUIRE(slides.size() > 3);
  CHECK(count_occurrences(slides[0], "<h2>Leerkrachten</h2>") == 1);
  for (std::size_t i = 1; i < slides.size(); ++i) {
    INFO("slide " << i + 1);
    CHECK(count_occurrences(slides[i], "<h2>Leerkrachten (vervolg)</h2>") == 1);
    CHECK(count_occurrences(slides[i], "Wat is de taak?") == 1);  // the question on every slide
    CHECK(count_occurrences(slides[i], "<thead>") == 1);          // and the table's header
  }
  const std::string html = all_of(slides);
  for (int i = 1; i <= 47; ++i) {
    INFO("answer " << i);
    CHECK(count_occurrences(html, "Antwoord " + std::to_string(i) + ":") == 1);
  }
  // The code's label stands on every slide its answers reach, marked as continued after the first.
  CHECK(count_occurrences(html, "Fase 3") >= 3);
  CHECK(count_occurrences(html, "Fase 3<span class=\"note\">(vervolg)</span>") == count_occurrences(html, "Fase 3") - 1);
  // The rows around it are each shown once.
  for (const char* code : {"Fase 1", "Fase 2", "Fase 4", "Fase 5"}) CHECK(count_occurrences(html, code) == 1);
  // No slide in type under the readable minimum.
  CHECK(count_occurrences(html, "size-20") == slides.size());
}

TEST_CASE("slides: an answer taller than a slide is cut between its lines", "[report][slides]") {
  Table table = shoebox(0);
  std::string essay;
  for (int i = 0; i < 400; ++i) essay += "woord" + std::to_string(i) + " ";
  table.rows[2].cells[1] = {{essay}, true};
  const auto slides = paginate_slide({"Directie", "", {table_block(table)}}, "continued");
  REQUIRE(slides.size() >= 2);
  CHECK(count_occurrences(slides[1], "(continued)") >= 1);
  const std::string html = all_of(slides);
  for (const char* word : {"woord0 ", "woord200 ", "woord399"}) CHECK(count_occurrences(html, word) == 1);
  CHECK(count_occurrences(html, " …</li>") >= 1);
  CHECK(count_occurrences(html, "<li>… ") >= 1);
}

TEST_CASE("slides: a table too wide for the smallest type is split by columns, the first column repeated",
          "[report][slides]") {
  Table table;
  table.header = {"Onderdeel"};
  table.header_spans = {{"", 1}, {"Hoe vaak kreeg het onderdeel dit cijfer", 16}};
  for (int number = 16; number >= 1; --number) table.header.push_back("cijfer" + std::to_string(number) + "keer");
  table.numeric.assign(table.header.size(), true);
  table.numeric[0] = false;
  for (const char* item : {"Kenniscoördinator", "Verbinder"}) {
    TableRow row{{text_cell(item)}, false};
    for (int number = 16; number >= 1; --number) row.cells.push_back(text_cell("12 (100%)"));
    table.rows.push_back(row);
  }
  const auto slides = paginate_slide({"Hoe belangrijk?", "", {table_block(table)}}, "vervolg");
  const std::string html = all_of(slides);
  const std::size_t parts = count_occurrences(html, "<table");
  CHECK(parts >= 2);
  for (int number = 16; number >= 1; --number) {
    INFO("column " << number);
    CHECK(count_occurrences(html, ">cijfer" + std::to_string(number) + "keer<") == 1);
  }
  // Each part starts with the items and carries its share of the header span.
  CHECK(count_occurrences(html, "Kenniscoördinator") == parts);
  CHECK(count_occurrences(html, "Hoe vaak kreeg het onderdeel dit cijfer") == parts);
}

TEST_CASE("slides: notes and findings after a table follow it, on a further slide when it is full",
          "[report][slides]") {
  SlideBlock findings;
  findings.kind = SlideBlock::Kind::bullets;
  for (int i = 0; i < 12; ++i) findings.items.push_back("Bevinding " + std::to_string(i) + ": " + answer(i));
  const auto slides = paginate_slide({"Directie", "", {table_block(shoebox(6)), findings}}, "vervolg");
  REQUIRE(slides.size() >= 2);
  const std::string html = all_of(slides);
  for (int i = 0; i < 12; ++i) CHECK(count_occurrences(html, "Bevinding " + std::to_string(i) + ":") == 1);
  CHECK(count_occurrences(slides.back(), "<ul class=\"findings\">") == 1);
}

TEST_CASE("slides: every text is escaped", "[report][slides]") {
  Table table = shoebox(0);
  table.rows[0].cells[1] = {{"<script>alert(1)</script>"}, true};
  const auto slides = paginate_slide({"A & B", "<i>", {table_block(table)}}, "vervolg");
  const std::string html = all_of(slides);
  CHECK(count_occurrences(html, "<script>") == 0);
  CHECK(count_occurrences(html, "&lt;script&gt;") == 1);
  CHECK(count_occurrences(html, "<h2>A &amp; B</h2>") == 1);
}

// A unit's response table has the Bestuur column last and says in its caption what that
// column counts; split by columns on a slide, the part with that column keeps the caption,
// else a lone "Bestuur" header reads as one more group.
TEST_CASE("slides: a table split by columns keeps its caption with its last column", "[report][slides][units]") {
  Table table;
  table.header = {"Groep", "Uitgenodigd", "Ingevuld", "Respons", "Bestuur"};
  table.numeric = {false, true, true, true, true};
  table.caption = "De kolom Bestuur telt alle 3 eenheden samen, De Klimop inbegrepen.";
  for (const char* group : {"Directie", "Intern begeleiders", "Leerkrachten", "Alle groepen"})
    table.rows.push_back({{text_cell(group), text_cell("15"), text_cell("12"), text_cell("12 van de 15 = 80%"),
                           text_cell("26 van de 35 = 74%")},
                          false});
  // Wide cells force the split, as the long percentages do at the slide's type sizes.
  for (TableRow& row : table.rows)
    for (std::size_t column = 3; column < row.cells.size(); ++column)
      row.cells[column].lines[0] += " (van alle uitgenodigde mensen in deze groep samen geteld)";
  const auto slides = paginate_slide({"Respons", "", {table_block(table)}}, "vervolg");
  const std::string html = all_of(slides);
  REQUIRE(count_occurrences(html, "<table") >= 2);
  CHECK(count_occurrences(html, "<caption>De kolom Bestuur telt") == 1);
  const std::size_t caption = html.find("<caption>");
  REQUIRE(caption != std::string::npos);
  const std::size_t table_start = html.rfind("<table", caption);
  const std::size_t table_end = html.find("</table>", caption);
  CHECK(html.substr(table_start, table_end - table_start).find(">Bestuur<") != std::string::npos);
}
