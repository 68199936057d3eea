// `peiling export --format sav|dta|r`: the files read back with ReadStat's own parser hold
// every value, variable label, value label, measurement level and missing code; groups the
// min-group rule withholds stay out unless --all-groups; hostile text round-trips or is cut
// with a warning; the codebook lists every variable, escaped; the R script reads the CSV
// back (with R, when installed) and haven's read_sav gives the report's means.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <regex>
#include <set>

#include "analysis/survey_analysis.h"
#include "app/synthetic_responses.h"
#include "base/escape.h"
#include "base/formula_guard.h"
#include "base/utf8.h"
#include "engine/definition_loader.h"
#include "engine/response_stream.h"
#include "engine/store.h"
#include "readstat_file.h"
#include "reports/export_names.h"
#include "reports/export_variables.h"
#include "reports/labelled_export.h"
#include "reports/labelled_writer.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// Every question type; `taken` and `meer` are asked to one group only; `temp` allows
// negative numbers (its missing codes lie below -20); `meer`'s frame takes several codes.
const char* const kDefinition = R"({
  "id": "alles", "version": "1", "title": "Alle soorten \"vragen\" <b>", "language": "nl",
  "groups": [{"id": "a", "label": "Groep A"}, {"id": "b", "label": "Groep B"}, {"id": "c", "label": "Klein"}],
  "coding_frames": [
    {"id": "f", "label": "Frame", "codes": [{"id": "k1", "label": "Code een"}, {"id": "k2", "label": "Code twee"}]},
    {"id": "m", "label": "Meer", "multiple": true, "codes": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}]}],
  "questions": [
    {"id": "temp", "type": "number", "text": "Temperatuur?", "min": -20, "max": 40, "unit": "graden", "integer": false},
    {"id": "kleur", "type": "choice", "text": "Kleur?", "options": [{"id": "rood", "label": "Rood"}, {"id": "blauw", "label": "Blauw"}]},
    {"id": "taken", "type": "multi", "text": "Welke taken?", "groups": ["a"],
     "options": [{"id": "t1", "label": "Eén"}, {"id": "t2", "label": "Twee"}, {"id": "t3", "label": "Drie"}]},
    {"id": "eens", "type": "likert", "text": "Eens? \"ja\"\n<script>x</script>", "scale": ["oneens", "neutraal", "eens"]},
    {"id": "rollen", "type": "matrix", "text": "Rollen?", "scale": ["niet", "wel"],
     "statements": [{"id": "coach", "label": "Coach"}, {"id": "leider", "label": "Leider"}]},
    {"id": "orde", "type": "rank", "text": "Orde?", "direction": "low",
     "items": [{"id": "p", "label": "P"}, {"id": "q", "label": "Q"}, {"id": "r", "label": "R"}]},
    {"id": "uitleg", "type": "text", "text": "Uitleg?", "coding_frame": "f", "max_length": 20000},
    {"id": "meer", "type": "text", "text": "Meer?", "coding_frame": "m", "groups": ["b"]}
  ]
})";

const std::string kHostile = "Zeg \"nee\", 'ja'\r\nen dan;\t=SUM(A1) \x1b[31m\x01 \xF0\x9F\x98\x80 <b>&amp;</b> \\n";

struct Fixture {
  ScratchDir dir;
  std::string database = dir.file("peiling.sqlite");
  std::int64_t survey = 0;
  std::vector<std::int64_t> responses;

  explicit Fixture(const std::string& long_answer = "") {
    Store store(database);
    const Questionnaire questionnaire = parse_definition(kDefinition, "alles.json");
    const auto row = store.save_questionnaire(kDefinition, questionnaire);
    survey = store.create_survey(row, "test", {{"a", 5}, {"b", 5}, {"c", 5}});
    const auto add = [&](const std::string& group, std::vector<Answer> answers) {
      responses.push_back(store.add_response(survey, {group, std::move(answers)}, ResponseSource::web));
    };
    add("a", {{"temp", "", "-3,5"}, {"kleur", "", "blauw"}, {"taken", "t1", "1"}, {"taken", "t3", "1"}, {"eens", "", "3"},
              {"rollen", "coach", "2"}, {"orde", "p", "1"}, {"orde", "q", "2"}, {"orde", "r", "3"},
              {"uitleg", "", kHostile}});
    add("a", {{"kleur", "", "rood"}, {"orde", "p", "3"}, {"orde", "q", "1"}, {"orde", "r", "2"}, {"uitleg", "", "x"}});
    add("b", {{"temp", "", "12"}, {"eens", "", "1"}, {"rollen", "coach", "1"}, {"rollen", "leider", "2"},
              {"uitleg", "", long_answer.empty() ? "kort" : long_answer}, {"meer", "", "iets"}});
    add("c", {{"kleur", "", "rood"}, {"orde", "p", "2"}, {"orde", "q", "3"}, {"orde", "r", "1"}});
    store.record_decision(responses[0], "uitleg", "anna", {"k2"}, "");
    store.record_decision(responses[2], "uitleg", "anna", {kUnplaceable}, "");
    store.record_decision(responses[2], "meer", "anna", {"x", "y"}, "");
  }

