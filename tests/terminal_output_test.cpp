// What peiling prints from a definition or a respondent goes through escape_terminal, so
// an escape sequence or a right-to-left override in a file or an answer cannot recolour,
// clear or reorder the screen. Through the real CLI.
#include <catch2/catch.hpp>
#include <string>

#include "base/escape.h"
#include "import_fixture.h"

using namespace peiling::testing;

namespace {

const std::string kEsc = "\x1b[2J\x1b[31m";   // clear the screen, then red
const std::string kRlo = "\xe2\x80\xae";      // U+202E RIGHT-TO-LEFT OVERRIDE

// No raw ESC, no bidirectional control left in what a terminal would receive.
bool terminal_safe(const std::string& text) {
  for (const std::string bad : {"\x1b", "\xe2\x80\xae", "\xe2\x80\xab", "\xe2\x81\xa6", "\xe2\x80\x8f", "\xd8\x9c"})
    if (text.find(bad) != std::string::npos) return false;
  return true;
}

}  // namespace

TEST_CASE("escape_terminal makes bidirectional controls visible", "[escape][terminal]") {
  CHECK(peiling::escape_terminal("abc" + kRlo + "fed") == "abc\\u202efed");
  CHECK(peiling::escape_terminal("\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c") == "\\u200e\\u200f\\u061c");  // LRM, RLM, ALM
  CHECK(peiling::escape_terminal("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad") == "\\u202a\\u202b\\u202c\\u202d");
  CHECK(peiling::escape_terminal("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9") == "\\u2066\\u2067\\u2068\\u2069");
  CHECK(peiling::escape_terminal("שלום, مرحبا") == "שלום, مرحبا");  // right-to-left letters themselves are text
}

TEST_CASE("a definition error shows escape sequences and overrides instead of obeying them", "[terminal][cli]") {
  ScratchDir dir;
  // JSON strings hold control characters as \u escapes; the reader turns them into the real thing.
  write_file(dir.file("vijandig.json"),
             "{\"id\": \"t\", \"title\": \"T\", \"\\u001b[2J\\u001b[31mtitel" + kRlo + "txt.exe\": 1}");
  const auto validated = peiling_in(dir, {"validate", "vijandig.json"});
  const auto created =
      peiling_in(dir, {"survey", "create", "--questionnaire", "vijandig.json", "--name", "x", "--group", "a=1"});
  for (const auto& result : {validated, created}) {
    CHECK(result.exit_code == 1);
    CHECK(terminal_safe(result.err));
    CHECK_THAT(result.err, Catch::Contains("onbekende sleutel '\\x1b[2J\\x1b[31mtitel\\u202etxt.exe'"));
  }
}

TEST_CASE("code list shows an answer's escape sequences and right-to-left override as text", "[terminal][cli]") {
  ScratchDir dir;
  const auto survey = new_survey(dir, kGrevenFile);
  write_file(dir.file("in.csv"), "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
                                 "ib,3,1,2,3,4,5,\"coach " + kRlo + "gnp.exe " + kEsc + "rood\",,\n");
  REQUIRE(peiling_in(dir, {"import", "--survey", survey, "in.csv"}).exit_code == 0);
  const auto listed = peiling_in(dir, {"code", "list", "--survey", survey});
  REQUIRE(listed.exit_code == 0);
  CHECK(terminal_safe(listed.out));
  CHECK_THAT(listed.out, Catch::Contains("coach \\u202egnp.exe \\x1b[2J\\x1b[31mrood"));
}

TEST_CASE("validate and tokens show a hostile title and group label as text", "[terminal][cli]") {
  ScratchDir dir;
  write_file(dir.file("v.json"), "{\"id\": \"t\", \"version\": \"1\\u001b[2J\", \"title\": \"T\\u001b[2J\", \"groups\": "
                                 "[{\"id\": \"a\", \"label\": \"A" + kRlo + "B\"}], "
                                 "\"questions\": [{\"id\": \"q\", \"type\": \"text\", \"text\": \"Q\"}]}");
  const auto validated = peiling_in(dir, {"validate", "v.json"});
  REQUIRE(validated.exit_code == 0);
  CHECK(terminal_safe(validated.out));
  CHECK_THAT(validated.out, Catch::Contains("t 1\\x1b[2J: 1 vraag"));
  const auto created = peiling_in(dir, {"survey", "create", "--questionnaire", "v.json", "--name", "x", "--group", "a=2"});
  REQUIRE(created.exit_code == 0);
  const auto tokens = peiling_in(dir, {"tokens", "--survey", "1", "--group", "a", "--count", "1", "--url",
                                       "http://127.0.0.1:8080", "--out", "briefjes.html"});
  REQUIRE(tokens.exit_code == 0);
  CHECK(terminal_safe(tokens.out));
  CHECK_THAT(tokens.out, Catch::Contains("1 code voor A\\u202eB"));
}
