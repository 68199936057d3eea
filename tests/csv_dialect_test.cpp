// The streaming CSV reader on the dialects the import meets (tab, CRLF, BOM, rows across
// its read buffer), the header matching of the import, and the formula guard's round trip.
#include <catch2/catch.hpp>
#include <sstream>

#include "engine/csv_reader.h"
#include "engine/csv_row_mapper.h"
#include "engine/definition_loader.h"
#include "base/formula_guard.h"
#include "base/escape.h"

using namespace peiling;

TEST_CASE("csv: tab separators, Windows line ends and a BOM", "[csv]") {
  const auto tab = parse_csv("\xEF\xBB\xBF" "a\tb;c\r\n1\t\"x\ty\"\r\n", "t.tsv");
  CHECK(tab.header == std::vector<std::string>{"a", "b;c"});
  REQUIRE(tab.rows.size() == 1);
  CHECK(tab.rows[0].fields == std::vector<std::string>{"1", "x\ty"});

  const auto crlf_inside = parse_csv("a,b\r\n\"een\r\ntwee\",2\r\n3,4\r\n", "t.csv");
  REQUIRE(crlf_inside.rows.size() == 2);
  CHECK(crlf_inside.rows[0].fields[0] == "een\r\ntwee");
  CHECK(crlf_inside.rows[1].line == 4);
}

TEST_CASE("csv: rows and quoted fields across the reader's buffer are read whole", "[csv]") {
  // Long enough that several rows, a quoted field and a CRLF straddle the 1 MiB chunks.
  std::string text = "nummer,tekst\r\n";
  const std::string long_text(70'000, 'x');
  for (int i = 0; i < 40; ++i) text += std::to_string(i) + ",\"" + long_text + "\"\"," + std::to_string(i) + "\"\r\n";
  std::istringstream in(text);
  std::uint64_t seen_bytes = 0;
  CsvReader reader(in, "groot.csv", [&](std::string_view chunk) { seen_bytes += chunk.size(); });
  CsvRow row;
  int rows = 0;
  while (reader.next(row)) {
    REQUIRE(row.fields.size() == 2);
    CHECK(row.fields[0] == std::to_string(rows));
    CHECK(row.fields[1] == long_text + "\"," + std::to_string(rows));
    CHECK(row.line == rows + 2);
    ++rows;
  }
  CHECK(rows == 40);
  CHECK(seen_bytes == text.size());
  CHECK(reader.bytes_read() == text.size());
}

TEST_CASE("formula guard: guarded on export, given back unchanged on import", "[csv][formula]") {
  for (const std::string value : {"=1+1", "+31", "-", "@x", "\tx", "\rx", "'=x", "''", "'", "'s avonds", "gewoon", ""}) {
    INFO(value);
    const std::string guarded = guard_formula(value);
    CHECK_FALSE(starts_formula(guarded));
    CHECK((has_formula_guard(guarded) ? guarded.substr(1) : guarded) == value);
  }
  CHECK(guard_formula("'s avonds") == "'s avonds");  // a Dutch apostrophe is no guard
  CHECK(escape_csv("''") == "'''");
}

TEST_CASE("the import header is matched case-insensitively and refused with every problem", "[csv][import]") {
  const Questionnaire greven = load_definition_file(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  CHECK_NOTHROW(CsvRowMapper(greven, {" GROEP ", "Fasen.F1", "fasen.f2", "FASEN.f3", "fasen.f4", "fasen.f5"}, "x.csv",
                             nullptr));
  try {
    CsvRowMapper(greven, {"groep", "naam", "fasen.f1", "fasen.f2", "fasen.f3", "fasen.f4"}, "x.csv", nullptr);
    FAIL("a header with an unknown and a missing column was accepted");
  } catch (const CsvImportRefused& refused) {
    REQUIRE(refused.problems().size() == 3);
    CHECK(refused.problems()[0] == "x.csv: onbekende kolom 'naam' (kolom 2)");
    CHECK(refused.problems()[1] == "x.csv: de verplichte kolom 'fasen.f5' ontbreekt");
    CHECK_THAT(refused.problems()[2], Catch::Contains("groep, jaren, fasen.f1"));
  }
}
