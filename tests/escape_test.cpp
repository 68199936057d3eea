// One escaping function per sink, each fed hostile input.
#include <catch2/catch.hpp>
#include <string>

#include "base/escape.h"

using peiling::escape_csv;
using peiling::escape_html;
using peiling::escape_markdown;
using peiling::escape_svg;
using peiling::escape_terminal;

namespace {

bool has_control(const std::string& text, bool allow_line_breaks) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (allow_line_breaks && (c == '\n' || c == '\t' || c == '\r')) continue;
    if (byte < 0x20 || byte == 0x7f) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("escape_html turns markup and quotes into entities", "[escape]") {
  CHECK(escape_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape_html("a & b") == "a &amp; b");
  CHECK(escape_html("\"x\" onmouseover='y'") == "&quot;x&quot; onmouseover=&#39;y&#39;");
  CHECK(escape_html("&lt;") == "&amp;lt;");  // entities in the input are text, not markup
  CHECK(escape_html("<img src=x onerror=alert(1)>").find('<') == std::string::npos);
  CHECK(escape_html("kenniscoördinator: één") == "kenniscoördinator: één");
  CHECK(escape_html("") == "");
}

TEST_CASE("escape_svg escapes markup and drops what XML forbids", "[escape]") {
  CHECK(escape_svg("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape_svg("]]><svg onload=alert(1)>") == "]]&gt;&lt;svg onload=alert(1)&gt;");
  CHECK(escape_svg("R&D \"ib'er\"") == "R&amp;D &quot;ib&#39;er&quot;");
  CHECK(escape_svg("a\x01" "b\x1b[31mc\x1f" "d") == "ab[31mcd");
  CHECK(escape_svg(std::string("nul\0byte", 8)) == "nulbyte");
  CHECK(escape_svg("regel 1\nregel 2\tkolom") == "regel 1\nregel 2\tkolom");
  CHECK(escape_svg("coördinator") == "coördinator");
  CHECK(escape_svg("4\xe2\x80\xaf%") == "4\xe2\x80\xaf%");  // valid multi-byte text is kept
  CHECK(escape_svg("\xf0\x9f\x93\x8a") == "\xf0\x9f\x93\x8a");
}

TEST_CASE("escape_svg replaces bytes that are not UTF-8, so the document stays well-formed", "[escape]") {
  const std::string replacement = "\xef\xbf\xbd";  // U+FFFD
  CHECK(escape_svg("co\xf6rdinator") == "co" + replacement + "rdinator");    // Latin-1 ö
  CHECK(escape_svg("cut \xe2\x82") == "cut " + replacement + replacement);  // truncated sequence
  CHECK(escape_svg("\xc0\xbc") == replacement + replacement);               // overlong '<'
  CHECK(escape_svg("\xed\xa0\x80") == replacement + replacement + replacement);  // a surrogate
  CHECK(escape_svg("\xef\xbf\xbe") == "");                                   // U+FFFE is not an XML character
}

TEST_CASE("escape_painted_text keeps markup but not bad bytes or control characters", "[escape]") {
  const std::string replacement = "\xef\xbf\xbd";
  CHECK(peiling::escape_painted_text("<b>R&D</b> \"ib'er\"") == "<b>R&D</b> \"ib'er\"");  // drawn, never parsed
  CHECK(peiling::escape_painted_text("co\xf6rdinator") == "co" + replacement + "rdinator");
  CHECK(peiling::escape_painted_text("a\tb\nc\x1b[31m") == "abc[31m");
  CHECK(peiling::escape_painted_text("coördinator") == "coördinator");
}