  LabelledExport export_as(LabelledFormat format, const std::string& file, int min_group = 1, bool all_groups = false) {
    Store store(database);
    return write_labelled_export(store, survey, dir.path() / file, {format, Language::nl, min_group, all_groups});
  }

  std::vector<std::string> times() {
    Store store(database);
    std::vector<std::string> times;
    for_each_stored_response(store, survey, [&](const StoredResponse& response) { times.push_back(response.submitted_at); });
    return times;
  }
};

const std::vector<std::string> kNames{"respons", "groep", "bron", "tijd", "temp", "kleur", "taken_t1", "taken_t2", "taken_t3",
                                      "eens", "rollen_coach", "rollen_leider", "orde_p", "orde_q", "orde_r", "uitleg_",
                                      "uitleg_code", "meer", "meer_x", "meer_y", "meer_np"};

// The rows as they should read back, with NA (not answered), NG (not asked) and NC (not
// coded) for the missing codes, which differ per format; respons and tijd come from the store.
std::vector<std::vector<std::string>> expected_rows(const std::string& long_answer = "kort") {
  return {
      {"1", "1", "-3.5", "2", "1", "0", "1", "3", "2", "NA", "1", "2", "3", "s:" + kHostile, "2", "s:", "NG", "NG", "NG"},
      {"1", "1", "NA", "1", "NA", "NA", "NA", "NA", "NA", "NA", "3", "1", "2", "s:x", "NC", "s:", "NG", "NG", "NG"},
      {"2", "1", "12", "NA", "NG", "NG", "NG", "1", "1", "2", "NA", "NA", "NA", "s:" + long_answer, "3", "s:iets", "1", "1", "0"},
      {"3", "1", "NA", "1", "NG", "NG", "NG", "NA", "NA", "NA", "2", "3", "1", "s:", "NA", "s:", "NG", "NG", "NG"},
  };
}

// The expected row of `index` in a format's notation: SPSS codes count down from -1 (from
// -21 for temp, whose range starts at -20); Stata uses .a .b .c.
std::vector<std::string> in_format(std::vector<std::string> row, bool sav, const std::vector<std::string>& names) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    const std::string& name = names[i + 1];
    const int first = name == "temp" ? -21 : -1;
    const int offset = row[i] == "NA" ? 0 : row[i] == "NG" ? 1 : row[i] == "NC" ? 2 : -1;
    if (offset < 0) continue;
    row[i] = sav ? "m:" + std::to_string(first - offset) : std::string("m:.") + static_cast<char>('a' + offset);
  }
  return row;
}

// A stored time ("2026-11-30T04:40:58Z") as the format counts it: SPSS in seconds since
// 14 October 1582, Stata in milliseconds since 1 January 1960.
std::string date_time(const std::string& iso, bool sav) {
  std::tm parts{};
  REQUIRE(strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &parts) != nullptr);
  const auto unix_seconds = static_cast<double>(timegm(&parts));
  return number_cell(sav ? unix_seconds + 12'219'379'200.0 : (unix_seconds + 315'619'200.0) * 1000.0);
}

