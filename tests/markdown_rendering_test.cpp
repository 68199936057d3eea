// rapport.md is read as plain text and rendered by GitHub: an escaped text must render as
// exactly that text (no emphasis, link, tag, heading, list or broken table) wherever the
// report puts it. Checked against cmark-gfm, GitHub's own CommonMark + GFM renderer.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/escape.h"
#include "report_fixture.h"
#include "reports/report.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

bool have_cmark_gfm() { return run_process("/bin/sh", {"-c", "command -v cmark-gfm"}, ".").exit_code == 0; }

// GitHub's settings: tables, strikethrough, autolinks; --unsafe so raw HTML would show as HTML.
std::string render(const ScratchDir& dir, const std::string& markdown) {
  write_file(dir.file("in.md"), markdown);
  const auto result = run_process("/usr/bin/env", {"cmark-gfm", "--unsafe", "-e", "table", "-e", "strikethrough",
                                                   "-e", "autolink", "in.md"}, dir.path());
  REQUIRE(result.exit_code == 0);
  return result.out;
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// What a reader sees of a text: control characters gone, runs of white space as one space.
std::string visible(const std::string& text) {
  std::string kept;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') kept += c == '\r' ? '\n' : c;
  return collapse_spaces(kept);
}

// The text of rendered HTML that holds no tags: entities decoded.
std::string html_text(const std::string& html) {
  std::string out;
  for (std::size_t i = 0; i < html.size(); ++i) {
    bool decoded = false;
    for (const auto& [entity, character] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&quot;", "\""}})
      if (html.compare(i, std::string(entity).size(), entity) == 0) {
        out += character;
        i += std::string(entity).size() - 1;
        decoded = true;
        break;
      }
    if (!decoded) out += html[i];
  }
  return collapse_spaces(out);
}

// GitHub links a bare http:// or www. address whatever the escaping; its text stays the
// same, so the <a> around it is taken away before the text is compared.
std::string without_autolinks(std::string html) {
  for (std::size_t start; (start = html.find("<a href=\"")) != std::string::npos;)
    html.erase(start, html.find('>', start) - start + 1);
  for (std::size_t end; (end = html.find("</a>")) != std::string::npos;) html.erase(end, 4);
  return html;
}

// Between `before` and `after` in the rendered HTML, with nothing else around it.
std::string between(const std::string& html, const std::string& before, const std::string& after) {
  INFO(html);
  REQUIRE(html.rfind(before, 0) == 0);
  REQUIRE(html.size() >= before.size() + after.size());
  REQUIRE(html.compare(html.size() - after.size(), after.size(), after) == 0);
  return html.substr(before.size(), html.size() - before.size() - after.size());
}

const std::vector<std::string> kHostile = {
    "*vet* en _schuin_ en **heel vet** en __ook__", "~~weg~~ en ~ook weg~", "`code` en ``meer``",
    "[klik](javascript:alert(1)) en ![plaatje](x.png) en [ref]", "[^1] voetnoot", "<script>alert(1)</script>",
    "<b>vet</b> <!-- commentaar --> <?php ?> <http://example.com>", "# kop", "## kop ##", "Vraag #",
    "> citaat", "- lijst", "+ lijst", "* lijst", "1. lijst", "2026) jaar", "---", "***", "___", "- - -",
    "a | b | c", "\\*niet vet\\*", "C:\\map\\", "\\", "p < 0,001", "a<b", "R&D en &amp; en &#60; en &copy;",
    "regel 1\nregel 2", "regel 1\r\n# kop\n- lijst\n---", "    vier spaties", "```", "~~~", "snake_case_naam",
    "_x_ en x_ en _", "3 * 4 * 5", "a*b*c", "Gemiddeld 3.5 punten (n = 12) - of niet.", "\x1b[31mrood\x1b[0m",
    "aan het eind \\", "=", "===", "|", "<", "&", "!", "![", "*", "_", "kop\n===", "kop\n---",
};

}  // namespace

TEST_CASE("an escaped text renders as exactly its text in every place of rapport.md", "[markdown][escape]") {
  if (!have_cmark_gfm()) {
    WARN("cmark-gfm is not installed: the Markdown rendering test is skipped (scripts/setup.sh --with-browser)");
    return;
  }
  ScratchDir dir;
  for (const std::string& text : kHostile) {
    INFO("text: " << text);
    const std::string escaped = escape_markdown(text);
    const std::string expected = visible(text);
    INFO("escaped: " << escaped);
    const std::string paragraph = between(render(dir, escaped + "\n"), "<p>", "</p>\n");
    const std::string item = between(render(dir, "- " + escaped + "\n"), "<ul>\n<li>", "</li>\n</ul>\n");
    const std::string heading = between(render(dir, "## " + escaped + "\n"), "<h2>", "</h2>\n");
    const std::string note = between(render(dir, "*" + escaped + "*\n"), "<p><em>", "</em></p>\n");
    const std::string cell = between(
        render(dir, "| kop | x |\n| --- | --- |\n| " + escape_markdown(text, MarkdownPlace::table_cell) + " | y |\n"),
        "<table>\n<thead>\n<tr>\n<th>kop</th>\n<th>x</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>",
        "</td>\n<td>y</td>\n</tr>\n</tbody>\n</table>\n");
    for (std::string rendered : {paragraph, item, heading, note, cell}) {
      rendered = without_autolinks(rendered);
      CHECK(rendered.find('<') == std::string::npos);  // no tag: no emphasis, link, code, HTML
      CHECK(html_text(rendered) == expected);
    }
  }
}

TEST_CASE("the hostile report's rapport.md renders its script answer and labels as text", "[markdown][report]") {
  if (!have_cmark_gfm()) {
    WARN("cmark-gfm is not installed: the Markdown rendering test is skipped (scripts/setup.sh --with-browser)");
    return;
  }
  test::GrevenFixture fixture(true);
  ScratchDir dir;
  ReportOptions options;
  options.out_dir = dir.path() / "rapport";
  write_report(*fixture.analysis, fixture.stream(), options);
  const std::string markdown = read_file(dir.path() / "rapport" / "rapport.md");
  CHECK(markdown.find("&lt;") == std::string::npos);  // plain text: no entities
  CHECK(markdown.find("&amp;") == std::string::npos);
  const std::string html = render(dir, markdown);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("Fase 3: collegiaal consultant | *niet sturend*, &quot;vraaggericht&quot;") != std::string::npos);
  CHECK(html.find("<em>niet sturend</em>") == std::string::npos);
}