TEST_CASE("escape_csv quotes separators and defuses formulas", "[escape]") {
  CHECK(escape_csv("gewoon") == "gewoon");
  CHECK(escape_csv("a,b") == "\"a,b\"");
  CHECK(escape_csv("a;b") == "\"a;b\"");  // Dutch Excel separates with ;
  CHECK(escape_csv("zei \"nee\"") == "\"zei \"\"nee\"\"\"");
  CHECK(escape_csv("regel 1\nregel 2") == "\"regel 1\nregel 2\"");
  CHECK(escape_csv("regel 1\r\nregel 2") == "\"regel 1\r\nregel 2\"");
  CHECK(escape_csv("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
  CHECK(escape_csv("+1+1") == "'+1+1");
  CHECK(escape_csv("-2+3") == "'-2+3");
  CHECK(escape_csv("@SUM(A1)") == "'@SUM(A1)");
  CHECK(escape_csv("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(escape_csv("=1,2") == "\"'=1,2\"");
  // A leading tab or carriage return also starts a formula in some spreadsheets.
  CHECK(escape_csv("\t=1+1") == "'\t=1+1");
  CHECK(escape_csv("\r=1+1") == "\"'\r=1+1\"");
  CHECK(escape_csv("a=b") == "a=b");
  CHECK(escape_csv("") == "");
}

TEST_CASE("escape_markdown escapes only what would act, and leaves plain text as it is", "[escape][markdown]") {
  using peiling::MarkdownPlace;
  CHECK(escape_markdown("Gemiddeld 3.5 punten (n = 12) - p < 0,001; 1.000 scholen!") ==
        "Gemiddeld 3.5 punten (n = 12) - p < 0,001; 1.000 scholen!");
  CHECK(escape_markdown("*vet* en _schuin_") == "\\*vet\\* en \\_schuin\\_");
  CHECK(escape_markdown("3 * 4 = 12 en snake_case_naam") == "3 * 4 = 12 en snake_case_naam");
  CHECK(escape_markdown("<script>alert(1)</script>") == "\\<script>alert(1)\\</script>");
  CHECK(escape_markdown("a<b en a < b") == "a\\<b en a < b");
  CHECK(escape_markdown("[klik](javascript:alert(1))") == "\\[klik\\](javascript:alert(1))");
  CHECK(escape_markdown("# kop") == "\\# kop");
  CHECK(escape_markdown("Vraag #") == "Vraag \\#");   // else a heading drops it
  CHECK(escape_markdown("nummer #3") == "nummer #3");
  CHECK(escape_markdown("1. lijst") == "1\\. lijst");
  CHECK(escape_markdown("2026) jaar") == "2026\\) jaar");
  CHECK(escape_markdown("- lijst") == "\\- lijst");
  CHECK(escape_markdown("-5 graden") == "-5 graden");
  CHECK(escape_markdown("---") == "\\---");
  CHECK(escape_markdown("> citaat") == "\\> citaat");
  CHECK(escape_markdown("a > b") == "a > b");
  CHECK(escape_markdown("`code` \\ ~~weg~~") == "\\`code\\` \\ \\~\\~weg\\~\\~");
  CHECK(escape_markdown("C:\\map\\") == "C:\\map\\\\");
  CHECK(escape_markdown("R&D en &amp;") == "R&D en \\&amp;");
  CHECK(escape_markdown("regel 1\nregel 2") == "regel 1 regel 2");
  CHECK(escape_markdown("regel 1\r\n# kop") == "regel 1 # kop");
  CHECK(escape_markdown("    vier spaties") == "vier spaties");
  CHECK(escape_markdown("coördinator") == "coördinator");
  CHECK(escape_markdown("a | b") == "a | b");
  CHECK(escape_markdown("a | b", MarkdownPlace::table_cell) == "a \\| b");
  CHECK(escape_markdown("- lijst", MarkdownPlace::table_cell) == "- lijst");  // no blocks in a cell
  // Nothing in a cell can end its row or start a tag or an entity.
  const std::string cell = escape_markdown("a|b\n<c>|\r\n| d &lt;", MarkdownPlace::table_cell);
  CHECK(cell == "a\\|b \\<c>\\| \\| d \\&lt;");
}

TEST_CASE("escape_terminal shows control characters instead of obeying them", "[escape]") {
  CHECK(escape_terminal("\x1b[31mrood\x1b[0m") == "\\x1b[31mrood\\x1b[0m");
  CHECK(escape_terminal("regel 1\nregel 2\r") == "regel 1\\x0aregel 2\\x0d");
  CHECK(escape_terminal("tab\there") == "tab\\x09here");
  CHECK(escape_terminal("bel\x07" "del\x7f") == "bel\\x07del\\x7f");
  CHECK(escape_terminal("\x1b]0;titel\x07") == "\\x1b]0;titel\\x07");
  CHECK(escape_terminal("<script> & \"x\"") == "<script> & \"x\"");  // harmless on a terminal
  CHECK(escape_terminal("coördinator €5") == "coördinator €5");
  CHECK_FALSE(has_control(escape_terminal(std::string("a\0b\x1b\x9b", 5)), false));
}

TEST_CASE("escape_terminal also shows 8-bit (C1) controls and stray bytes", "[escape]") {
  // U+009B is CSI: some terminals obey it like ESC [ .
  CHECK(escape_terminal("\xc2\x9b" "31mrood") == "\\xc2\\x9b31mrood");
  CHECK(escape_terminal("\xc2\x9d" "0;titel\xc2\x9c") == "\\xc2\\x9d0;titel\\xc2\\x9c");
  CHECK(escape_terminal("\x9b" "31m") == "\\x9b31m");  // a lone byte, not UTF-8
  CHECK(escape_terminal("co\xf6rdinator") == "co\\xf6rdinator");
  CHECK(escape_terminal("\xc2\xa0nbsp") == "\xc2\xa0nbsp");  // U+00A0 is printable
}

TEST_CASE("no sink lets raw markup or control characters through", "[escape]") {
  const std::string hostile = "<script>alert('x')</script>\x1b[2J\"&\n|*=cmd";
  CHECK(escape_html(hostile).find('<') == std::string::npos);
  CHECK(escape_svg(hostile).find('<') == std::string::npos);
  CHECK_FALSE(has_control(escape_svg(hostile), true));
  CHECK(escape_markdown(hostile).rfind("\\<script>", 0) == 0);  // a backslash keeps it text
  CHECK_FALSE(has_control(escape_markdown(hostile), false));
  CHECK_FALSE(has_control(escape_terminal(hostile), false));
  CHECK(escape_csv(hostile).front() == '"');
}

TEST_CASE("escape_xlsx drops what XML forbids and keeps Excel from reading _xHHHH_ as a character", "[escape]") {
  using peiling::escape_xlsx;
  CHECK(escape_xlsx("gewoon € 5") == "gewoon € 5");
  CHECK(escape_xlsx("a\xef\xbf\xbe" "b\xef\xbf\xbf" "c") == "abc");  // U+FFFE, U+FFFF
  CHECK(escape_xlsx("_x0041_") == "_x005F_x0041_");
  CHECK(escape_xlsx("_x00e9_ en _x004") == "_x005F_x00e9_ en _x004");
  CHECK(escape_xlsx("_xgeen_") == "_xgeen_");
  CHECK(escape_xlsx("a\x01" "b") == "a\x01" "b");  // libxlsxwriter writes controls as _x0001_ itself
  CHECK(escape_xlsx("co\xf6rdinator") == "co\xef\xbf\xbdrdinator");
}