void check_round_trip(Fixture& fixture, const ReadStatFile& file, bool sav) {
  std::vector<std::string> names;
  for (const auto& variable : file.variables) names.push_back(variable.name);
  CHECK(names == kNames);
  CHECK(file.declared_rows == 4);
  REQUIRE(file.rows.size() == 4);
  const auto times = fixture.times();
  auto expected = expected_rows();
  for (std::size_t r = 0; r < 4; ++r) {
    INFO("row " << r);
    CHECK(file.rows[r][0] == std::to_string(fixture.responses[r]));
    CHECK(file.rows[r][3] == date_time(times[r], sav));
    std::vector<std::string> rest(file.rows[r].begin() + 1, file.rows[r].end());
    rest.erase(rest.begin() + 2);  // tijd, checked above
    std::vector<std::string> rest_names = names;
    rest_names.erase(rest_names.begin() + 3);
    CHECK(rest == in_format(expected[r], sav, rest_names));
  }
}

void check_dictionary(const ReadStatFile& file, bool sav) {
  CHECK(file.variable("temp").label == "Temperatuur? (graden)");
  CHECK(file.variable("tijd").format == (sav ? "DATETIME20" : "%tc"));
  if (sav) {  // Stata has no measurement levels
    CHECK(file.variable("temp").measure == READSTAT_MEASURE_SCALE);
    CHECK(file.variable("kleur").measure == READSTAT_MEASURE_NOMINAL);
    CHECK(file.variable("eens").measure == READSTAT_MEASURE_ORDINAL);
    CHECK(file.variable("orde_p").measure == READSTAT_MEASURE_ORDINAL);
    CHECK(file.variable("uitleg_code").measure == READSTAT_MEASURE_NOMINAL);
  }
  CHECK(file.variable("eens").label == "Eens? \"ja\"\n<script>x</script>");
  CHECK(file.variable("orde_p").label == "orde: P (1 = belangrijkst, 3 = minst belangrijk)");
  CHECK(file.variable("rollen_leider").label == "rollen: Leider");
  CHECK(file.variable("taken_t1").label == "taken: Eén (aangekruist)");
  CHECK(file.variable("uitleg_").text);
  // Texts are as wide as their longest answer, not their max_length (20,000 characters).
  // (ReadStat reads the width back rounded up to 8 bytes from a .sav, plus 1 from a .dta.)
  CHECK(file.variable("uitleg_").width >= kHostile.size());
  CHECK(file.variable("uitleg_").width < kHostile.size() + 8);
  CHECK(file.variable("meer").width < 4 + 8);
  CHECK(file.variable("uitleg_code").label == "uitleg: code (Frame)");
  CHECK(file.variable("meer_np").label == "meer: code niet te plaatsen");
  const std::string na = sav ? "-1" : ".a", ng = sav ? "-2" : ".b", nc = sav ? "-3" : ".c";
  using Labels = std::map<std::string, std::string>;
  CHECK(file.labels_of("groep") == Labels{{"1", "Groep A"}, {"2", "Groep B"}, {"3", "Klein"}});
  CHECK(file.labels_of("bron") == Labels{{"1", "web"}, {"2", "terminal"}, {"3", "import"}, {"4", "demo"}});
  CHECK(file.labels_of("kleur") == Labels{{"1", "Rood"}, {"2", "Blauw"}, {na, "niet beantwoord"}});
  CHECK(file.labels_of("taken_t2") ==
        Labels{{"0", "niet aangekruist"}, {"1", "aangekruist"}, {na, "niet beantwoord"}, {ng, "niet gevraagd"}});
  CHECK(file.labels_of("eens") == Labels{{"1", "oneens"}, {"2", "neutraal"}, {"3", "eens"}, {na, "niet beantwoord"}});
  CHECK(file.labels_of("orde_q") == Labels{{"1", "1"}, {"2", "2"}, {"3", "3"}, {na, "niet beantwoord"}});
  CHECK(file.labels_of("uitleg_code") == Labels{{"1", "Code een"}, {"2", "Code twee"}, {"3", "niet te plaatsen"},
                                                {na, "niet beantwoord"}, {nc, "nog niet gecodeerd"}});
  CHECK(file.labels_of("meer_x") == Labels{{"0", "niet gegeven"}, {"1", "gegeven"}, {na, "niet beantwoord"},
                                           {ng, "niet gevraagd"}, {nc, "nog niet gecodeerd"}});
  CHECK(file.labels_of("temp") == Labels{{sav ? "-21" : ".a", "niet beantwoord"}});
  if (sav) {
    CHECK(file.variable("temp").missing == std::vector<std::string>{"-21"});
    CHECK(file.variable("meer_x").missing == std::vector<std::string>{"-1", "-2", "-3"});
    CHECK(file.variable("kleur").missing == std::vector<std::string>{"-1"});
    CHECK(file.variable("groep").missing.empty());
  }
}

}  // namespace

