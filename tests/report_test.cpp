// write_report on the Greven survey: the thesis' figures in every document, the response
// lines, shared places, the English variant, the min_group rule, escaping per sink, the
// exact scores.csv, the slide order and the self-containedness of rapport.html.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>

#include "base/escape.h"
#include "reports/html_parts.h"
#include "reports/markdown_table.h"
#include "reports/report.h"
#include "reports/report_model.h"
#include "tests/report_fixture.h"
#include "test_support.h"

namespace peiling {

namespace {

using test::GrevenFixture;
using testing::ScratchDir;
using testing::read_file;

// One written report with its documents read back; the folder goes with it.
struct WrittenReport {
  WrittenReport(GrevenFixture& fixture, const std::string& name, ReportOptions options = {})
      : folder(scratch.path() / name) {
    options.out_dir = folder;
    paths = write_report(*fixture.analysis, fixture.stream(), options);
    html = read_file(folder / "rapport.html");
    slides = read_file(folder / "slides.html");
    markdown = read_file(folder / "rapport.md");
    csv = read_file(folder / "scores.csv");
  }

  std::vector<std::string> documents() const { return {html, slides, markdown}; }

  ScratchDir scratch;
  std::filesystem::path folder;
  std::vector<std::filesystem::path> paths;
  std::string html, slides, markdown, csv;
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Whether `number` ("3,3") stands in `text` as a number of its own, not inside another
// number or a percentage ("33,3%", "3,3%").
bool contains_number(const std::string& text, const std::string& number) {
  const auto is_part = [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '%'; };
  for (auto at = text.find(number); at != std::string::npos; at = text.find(number, at + 1)) {
    const bool starts = at == 0 || !is_part(text[at - 1]);
    const bool ends = at + number.size() == text.size() || !is_part(text[at + number.size()]);
    if (starts && ends) return true;
  }
  return false;
}

const std::vector<std::string> kDirectieMeans{"1,0", "3,3", "3,7", "5,0", "2,0"};
const std::vector<std::string> kIbMeans{"1,3", "2,8", "4,0", "4,3", "2,8"};
const std::vector<std::string> kLeerkrachtenMeans{"3,0", "3,8", "3,9", "2,8", "1,6"};

}  // namespace

TEST_CASE("the report shows the thesis' mean scores in every document", "[report]") {
  GrevenFixture fixture;
  WrittenReport report(fixture, "means");
  for (const auto& document : report.documents())
    for (const auto& means : {kDirectieMeans, kIbMeans, kLeerkrachtenMeans})
      for (const std::string& mean : means) CHECK(contains(document, mean));
}

TEST_CASE("the report states the response as 'ingevuld door x van de y = z%'", "[report]") {
  GrevenFixture fixture;
  WrittenReport report(fixture, "response");
  for (const auto& document : report.documents()) {
    CHECK(contains(document, "ingevuld door 3 van de 4 = 75%"));
    CHECK(contains(document, "ingevuld door 4 van de 5 = 80%"));
    CHECK(contains(document, "ingevuld door 8 van de 15 = 53%"));
    CHECK(contains(document, "8 van de 15 = 53%"));
    CHECK(contains(document, "15 van de 24 = 63%"));  // the all-groups total row
    CHECK(contains(document, "Alle groepen"));
  }
  CHECK(contains(report.html, "<html lang=\"nl\">"));
  CHECK(contains(report.slides, "<html lang=\"nl\">"));
}

TEST_CASE("items with the same printed mean share a place", "[report]") {
  GrevenFixture fixture;
  WrittenReport report(fixture, "places");
  // IB'ers: phase 2 and phase 5 both 2,8.
  for (const std::string finding : {"Fase 2 en Fase 5 delen de 3e plaats (2,8).",
                                     "Fase 4 staat op de 1e plaats (5,0).",          // directie's top
                                     "Fase 5 staat op de laatste plaats (1,6)."}) {  // leerkrachten's lowest
    CHECK(contains(report.html, finding));
    CHECK(contains(report.markdown, escape_markdown(finding)));
  }
  CHECK(contains(report.html, "gedeelde 3e plaats"));
  CHECK(contains(report.markdown, "gedeelde 3e plaats"));
}

TEST_CASE("the English report uses English phrases and a decimal point", "[report]") {
  GrevenFixture fixture;
  ReportOptions options;
  options.language = Language::en;
  WrittenReport report(fixture, "english", options);
  for (const auto& document : report.documents()) {
    CHECK(contains(document, "completed by 3 of 4 = 75%"));
    CHECK(contains(document, "completed by 8 of 15 = 53%"));
    CHECK(contains(document, "All groups"));
    CHECK_FALSE(contains(document, "ingevuld door"));
    CHECK_FALSE(contains(document, "nog niet gecodeerd"));
  }
  for (const auto& document : {report.html, report.slides}) {
    CHECK(contains(document, "3.3"));
    CHECK(contains(document, "4.3"));
  }
  CHECK(contains(report.markdown, escape_markdown("3.3")));
  CHECK(contains(report.html, "shared 3rd place"));
  CHECK(contains(report.html, "Fase 2 and Fase 5 share 3rd place (2.8)."));
  CHECK(contains(report.html, "not yet coded"));
  CHECK(contains(report.html, "<html lang=\"en\">"));
  CHECK(contains(report.slides, "<html lang=\"en\">"));
}

TEST_CASE("a group below min_group shows its counts only", "[report][min_group]") {
  GrevenFixture fixture;
  ReportOptions options;
  options.min_group = 4;  // directie has 3 respondents
  WrittenReport report(fixture, "min-group", options);

  SECTION("its open answers are never even read") {
    CHECK(std::count(fixture.streamed_groups.begin(), fixture.streamed_groups.end(), "directie") == 0);
    // Once: the schoenendoos tables and open-antwoorden.csv share one pass.
    CHECK(std::count(fixture.streamed_groups.begin(), fixture.streamed_groups.end(), "ib") == 1);
  }
  SECTION("its scores, figures and answers are in no file") {
    for (const auto& document : report.documents()) {
      for (const std::string& mean : kDirectieMeans) CHECK_FALSE(contains_number(document, mean));
      CHECK_FALSE(contains_number(document, "26,3"));  // directie's years in education
      CHECK_FALSE(contains(document, "Coachen van leerkrachten in de klas."));
      CHECK_FALSE(contains(document, "Geheime directie-mening"));
      for (const std::string& mean : kIbMeans) CHECK(contains(document, mean));
    }
    for (const auto& path : report.paths) CHECK_FALSE(contains(path.filename().string(), "directie"));
  }
  SECTION("its counts and the reason are still shown") {
    const std::string reason = "te weinig respondenten (minder dan 4) om antwoorden te tonen";
    for (const auto& document : report.documents()) CHECK(contains(document, "3 van de 4 = 75%"));
    CHECK(contains(report.html, reason));
    CHECK(contains(report.slides, reason));
    CHECK(contains(report.markdown, escape_markdown(reason)));
  }
  SECTION("it is left out of the combined chart, with a note") {
    const std::string combined = read_file(report.folder / "grafiek-fasen-alle-groepen.svg");
    CHECK(contains(combined, "Niet in deze grafiek: Directie (minder dan 4 respondenten)."));
    CHECK_FALSE(contains(combined, ">Directie<"));
    for (const std::string& mean : kDirectieMeans) CHECK_FALSE(contains(combined, ">" + mean + "<"));
    CHECK(contains(combined, "IB&#39;ers"));
  }
  SECTION("csv has no rows for it, nor totals it could be worked out from") {
    CHECK_FALSE(contains(report.csv, "directie"));
    CHECK_FALSE(contains(report.csv, "\nalle,"));
    CHECK(contains(report.csv, "\nib,fasen,rank,fase1,Fase 1,,,4,,,5,1.3,\n"));
    for (const auto& document : report.documents()) CHECK_FALSE(contains(document, "Alle groepen samen"));
  }
}

TEST_CASE("the all-groups scores are shown when no group is withheld", "[report][min_group]") {
  GrevenFixture fixture;
  WrittenReport report(fixture, "all-groups");
  CHECK(contains(report.html, "Alle groepen samen"));
  CHECK(contains(report.csv, "\nalle,fasen,rank,fase1,Fase 1,,,15,,,32,2.1,\n"));
}

TEST_CASE("a hostile answer and label are text in every sink", "[report][escape]") {
  GrevenFixture fixture;
  WrittenReport report(fixture, "escape");

  SECTION("html and slides show the script tag as text") {
    for (const auto& document : {report.html, report.slides}) {
      CHECK(contains(document, "&lt;script&gt;alert(1)&lt;/script&gt;"));
      CHECK_FALSE(contains(document, "<script>alert(1)"));
      CHECK(contains(document, "Fase 3: collegiaal consultant | *niet sturend*, &quot;vraaggericht&quot;"));
    }
    CHECK_FALSE(contains(report.html, "<script"));
  }
  SECTION("markdown neither runs HTML nor breaks its tables") {
    CHECK(contains(report.markdown, "\\<script>alert(1)\\</script>"));
    CHECK(testing::count_occurrences(report.markdown, "<script") ==
          testing::count_occurrences(report.markdown, "\\<script"));  // each one escaped
    CHECK(contains(report.markdown, "Fase 3: collegiaal consultant \\| \\*niet sturend\\*, \"vraaggericht\""));
    CHECK_FALSE(contains(report.markdown, "consultant | *niet"));
  }
  SECTION("csv quotes the field with a comma and quotes") {
    CHECK(contains(report.csv,
                   "\ndirectie,fasen,rank,fase3,\"Fase 3: collegiaal consultant | *niet sturend*, "
                   "\"\"vraaggericht\"\"\",,,3,,,11,3.7,\n"));
  }
  SECTION("chart files escape the label as XML") {
    const std::string chart = read_file(report.folder / "grafiek-fasen-directie.svg");
    CHECK_FALSE(contains(chart, "\"vraaggericht\""));
  }
}

TEST_CASE("scores.csv is tidy: every type, per group, question, item and value", "[report][csv]") {
  GrevenFixture fixture(false);
  WrittenReport report(fixture, "csv");
  const std::string expected =
      "group,question,type,item,item_label,value,value_label,n,count,percent,sum,mean,median\n"
      "directie,jaren,number,,,18,,3,1,33.3,,,\n"
      "directie,jaren,number,,,24,,3,1,33.3,,,\n"
      "directie,jaren,number,,,37,,3,1,33.3,,,\n"
      "directie,jaren,number,,,,,3,,,,26.3,24.0\n"
      "directie,fasen,rank,fase1,Fase 1,,,3,,,3,1.0,\n"
      "directie,fasen,rank,fase2,Fase 2,,,3,,,10,3.3,\n"
      "directie,fasen,rank,fase3,Fase 3,,,3,,,11,3.7,\n"
      "directie,fasen,rank,fase4,Fase 4,,,3,,,15,5.0,\n"
      "directie,fasen,rank,fase5,Fase 5,,,3,,,6,2.0,\n"
      "directie,taak,text,,,,,3,3,,,,\n"
      "directie,rol,text,,,,,2,1,,,,\n"
      "directie,overleg,choice,nooit,nooit,,,3,0,0.0,,,\n"
      "directie,overleg,choice,1-3,1 tot 3 keer,,,3,1,33.3,,,\n"
      "directie,overleg,choice,4-6,4 tot 6 keer,,,3,2,66.7,,,\n"
      "directie,overleg,choice,meer,meer dan 6 keer,,,3,0,0.0,,,\n"
      "directie,tevreden,likert,,,1,helemaal oneens,3,0,0.0,,,\n"
      "directie,tevreden,likert,,,2,oneens,3,0,0.0,,,\n"
      "directie,tevreden,likert,,,3,neutraal,3,1,33.3,,,\n"
      "directie,tevreden,likert,,,4,eens,3,2,66.7,,,\n"
      "directie,tevreden,likert,,,5,helemaal eens,3,0,0.0,,,\n"
      "directie,tevreden,likert,,,,,3,,,,3.7,4.0\n"
      "ib,jaren,number,,,6,,4,1,25.0,,,\n"
      "ib,jaren,number,,,12,,4,1,25.0,,,\n"
      "ib,jaren,number,,,13,,4,1,25.0,,,\n"
      "ib,jaren,number,,,26,,4,1,25.0,,,\n"
      "ib,jaren,number,,,,,4,,,,14.3,12.5\n"
      "ib,fasen,rank,fase1,Fase 1,,,4,,,5,1.3,\n"
      "ib,fasen,rank,fase2,Fase 2,,,4,,,11,2.8,\n"
      "ib,fasen,rank,fase3,Fase 3,,,4,,,16,4.0,\n"
      "ib,fasen,rank,fase4,Fase 4,,,4,,,17,4.3,\n"
      "ib,fasen,rank,fase5,Fase 5,,,4,,,11,2.8,\n"
      "ib,taak,text,,,,,4,3,,,,\n"
      "ib,rol,text,,,,,2,2,,,,\n"
      "ib,overleg,choice,nooit,nooit,,,4,0,0.0,,,\n"
      "ib,overleg,choice,1-3,1 tot 3 keer,,,4,3,75.0,,,\n"
      "ib,overleg,choice,4-6,4 tot 6 keer,,,4,1,25.0,,,\n"
      "ib,overleg,choice,meer,meer dan 6 keer,,,4,0,0.0,,,\n"
      "ib,tevreden,likert,,,1,helemaal oneens,4,0,0.0,,,\n"
      "ib,tevreden,likert,,,2,oneens,4,1,25.0,,,\n"
      "ib,tevreden,likert,,,3,neutraal,4,1,25.0,,,\n"
      "ib,tevreden,likert,,,4,eens,4,2,50.0,,,\n"
      "ib,tevreden,likert,,,5,helemaal eens,4,0,0.0,,,\n"
      "ib,tevreden,likert,,,,,4,,,,3.3,3.5\n"
      "leerkrachten,jaren,number,,,3,,8,1,12.5,,,\n"
      "leerkrachten,jaren,number,,,5,,8,1,12.5,,,\n"
      "leerkrachten,jaren,number,,,8,,8,1,12.5,,,\n"
      "leerkrachten,jaren,number,,,11,,8,1,12.5,,,\n"
      "leerkrachten,jaren,number,,,12,,8,2,25.0,,,\n"
      "leerkrachten,jaren,number,,,13,,8,1,12.5,,,\n"
      "leerkrachten,jaren,number,,,34,,8,1,12.5,,,\n"
      "leerkrachten,jaren,number,,,,,8,,,,12.3,11.5\n"
      "leerkrachten,fasen,rank,fase1,Fase 1,,,8,,,24,3.0,\n"
      "leerkrachten,fasen,rank,fase2,Fase 2,,,8,,,30,3.8,\n"
      "leerkrachten,fasen,rank,fase3,Fase 3,,,8,,,31,3.9,\n"
      "leerkrachten,fasen,rank,fase4,Fase 4,,,8,,,22,2.8,\n"
      "leerkrachten,fasen,rank,fase5,Fase 5,,,8,,,13,1.6,\n"
      "leerkrachten,taak,text,,,,,6,6,,,,\n"
      "leerkrachten,hulp,text,,,,,4,3,,,,\n"
      "leerkrachten,overleg,choice,nooit,nooit,,,8,2,25.0,,,\n"
      "leerkrachten,overleg,choice,1-3,1 tot 3 keer,,,8,5,62.5,,,\n"
      "leerkrachten,overleg,choice,4-6,4 tot 6 keer,,,8,1,12.5,,,\n"
      "leerkrachten,overleg,choice,meer,meer dan 6 keer,,,8,0,0.0,,,\n"
      "leerkrachten,tevreden,likert,,,1,helemaal oneens,8,1,12.5,,,\n"
      "leerkrachten,tevreden,likert,,,2,oneens,8,1,12.5,,,\n"
      "leerkrachten,tevreden,likert,,,3,neutraal,8,3,37.5,,,\n"
      "leerkrachten,tevreden,likert,,,4,eens,8,2,25.0,,,\n"
      "leerkrachten,tevreden,likert,,,5,helemaal eens,8,1,12.5,,,\n"
      "leerkrachten,tevreden,likert,,,,,8,,,,3.1,3.0\n"
      "alle,jaren,number,,,3,,15,1,6.7,,,\n"
      "alle,jaren,number,,,5,,15,1,6.7,,,\n"
      "alle,jaren,number,,,6,,15,1,6.7,,,\n"
      "alle,jaren,number,,,8,,15,1,6.7,,,\n"
      "alle,jaren,number,,,11,,15,1,6.7,,,\n"
      "alle,jaren,number,,,12,,15,3,20.0,,,\n"
      "alle,jaren,number,,,13,,15,2,13.3,,,\n"
      "alle,jaren,number,,,18,,15,1,6.7,,,\n"
      "alle,jaren,number,,,24,,15,1,6.7,,,\n"
      "alle,jaren,number,,,26,,15,1,6.7,,,\n"
      "alle,jaren,number,,,34,,15,1,6.7,,,\n"
      "alle,jaren,number,,,37,,15,1,6.7,,,\n"
      "alle,jaren,number,,,,,15,,,,15.6,12.0\n"
      "alle,fasen,rank,fase1,Fase 1,,,15,,,32,2.1,\n"
      "alle,fasen,rank,fase2,Fase 2,,,15,,,51,3.4,\n"
      "alle,fasen,rank,fase3,Fase 3,,,15,,,58,3.9,\n"
      "alle,fasen,rank,fase4,Fase 4,,,15,,,54,3.6,\n"
      "alle,fasen,rank,fase5,Fase 5,,,15,,,30,2.0,\n"
      "alle,taak,text,,,,,13,12,,,,\n"
      "alle,rol,text,,,,,4,3,,,,\n"
      "alle,overleg,choice,nooit,nooit,,,15,2,13.3,,,\n"
      "alle,overleg,choice,1-3,1 tot 3 keer,,,15,9,60.0,,,\n"
      "alle,overleg,choice,4-6,4 tot 6 keer,,,15,4,26.7,,,\n"
      "alle,overleg,choice,meer,meer dan 6 keer,,,15,0,0.0,,,\n"
      "alle,tevreden,likert,,,1,helemaal oneens,15,1,6.7,,,\n"
      "alle,tevreden,likert,,,2,oneens,15,2,13.3,,,\n"
      "alle,tevreden,likert,,,3,neutraal,15,5,33.3,,,\n"
      "alle,tevreden,likert,,,4,eens,15,6,40.0,,,\n"
      "alle,tevreden,likert,,,5,helemaal eens,15,1,6.7,,,\n"
      "alle,tevreden,likert,,,,,15,,,,3.3,3.0\n";
  CHECK(report.csv == expected);
}

TEST_CASE("slides.html ends with the combined chart", "[report][slides]") {
  GrevenFixture fixture;
  WrittenReport report(fixture, "slides");
  const auto last = report.slides.rfind("<section class=\"slide");
  REQUIRE(last != std::string::npos);
  const std::string last_slide = report.slides.substr(last);
  CHECK(contains(last_slide, "Alle groepen naast elkaar"));
  CHECK(contains(last_slide, "<svg"));
  // title, response, 3 rank charts of the groups, jaren, overleg and tevreden (a chart and
  // a table each), 6 schoenendozen, the combined rank chart
  std::size_t slides = 0;
  for (auto at = report.slides.find("<section class=\"slide"); at != std::string::npos;
       at = report.slides.find("<section class=\"slide", at + 1))
    ++slides;
  CHECK(slides == 18);
  CHECK(contains(last_slide, "18 / 18"));
  CHECK(contains(report.slides, "ArrowRight"));
  CHECK(contains(report.slides, "PageDown"));
}

TEST_CASE("rapport.html is self-contained: no script, no external resource", "[report][html]") {
  GrevenFixture fixture;
  WrittenReport report(fixture, "self-contained");
  CHECK_FALSE(contains(report.html, "<script"));
  const std::regex external(R"((src|href)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?(https?:)?//|@import)",
                            std::regex::icase);
  CHECK_FALSE(std::regex_search(report.html, external));
  CHECK_FALSE(std::regex_search(report.slides, external));
  CHECK(contains(report.html, "@page { size: A4; margin: 15mm; }"));
  CHECK(contains(report.html, "<svg"));
}

TEST_CASE("the schoenendoos keeps every code row and the uncoded answers", "[report][shoebox]") {
  GrevenFixture fixture(false);
  WrittenReport report(fixture, "shoebox");
  CHECK(contains(report.html, "<li>Sparren over een leerling waar ik mee vastloop.</li>"));
  CHECK(contains(report.html, "nog niet gecodeerd"));
  CHECK(contains(report.html, "<li>Er zijn voor iedereen,\nook voor ouders.</li>"));
  CHECK(contains(report.markdown, "Er zijn voor iedereen, ook voor ouders"));
  CHECK(contains(report.html, "<td>—</td>"));  // a code nobody's answer fell under
  CHECK(contains(report.html, "Open vraag ‘Wat is volgens u de belangrijkste taak van de IB&#39;er?’: de meeste "
                              "antwoorden vallen onder Fase 3 en Fase 4 (elk 2 van de 6 gecodeerde antwoorden)."));
}

TEST_CASE("write_report writes every file, charts as SVG and PNG, and leaves no temporary file", "[report][files]") {
  GrevenFixture fixture;
  WrittenReport report(fixture, "files");
  std::set<std::string> names;
  for (const auto& path : report.paths) {
    CHECK(std::filesystem::exists(path));
    names.insert(path.filename().string());
  }
  std::set<std::string> expected{"rapport.html", "slides.html", "rapport.md", "scores.csv", "open-antwoorden.csv"};
  // The rank, number and choice questions: a chart per group and the groups side by side.
  for (const std::string question : {"fasen", "jaren", "overleg"})
    for (const std::string group : {"directie", "ib", "leerkrachten", "alle-groepen"})
      for (const std::string extension : {".svg", ".png"}) expected.insert("grafiek-" + question + "-" + group + extension);
  // The Likert question: one chart, a stacked bar per group.
  expected.insert({"grafiek-tevreden-alle-groepen.svg", "grafiek-tevreden-alle-groepen.png"});
  CHECK(names == expected);
  const std::string png = read_file(report.folder / "grafiek-fasen-ib.png");
  CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  CHECK(contains(read_file(report.folder / "grafiek-fasen-ib.svg"), "<?xml"));
  CHECK(contains(report.markdown, "(grafiek-fasen-ib.png)"));
  for (const auto& entry : std::filesystem::directory_iterator(report.folder))
    CHECK(entry.path().extension() != ".tmp");
}

TEST_CASE("a rerun removes chart files of groups that are no longer shown", "[report][files]") {
  GrevenFixture fixture;
  const ScratchDir scratch;
  const auto& folder = scratch.path();
  ReportOptions options;
  options.out_dir = folder;
  write_report(*fixture.analysis, fixture.stream(), options);
  REQUIRE(std::filesystem::exists(folder / "grafiek-fasen-directie.png"));
  options.min_group = 4;
  write_report(*fixture.analysis, fixture.stream(), options);
  CHECK_FALSE(std::filesystem::exists(folder / "grafiek-fasen-directie.png"));
  CHECK_FALSE(std::filesystem::exists(folder / "grafiek-fasen-directie.svg"));
  CHECK(std::filesystem::exists(folder / "grafiek-fasen-ib.png"));
}

TEST_CASE("a folder that cannot be made fails with its name", "[report][files]") {
  GrevenFixture fixture;
  const ScratchDir scratch;
  const auto& folder = scratch.path();
  { std::ofstream(folder / "een-bestand") << "x"; }
  ReportOptions options;
  options.out_dir = folder / "een-bestand" / "rapport";
  CHECK_THROWS_WITH(write_report(*fixture.analysis, fixture.stream(), options),
                    Catch::Contains((folder / "een-bestand" / "rapport").string()));
}

// Writes the sample report a person looks at: PEILING_REPORT_SAMPLE=/tmp/report-sample
// peiling_tests "[.sample]" (add PEILING_REPORT_LANG=en for English).
TEST_CASE("write a sample report to look at", "[.sample]") {
  const char* folder = std::getenv("PEILING_REPORT_SAMPLE");
  if (!folder) return;
  const char* language = std::getenv("PEILING_REPORT_LANG");
  const char* min_group = std::getenv("PEILING_REPORT_MIN_GROUP");
  GrevenFixture fixture(false);
  ReportOptions options;
  options.out_dir = folder;
  if (language && std::string(language) == "en") options.language = Language::en;
  if (min_group) options.min_group = std::atoi(min_group);
  for (const auto& path : write_report(*fixture.analysis, fixture.stream(), options)) WARN(path.string());
}

TEST_CASE("open-antwoorden.csv holds every shown answer verbatim with its code, CSV-escaped", "[report][csv]") {
  GrevenFixture fixture;
  ReportOptions options;
  options.min_group = 4;  // hides directie (3 respondents)
  WrittenReport report(fixture, "open-csv", options);
  const std::string csv = read_file(report.folder / "open-antwoorden.csv");
  CHECK(csv.rfind("group,question,code,code_label,answer\n", 0) == 0);
  CHECK(contains(csv, "\nleerkrachten,hulp,,,<script>alert(1)</script>\n"));
  CHECK(contains(csv, "leerkrachten,taak,fase4,"));
  CHECK_FALSE(contains(csv, "\ndirectie,"));
}

TEST_CASE("a schoenendoos cell shows at most kShownAnswersPerRow answers and points to the CSV for the rest",
          "[report][shoebox]") {
  GrevenFixture fixture(false);
  const auto already = static_cast<std::size_t>(std::count_if(fixture.answers.begin(), fixture.answers.end(), [](const auto& a) {
    return a.group == "leerkrachten" && a.question == "taak" && a.code == "fase2";
  }));
  const std::size_t extra = kShownAnswersPerRow + 50;
  for (std::size_t i = 0; i < extra; ++i)
    fixture.answers.push_back({"leerkrachten", "taak", "fase2", "extra antwoord " + std::to_string(i)});
  WrittenReport report(fixture, "many-answers");
  CHECK(contains(report.html, "extra antwoord 0<"));
  CHECK_FALSE(contains(report.html, "extra antwoord " + std::to_string(extra - 1) + "<"));
  CHECK(contains(report.html,
                 "… en nog " + std::to_string(already + 50) + "; alle antwoorden staan in open-antwoorden.csv"));
  const std::string csv = read_file(report.folder / "open-antwoorden.csv");
  CHECK(contains(csv, "extra antwoord " + std::to_string(extra - 1) + "\n"));
}

}  // namespace peiling

namespace peiling {

TEST_CASE("a table whose spanned columns are all empty renders without reading past its header",
          "[report][tables]") {
  Table table;
  table.header = {"Onderdeel"};
  table.numeric = {false};
  table.header_spans = {{"", 1}, {"gemiddelde per groep", 0}};
  table.rows.push_back({{{{"vaker"}, false}}, false});
  CHECK(resolved_spans(table).size() == 1);
  CHECK(markdown_table(table) == "| Onderdeel |\n| --- |\n| vaker |\n\n");
  CHECK(html_table(table).find("colspan=\"0\"") == std::string::npos);

  // A span that claims more columns than the header has is cut at the header's end.
  table.header_spans = {{"", 1}, {"gemiddelde per groep", 3}};
  table.header.push_back("Directie");
  const auto spans = resolved_spans(table);
  REQUIRE(spans.size() == 2);
  CHECK(spans[1].first == 1);
  CHECK(spans[1].last == 1);
}

}  // namespace peiling
