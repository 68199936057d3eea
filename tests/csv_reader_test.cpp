// The CSV reader: quoting, separators, byte-order marks and errors naming file and line.
#include <catch2/catch.hpp>

#include "engine/csv_reader.h"

using namespace peiling;

TEST_CASE("csv: commas, semicolons, quotes and quoted line breaks", "[csv]") {
  const auto comma = parse_csv("a,b\n1,\"x, \"\"y\"\"\"\n", "t.csv");
  CHECK(comma.header == std::vector<std::string>{"a", "b"});
  REQUIRE(comma.rows.size() == 1);
  CHECK(comma.rows[0].fields == std::vector<std::string>{"1", "x, \"y\""});

  const auto semicolon = parse_csv("\xEF\xBB\xBF" "a;b\r\n1;2,5\r\n\r\n\"twee\nregels\";3\r\n", "t.csv");
  CHECK(semicolon.header.front() == "a");
  REQUIRE(semicolon.rows.size() == 2);
  CHECK(semicolon.rows[0].fields == std::vector<std::string>{"1", "2,5"});
  CHECK(semicolon.rows[1].fields[0] == "twee\nregels");
  CHECK(semicolon.rows[1].line == 4);
  CHECK(semicolon.column("b") == 1);
  CHECK(semicolon.column("c") == -1);
}

TEST_CASE("csv: malformed quoting is refused with file and line", "[csv]") {
  CHECK_THROWS_WITH(parse_csv("a,b\n1,\"open\n", "t.csv"), Catch::Contains("t.csv:2") && Catch::Contains("wordt nooit afgesloten"));
  CHECK_THROWS_WITH(parse_csv("a,b\n1,\"x\"y\n", "t.csv"), Catch::Contains("t.csv:2"));
  CHECK_THROWS_WITH(parse_csv("", "leeg.csv"), Catch::Contains("leeg.csv"));
  CHECK_THROWS_WITH(read_csv_file("/nonexistent/x.csv"), Catch::Contains("/nonexistent/x.csv"));
}