TEST_CASE("labelled export: the .sav reads back with every value, label and missing code", "[export][sav]") {
  Fixture fixture;
  const auto written = fixture.export_as(LabelledFormat::sav, "peiling.sav");
  CHECK(written.warnings.empty());
  CHECK(written.rows == 4);
  const ReadStatFile file = read_statistics_file(fixture.dir.file("peiling.sav"));
  CHECK(file.file_label == "Alle soorten \"vragen\" <b>");
  check_dictionary(file, true);
  check_round_trip(fixture, file, true);
}

TEST_CASE("labelled export: the .dta reads back with every value, label and missing code", "[export][dta]") {
  Fixture fixture;
  fixture.export_as(LabelledFormat::dta, "peiling.dta");
  const ReadStatFile file = read_statistics_file(fixture.dir.file("peiling.dta"));
  check_dictionary(file, false);
  check_round_trip(fixture, file, false);
}

TEST_CASE("labelled export: groups under --min-group stay out unless --all-groups, with a warning", "[export][sav]") {
  Fixture fixture;
  const auto withheld = fixture.export_as(LabelledFormat::sav, "peiling.sav", 2);  // a: 2 respondents, b and c: 1
  REQUIRE(withheld.warnings.size() == 2);
  CHECK_THAT(withheld.warnings[0], Catch::Contains("groep 'Groep B' (1 respondent, minder dan --min-group 2) staat niet in de export"));
  CHECK_THAT(withheld.warnings[1], Catch::Contains("groep 'Klein' (1 respondent,"));
  const ReadStatFile file = read_statistics_file(fixture.dir.file("peiling.sav"));
  REQUIRE(file.rows.size() == 2);
  for (const auto& row : file.rows) CHECK(row[1] == "1");
  CHECK_THAT(read_file(fixture.dir.path() / "codebook.html"), Catch::Contains("Niet geëxporteerd (te weinig respondenten): groep"));

  const auto everyone = fixture.export_as(LabelledFormat::dta, "alle.dta", 2, true);
  REQUIRE(everyone.warnings.size() == 2);
  CHECK_THAT(everyone.warnings[1], Catch::Contains("--all-groups zet ook groep 'Klein'"));
  CHECK(read_statistics_file(fixture.dir.file("alle.dta")).rows.size() == 4);
}

TEST_CASE("labelled export: an answer longer than a format holds is cut at a character, with a warning", "[export][sav][dta]") {
  std::string emoji_answer;
  for (int i = 0; i < 10'000; ++i) emoji_answer += "\xF0\x9F\x98\x80";  // 40,000 bytes of 4-byte characters
  emoji_answer += "\"\n";
  Fixture fixture(emoji_answer);
  const auto sav = fixture.export_as(LabelledFormat::sav, "peiling.sav");
  REQUIRE(sav.warnings.size() == 1);
  CHECK_THAT(sav.warnings[0], Catch::Contains("respons " + std::to_string(fixture.responses[2]) + ", uitleg_: antwoord van 40002 bytes ingekort tot 32767"));
  const ReadStatFile sav_file = read_statistics_file(fixture.dir.file("peiling.sav"));
  const std::string sav_text = sav_file.cell(2, "uitleg_").substr(2);
  CHECK(sav_text.size() == 32'764);  // the last whole character before byte 32,767
  CHECK(sav_text == emoji_answer.substr(0, 32'764));
  CHECK(sav_file.cell(0, "uitleg_") == "s:" + kHostile);

  const auto dta = fixture.export_as(LabelledFormat::dta, "peiling.dta");
  REQUIRE(dta.warnings.size() == 1);
  CHECK_THAT(dta.warnings[0], Catch::Contains("ingekort tot 2045 (meer houdt Stata niet)"));
  const ReadStatFile dta_file = read_statistics_file(fixture.dir.file("peiling.dta"));
  CHECK(dta_file.cell(2, "uitleg_") == "s:" + emoji_answer.substr(0, 2'044));
  CHECK(dta_file.cell(0, "uitleg_") == "s:" + kHostile);
}

TEST_CASE("labelled export: the codebook lists every variable with its labels, missing codes and n, escaped", "[export][codebook]") {
  Fixture fixture;
  fixture.export_as(LabelledFormat::sav, "peiling.sav");
  const std::string html = read_file(fixture.dir.path() / "codebook.html");
  for (const std::string& name : kNames) CHECK_THAT(html, Catch::Contains("id=\"" + name + "\""));
  CHECK_THAT(html, Catch::Contains("Eens? &quot;ja&quot;\n&lt;script&gt;x&lt;/script&gt;"));
  CHECK_FALSE(Catch::Contains("<script>").match(html));
  CHECK_FALSE(Catch::Contains("<b>").match(html));
  CHECK_THAT(html, Catch::Contains("<style>"));  // self-contained: no stylesheet, script or image to fetch
  CHECK_FALSE(Catch::Contains("<link").match(html));
  CHECK_FALSE(Catch::Contains("src=").match(html));
  // kleur: 1 Rood twice, 2 Blauw once, not answered once.
  CHECK_THAT(html, Catch::Contains("<tr><td><code>1</code></td><td>Rood</td><td class=\"count\">2</td></tr>"));
  CHECK_THAT(html, Catch::Contains("<tr><td><code>2</code></td><td>Blauw</td><td class=\"count\">1</td></tr>"));
  CHECK_THAT(html, Catch::Contains("<tr class=\"missing\"><td><code>-1</code></td><td>niet beantwoord (ontbrekend)</td>"
                                   "<td class=\"count\">1</td></tr>"));
  CHECK_THAT(html, Catch::Contains("<tr class=\"missing\"><td><code>-2</code></td><td>niet gevraagd (ontbrekend)</td>"
                                   "<td class=\"count\">3</td></tr>"));  // meer: asked to group b only
  CHECK_THAT(html, Catch::Contains("<tr><th>Bereik</th><td>-20 – 40 graden</td></tr>"));
  CHECK_THAT(html, Catch::Contains("<tr><th>Soort</th><td>rangorde (elk getal één keer); getal; ordinaal</td></tr>"));
  CHECK_THAT(html, Catch::Contains("<tr><th>Soort</th><td>open antwoord; tekst; nominaal</td></tr>"));

  fixture.export_as(LabelledFormat::dta, "peiling.dta");
  CHECK_THAT(read_file(fixture.dir.path() / "codebook.html"), Catch::Contains("<code>.b</code></td><td>niet gevraagd"));
}

TEST_CASE("variable names: valid in SPSS and Stata, unique regardless of case, at most 32 bytes", "[export]") {
  VariableNames names;
  CHECK(names.unique("fasen_f1") == "fasen_f1");
  CHECK(names.unique("FASEN_F1") == "FASEN_F1_2");
  CHECK(names.unique("2de-vraag") == "v2de_vraag");
  CHECK(names.unique("with") == "with_");
  CHECK(names.unique("str12") == "str12_");
  CHECK(names.unique("ééé") == "v______");
  const std::string long_id(80, 'x');
  const std::string first = names.unique(long_id);
  const std::string second = names.unique(long_id);
  CHECK(first == std::string(32, 'x'));
  CHECK(second == std::string(30, 'x') + "_2");
  for (const std::string& name : {first, second, std::string("v2de_vraag"), std::string("with_")}) CHECK(valid_variable_name(name));
  CHECK_FALSE(valid_variable_name("by"));
  CHECK_FALSE(valid_variable_name("_x"));
}

TEST_CASE("R string literals: quotes, backslashes, control characters and non-ASCII escaped", "[export][r]") {
  CHECK(escape_r_string("a\"b\\c") == R"("a\"b\\c")");
  CHECK(escape_r_string("regel\r\nnieuw\t\x01") == R"("regel\r\nnieuw\t\x01")");
  CHECK(escape_r_string("coördinator \xF0\x9F\x98\x80") == R"("co\u{f6}rdinator \U{1f600}")");
  CHECK(escape_r_string(std::string("a\0b", 3)) == R"("ab")");
  CHECK(escape_r_string("\xFF") == R"("\u{fffd}")");
}

TEST_CASE("R script: its unguard pattern knows exactly the characters of the CSV formula guard", "[export][r]") {
  Fixture fixture;
  fixture.export_as(LabelledFormat::r, "peiling.csv");
  const std::string script = read_file(fixture.dir.path() / "peiling.R");
  const auto listed = [&](const std::string& variable) {
    const auto start = script.find(variable + " <- \"");
    REQUIRE(start != std::string::npos);
    const auto open = start + variable.size() + 5;
    const std::string pattern = script.substr(open, script.find('"', open) - open);
    std::set<char32_t> characters;
    const std::regex entry(R"(\\u([0-9a-f]{4})(-\\u([0-9a-f]{4}))?|\\([trn])|([=+@ ]|\\\\-))");
    for (auto it = std::sregex_iterator(pattern.begin(), pattern.end(), entry); it != std::sregex_iterator(); ++it) {
      const auto& match = *it;
      if (match[1].matched) {
        const char32_t low = static_cast<char32_t>(std::stoul(match[1], nullptr, 16));
        const char32_t high = match[3].matched ? static_cast<char32_t>(std::stoul(match[3], nullptr, 16)) : low;
        for (char32_t c = low; c <= high; ++c) characters.insert(c);
      } else if (match[4].matched) {
        characters.insert(match[4] == "t" ? U'\t' : match[4] == "r" ? U'\r' : U'\n');
      } else {
        characters.insert(static_cast<char32_t>(match[5].str().back()));
      }
    }
    return characters;
  };
  const std::set<char32_t> spaces = listed("spaces"), starts = listed("starts");
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string one = encode_utf8(c);
    const bool starts_a_formula = starts_formula(one);
    const bool space_like = !starts_a_formula && starts_formula(one + "=");  // U+0020 among them
    INFO("U+" << std::hex << static_cast<unsigned>(c));
    CHECK(starts_a_formula == (starts.count(c) == 1));
    CHECK(space_like == (spaces.count(c) == 1));
  }
}

namespace {

bool r_available() { return std::system("Rscript --version >/dev/null 2>&1") == 0; }
bool haven_available() {
  return std::system("Rscript -e 'quit(status = !requireNamespace(\"haven\", quietly = TRUE))' >/dev/null 2>&1") == 0;
}

ProcessResult run_r(const ScratchDir& dir, const std::string& program) {
  write_file(dir.path() / "test.R", program);
  return run_process("/usr/bin/env", {"Rscript", "test.R"}, dir.path());
}

}  // namespace

TEST_CASE("R script: base R reads the CSV back into factors with levels, labels and NA, texts unchanged", "[export][r]") {
  if (!r_available()) {
    WARN("skipped: Rscript is not installed (Debian r-base-core; scripts/setup.sh --with-browser)");
    return;
  }
  const std::string formula_answer = "=HYPERLINK(\"x\") '";
  Fixture fixture(formula_answer);
  fixture.export_as(LabelledFormat::r, "peiling.csv");
  CHECK_THAT(read_file(fixture.dir.path() / "peiling.csv"), Catch::Contains("'=HYPERLINK"));  // guarded for spreadsheets
  const auto result = run_r(fixture.dir, R"R(
peiling_use_haven <- FALSE
source("peiling.R", encoding = "UTF-8")
show <- function(x) cat(paste(ifelse(is.na(x), "NA", as.character(x)), collapse = "|"), "\n", sep = "")
show(levels(peiling$kleur)); show(peiling$kleur); show(peiling$groep); show(peiling$temp)
show(is.ordered(peiling$eens)); show(peiling$eens); show(peiling$orde_p); show(peiling$taken_t1)
show(peiling$uitleg_code); show(peiling$meer_np)
show(attr(peiling$orde_p, "label")); show(class(peiling$tijd)[1])
writeBin(charToRaw(enc2utf8(peiling$uitleg_[1])), "hostile.txt")
writeBin(charToRaw(enc2utf8(peiling$uitleg_[3])), "formula.txt")
)R");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "Rood|Blauw\n"
                      "Blauw|Rood|NA|Rood\n"
                      "Groep A|Groep A|Groep B|Klein\n"
                      "-3.5|NA|12|NA\n"
                      "TRUE\n"
                      "eens|NA|oneens|NA\n"
                      "1|3|NA|2\n"
                      "aangekruist|NA|NA|NA\n"
                      "Code twee|NA|niet te plaatsen|NA\n"
                      "NA|NA|niet gegeven|NA\n"
                      "orde: P (1 = belangrijkst, 3 = minst belangrijk)\n"
                      "POSIXct\n");
  // R's CSV reader ends a line at CR LF even inside quotes and keeps LF: the one change.
  CHECK(read_file(fixture.dir.path() / "hostile.txt") == std::regex_replace(kHostile, std::regex("\r\n"), "\n"));
  CHECK(read_file(fixture.dir.path() / "formula.txt") == formula_answer);
}

TEST_CASE("R: haven reads the .sav with its user-missing codes, and the per-group means are the report's", "[export][r][sav]") {
  if (!r_available() || !haven_available()) {
    WARN("skipped: R's haven package is not installed (Debian r-cran-haven; scripts/setup.sh --with-browser)");
    return;
  }
  Fixture fixture;
  fixture.export_as(LabelledFormat::sav, "peiling.sav");
  const auto result = run_r(fixture.dir, R"R(
d <- haven::read_sav("peiling.sav", user_na = TRUE)
cat(paste(attr(d$meer_x, "na_values"), collapse = "|"), "\n", sep = "")
d <- haven::zap_missing(d)
for (g in 1:3) for (v in c("temp", "orde_p", "orde_q", "orde_r")) {
  x <- d[[v]][d$groep == g]
  if (any(!is.na(x))) cat(g, v, sprintf("%.6f", mean(x, na.rm = TRUE)), "\n")
}
)R");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::string expected = "-1|-2|-3\n";
  Store store(fixture.database);
  const auto analysis = analyse_survey(store, fixture.survey);
  char line[128];
  for (std::size_t g = 0; g < analysis->groups.size(); ++g)
    for (const QuestionSummary& summary : analysis->groups[g].questions) {
      if (const auto* number = std::get_if<NumberSummary>(&summary.result); number && number->answered) {
        std::snprintf(line, sizeof line, "%zu temp %.6f \n", g + 1, number->mean);
        expected += line;
      }
      if (const auto* rank = std::get_if<RankSummary>(&summary.result))
        for (const RankItemScore& score : rank->items)
          if (score.answered) {
            std::snprintf(line, sizeof line, "%zu orde_%s %.6f \n", g + 1, score.item->id.c_str(),
                          static_cast<double>(score.sum) / score.answered);
            expected += line;
          }
    }
  CHECK(result.out == expected);
}

TEST_CASE("R: with haven the script makes labelled_spss vectors that keep the missing codes apart", "[export][r]") {
  if (!r_available() || !haven_available()) {
    WARN("skipped: R's haven package is not installed (Debian r-cran-haven; scripts/setup.sh --with-browser)");
    return;
  }
  Fixture fixture;
  fixture.export_as(LabelledFormat::r, "peiling.csv");
  const auto result = run_r(fixture.dir, R"R(
source("peiling.R", encoding = "UTF-8")
cat(class(peiling$meer_x)[1], paste(attr(peiling$meer_x, "na_values"), collapse = "|"), "\n")
cat(paste(as.character(haven::as_factor(peiling$meer_x, levels = "labels")), collapse = "|"), "\n")
)R");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "haven_labelled_spss -1|-2|-3 \n"
                      "niet gevraagd|niet gevraagd|gegeven|niet gevraagd \n");
}

#ifdef PEILING_BINARY
TEST_CASE("a question its condition hid is 'not asked' in the sav, not 'not answered'", "[export][sav][show_if]") {
  ScratchDir dir;
  const auto run = [&](const std::vector<std::string>& args) { return run_process(PEILING_BINARY, args, dir.path()); };
  REQUIRE(run({"survey", "create", "--questionnaire", "ib-overleg", "--name", "t", "--group", "directie=2", "--group",
               "ib=2", "--group", "leerkrachten=5"}).exit_code == 0);
  write_file(dir.path() / "antwoorden.csv",
             "groep,hoe-vaak,waarom-niet,nuttig,anders-reden,wens\n"
             "leerkrachten,nooit,geen-tijd,,,\n"           // nuttig hidden; waarom-niet asked
             "leerkrachten,wekelijks,,eens,,vaker\n");     // waarom-niet and anders-reden hidden
  REQUIRE(run({"import", "--survey", "1", "antwoorden.csv"}).exit_code == 0);
  REQUIRE(run({"export", "--survey", "1", "--format", "sav", "--out", "p.sav", "--min-group", "1"}).exit_code == 0);
  const ReadStatFile file = read_statistics_file(dir.file("p.sav"));
  const auto label_of = [&](std::size_t row, const std::string& variable) {
    std::string cell = file.cell(row, variable);
    if (cell.rfind("m:", 0) == 0) cell = cell.substr(2);  // a user-missing value: its code
    const auto labels = file.labels_of(variable);
    return labels.count(cell) ? labels.at(cell) : cell;
  };
  CHECK(label_of(0, "nuttig") == "niet gevraagd");
  CHECK(label_of(1, "nuttig") == "eens");
  CHECK(label_of(0, "waarom_niet_geen_tijd") == "aangekruist");
  CHECK(label_of(1, "waarom_niet_geen_tijd") == "niet gevraagd");
}

TEST_CASE("peiling export --format sav: needs --out, warns about withheld groups, names its files", "[export][cli]") {
  Fixture fixture;
  const auto run = [&](const std::vector<std::string>& args) {
    std::vector<std::string> all{"export", "--survey", std::to_string(fixture.survey)};
    all.insert(all.end(), args.begin(), args.end());
    return run_process(PEILING_BINARY, all, fixture.dir.path());
  };
  CHECK(run({"--format", "sav"}).exit_code == 2);
  CHECK(run({"--format", "spss", "--out", "x.sav"}).exit_code == 2);
  const auto withheld = run({"--format", "sav", "--out", "peiling.sav"});  // --min-group 3: every group has fewer
  CHECK(withheld.exit_code == 0);
  CHECK_THAT(withheld.err, Catch::Contains("groep 'Groep A' (2 respondenten, minder dan --min-group 3) staat niet in de export"));
  CHECK(withheld.out == "geëxporteerd naar peiling.sav\ngeëxporteerd naar codebook.html\n");
  CHECK(read_statistics_file(fixture.dir.file("peiling.sav")).rows.empty());
  const auto all = run({"--format", "dta", "--out", "peiling.dta", "--all-groups", "--lang", "en"});
  CHECK(all.exit_code == 0);
  CHECK_THAT(all.err, Catch::Contains("note: --all-groups also exports group 'Groep A'"));
  const ReadStatFile file = read_statistics_file(fixture.dir.file("peiling.dta"));
  CHECK(file.rows.size() == 4);
  CHECK(file.labels_of("kleur").at(".a") == "not answered");
  const auto r = run({"--format", "r", "--out", "data.csv", "--min-group", "1"});
  CHECK(r.out == "geëxporteerd naar data.csv\ngeëxporteerd naar data.R\ngeëxporteerd naar codebook.html\n");
}

#endif

TEST_CASE("labelled export: every bundled questionnaire with synthetic responses reads back whole", "[export][sav][dta]") {
  for (const auto& entry : std::filesystem::directory_iterator(PEILING_SOURCE_DIR "/questionnaires")) {
    if (entry.path().filename().string().ends_with(".schema.json")) continue;  // the format's JSON Schema
    INFO(entry.path().filename().string());
    ScratchDir dir;
    Store store(dir.file("peiling.sqlite"));
    SyntheticPlan plan;
    plan.per_group = 20;
    const auto survey = build_synthetic_survey(store, entry.path().string(), "synthetisch", plan);
    const Questionnaire questionnaire = store.questionnaire_of(survey);
    int responses = 0;
    for_each_response(store, survey, ResponseFields::answers, [&](const ResponseView&) { ++responses; });
    for (const LabelledFormat format : {LabelledFormat::sav, LabelledFormat::dta}) {
      const std::string file = format == LabelledFormat::sav ? "data.sav" : "data.dta";
      const auto written = write_labelled_export(store, survey, dir.path() / file, {format, Language::nl, 1, false});
      CHECK(written.rows == responses);
      const ReadStatFile read = read_statistics_file(dir.file(file));
      CHECK(read.rows.size() == static_cast<std::size_t>(responses));
      const ExportVariables variables(questionnaire, Language::nl);
      REQUIRE(read.variables.size() == variables.variables().size());
      for (std::size_t v = 0; v < read.variables.size(); ++v) {
        CHECK(read.variables[v].name == variables.variables()[v].name);
        CHECK(valid_variable_name(read.variables[v].name));
      }
      for (const auto& row : read.rows) CHECK(std::find(row.begin(), row.end(), "sysmis") == row.end());
    }
  }
}
