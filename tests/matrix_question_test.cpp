// The Likert matrix (several statements on one scale) through every stage: the definition,
// validation, the web form's fields, the paper form, terminal entry, the CSV columns of
// template/import/export, the analysis per statement and the report's tables.
#include <catch2/catch.hpp>

#include <sstream>

#include "analysis/survey_analysis.h"
#include "app/data_entry.h"
#include "engine/csv_columns.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "reports/paper_form.h"
#include "test_support.h"
#include "web/form_fields.h"
#include "web/question_inputs.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const char* const kMatrixDefinition = R"({
  "id": "rollen", "title": "Rollen", "groups": [{"id": "team", "label": "Team"}, {"id": "ib", "label": "IB"}],
  "questions": [
    {"id": "nu", "type": "matrix", "text": "Hoe goed komt de ib'er toe aan deze rollen?", "required": true,
     "scale": ["niet", "een beetje", "goed"],
     "statements": [{"id": "coach", "label": "Coach"}, {"id": "verbinder", "label": "Verbinder <b>"},
                    {"id": "innovator", "label": "Innovator", "description": "vernieuwt"}]},
    {"id": "later", "type": "matrix", "text": "En over een jaar?", "scale": ["niet", "wel"],
     "statements": [{"id": "coach", "label": "Coach"}, {"id": "verbinder", "label": "Verbinder"}]}
  ]
})";

Questionnaire matrix_questionnaire() { return parse_definition(kMatrixDefinition, "rollen.json"); }

std::string error_of(const std::string& question) {
  const std::string text = R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": [)" +
                           question + "]}";
  try {
    parse_definition(text, "t.json", Language::en);
  } catch (const DefinitionError& error) {
    return error.what();
  }
  return "no error";
}

std::vector<std::string> problems(const Questionnaire& questionnaire, std::vector<Answer> answers,
                                  const std::string& group = "team") {
  return problem_lines(validate_response(questionnaire, {group, std::move(answers)}));
}

std::vector<Answer> full_matrix() { return {{"nu", "coach", "3"}, {"nu", "verbinder", "1"}, {"nu", "innovator", "2"}}; }

ProcessResult run_peiling(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

}  // namespace

TEST_CASE("matrix: a definition names its statements and its scale", "[matrix][definition]") {
  const Questionnaire questionnaire = matrix_questionnaire();
  const Question& now = questionnaire.questions[0];
  CHECK(now.type == QuestionType::matrix);
  REQUIRE(now.items.size() == 3);
  CHECK(now.items[2].description == "vernieuwt");
  CHECK(now.scale == std::vector<std::string>{"niet", "een beetje", "goed"});
  CHECK(summarize(questionnaire, Language::en) == "rollen 1: 2 questions (2 matrix), 2 groups, 0 coding frames");
}

TEST_CASE("matrix: a definition without enough statements or scale points, or with options, fails", "[matrix][definition]") {
  CHECK(error_of(R"({"id": "m", "type": "matrix", "text": "M", "scale": ["a", "b"]})") ==
        "t.json:1:80: questions[0].statements: required key is missing");
  CHECK(error_of(R"({"id": "m", "type": "matrix", "text": "M", "scale": ["a", "b"],
                     "statements": [{"id": "s", "label": "S"}]})") ==
        "t.json:2:36: questions[0].statements: a matrix question needs at least 2 statements");
  CHECK(error_of(R"({"id": "m", "type": "matrix", "text": "M", "scale": ["a"],
                     "statements": [{"id": "s", "label": "S"}, {"id": "t", "label": "T"}]})") ==
        "t.json:1:132: questions[0].scale: a matrix question needs at least 2 scale labels");
  CHECK(error_of(R"({"id": "m", "type": "matrix", "text": "M", "scale": ["a", "b"],
                     "statements": [{"id": "s", "label": "S"}, {"id": "s", "label": "T"}]})") ==
        "t.json:2:71: questions[0].statements[1].id: duplicate statement id 's'");
  CHECK(error_of(R"({"id": "m", "type": "matrix", "text": "M", "scale": ["a", "b"], "options": []})") ==
        "t.json:1:144: questions[0].options: 'options' belongs to a choice or multi question, not to a matrix "
        "question; a matrix question lists its statements in 'statements'");
  CHECK(error_of(R"({"id": "m", "type": "matrix", "text": "M", "scale": ["a", "b"],
                     "statements": [{"id": "s", "label": "S", "code": "x"}, {"id": "t", "label": "T"}]})") ==
        "t.json:2:63: questions[0].statements[0].code: 'code' does not apply to a statement; only rank items link to a code");
  // A Likert question lists its points in 'scale', not in 'options'.
  CHECK(error_of(R"({"id": "l", "type": "likert", "text": "L", "options": []})") ==
        "t.json:1:123: questions[0].options: 'options' belongs to a choice or multi question, not to a likert "
        "question; a likert question lists its scale labels in 'scale'");
}

TEST_CASE("matrix: validation wants a scale point per statement", "[matrix][validation]") {
  const Questionnaire questionnaire = matrix_questionnaire();
  CHECK(problems(questionnaire, full_matrix()).empty());
  CHECK(problems(questionnaire, {{"nu", "coach", "3"}, {"nu", "verbinder", "4"}, {"nu", "innovator", "x"}}) ==
        std::vector<std::string>{
            "nu: bij verbinder staat '4' staat niet op de schaal; kies een heel getal van 1 tot en met 3",
            "nu: bij innovator staat 'x' staat niet op de schaal; kies een heel getal van 1 tot en met 3"});
  CHECK(problems(questionnaire, {{"nu", "coach", "3"}}) ==
        std::vector<std::string>{"nu: geef bij elke stelling een antwoord; verbinder en innovator hebben er nog geen"});
  auto unknown = full_matrix();
  unknown.push_back({"nu", "directeur", "1"});
  CHECK(problems(questionnaire, unknown) ==
        std::vector<std::string>{
            "nu: 'directeur' is geen stelling van deze vraag; stellingen: coach, verbinder, innovator"});
  // An optional matrix may be answered in part.
  auto partly = full_matrix();
  partly.push_back({"later", "coach", "2"});
  CHECK(problems(questionnaire, partly).empty());
  // Each problem is placed at its question and statement.
  const auto placed = validate_response(questionnaire, {"team", {{"nu", "coach", "9"}, {"nu", "verbinder", "1"},
                                                                {"nu", "innovator", "1"}}});
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].question == "nu");
  CHECK(placed[0].item == "coach");
}

TEST_CASE("matrix: the web form asks every statement on the scale and reads it back", "[matrix][web]") {
  const Questionnaire questionnaire = matrix_questionnaire();
  const Question& now = questionnaire.questions[0];
  web::FormFields values{{"r:nu:coach", "3"}};
  const std::string html = web::question_inputs({now, values, ""});
  CHECK(count_occurrences(html, "<fieldset class=\"statement\">") == 3);
  CHECK(count_occurrences(html, "type=\"radio\"") == 9);
  CHECK(html.find("<legend>Verbinder &lt;b&gt;</legend>") != std::string::npos);
  CHECK(html.find("name=\"r:nu:coach\" value=\"3\" checked") != std::string::npos);

  const web::FormFields posted{{"r:nu:coach", "3"}, {"r:nu:verbinder", "1"}, {"r:nu:innovator", "2"}};
  const ResponseDraft draft = web::draft_from_fields(questionnaire, "team", posted);
  CHECK(problem_lines(validate_response(questionnaire, draft)).empty());
  const auto by_question = web::problems_by_question(
      validate_response(questionnaire, web::draft_from_fields(questionnaire, "team", {{"r:nu:coach", "3"}})));
  REQUIRE(by_question.count("nu") == 1);
  CHECK(by_question.at("nu").front().rfind("geef bij elke stelling een antwoord", 0) == 0);
}

TEST_CASE("matrix: the paper form is a grid with a box per statement and point", "[matrix][paper]") {
  const std::string form = paper_form_html(matrix_questionnaire(), "team", {});
  CHECK(form.find("<table class=\"matrix\">") != std::string::npos);
  CHECK(form.find("Kruis per regel één hokje aan.") != std::string::npos);
  CHECK(form.find("Verbinder &lt;b&gt;") != std::string::npos);
  // 3 statements x 3 points, then 2 x 2.
  CHECK(count_occurrences(form, "<span class=\"box tick\"></span>") == 13);
}

TEST_CASE("matrix: terminal entry takes a line of points or one statement at a time", "[matrix][data-entry]") {
  const Questionnaire questionnaire = matrix_questionnaire();
  // Form 1: all on one line; 'later' item by item with a label and a blank. Form 2 after "j".
  std::istringstream in("team\n3 1 2\n\nwel\n\nj\nn\n");
  std::ostringstream out;
  std::vector<ResponseDraft> stored;
  DataEntry entry(questionnaire, in, out, [&](const ResponseDraft& draft) {
    stored.push_back(draft);
    return std::int64_t{7};
  });
  entry.run();
  REQUIRE(stored.size() == 1);
  std::vector<std::string> answers;
  for (const Answer& answer : stored[0].answers) answers.push_back(answer.question + " " + answer.item + "=" + answer.value);
  CHECK(answers == std::vector<std::string>{"nu coach=3", "nu verbinder=1", "nu innovator=2", "later coach=2"});
  CHECK(out.str().find("Typ per stelling het nummer van het aangekruiste hokje") != std::string::npos);
  CHECK(out.str().find("later: coach = 2 (wel)") != std::string::npos);
}

TEST_CASE("matrix: a CSV column per statement, by number or label, round-trips through export", "[matrix][csv]") {
  CHECK(canonical_columns(matrix_questionnaire()).size() == 6);  // groep, nu.x3, later.x2
  ScratchDir dir;
  write_file(dir.file("rollen.json"), kMatrixDefinition);
  REQUIRE(run_peiling(dir, {"survey", "create", "--questionnaire", "rollen.json", "--name", "t", "--group", "team=4",
                        "--group", "ib=2"})
              .exit_code == 0);
  REQUIRE(run_peiling(dir, {"template", "--survey", "1", "--out", "leeg.csv"}).exit_code == 0);
  CHECK(read_file(dir.path() / "leeg.csv").rfind(
            "groep,nu.coach,nu.verbinder,nu.innovator,later.coach,later.verbinder\r\n", 0) == 0);
  write_file(dir.file("in.csv"), "groep,nu.coach,nu.verbinder,nu.innovator,later.coach,later.verbinder\n"
                                 "team,3,een beetje,GOED,wel,\n"
                                 "ib,1,1,1,,niet\n");
  const auto imported = run_peiling(dir, {"import", "--survey", "1", "in.csv"});
  REQUIRE(imported.exit_code == 0);
  const auto exported = run_peiling(dir, {"export", "--survey", "1", "--format", "csv"});
  REQUIRE(exported.exit_code == 0);
  CHECK(exported.out == "groep;nu.coach;nu.verbinder;nu.innovator;later.coach;later.verbinder\r\n"
                        "team;3;2;3;2;\r\n"
                        "ib;1;1;1;;1\r\n");
  write_file(dir.file("slecht.csv"), "groep,nu.coach,nu.verbinder,nu.innovator,later.coach,later.verbinder\n"
                                     "team,3,heel goed,1,,\n");
  const auto refused = run_peiling(dir, {"import", "--survey", "1", "slecht.csv"});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("rij 2, nu: bij verbinder staat 'heel goed' staat niet op de schaal"));
}

TEST_CASE("matrix: the analysis summarises each statement per group, and the report tables show them",
          "[matrix][analysis][report]") {
  ScratchDir dir;
  Store store(dir.file("m.sqlite"));
  const std::string text = kMatrixDefinition;
  const auto row = store.save_questionnaire(text, parse_definition(text, "rollen.json"));
  const auto survey = store.create_survey(row, "t", {{"team", 4}, {"ib", 2}});
  store.add_responses(survey,
                      {{"team", {{"nu", "coach", "3"}, {"nu", "verbinder", "1"}, {"nu", "innovator", "2"}}},
                       {"team", {{"nu", "coach", "3"}, {"nu", "verbinder", "2"}, {"nu", "innovator", "2"}}},
                       {"team", {{"nu", "coach", "2"}, {"nu", "verbinder", "1"}, {"nu", "innovator", "3"}}},
                       {"ib", {{"nu", "coach", "1"}, {"nu", "verbinder", "1"}, {"nu", "innovator", "1"}}}},
                      ResponseSource::import);
  const auto analysis = analyse_survey(store, survey);
  const auto& team = std::get<MatrixSummary>(summary_for(analysis->groups[0], analysis->questionnaire.questions[0])->result);
  REQUIRE(team.statements.size() == 3);
  CHECK(team.answered == 3);
  CHECK(team.statements[0].likert.distribution == std::vector<int>{0, 1, 2});
  CHECK(team.statements[0].likert.median == Approx(3));
  CHECK(team.statements[1].likert.distribution == std::vector<int>{2, 1, 0});
  const auto& all = std::get<MatrixSummary>(summary_for(analysis->all_groups, analysis->questionnaire.questions[0])->result);
  CHECK(all.statements[0].likert.distribution == std::vector<int>{1, 1, 2});

  const auto report = run_process(PEILING_BINARY, {"report", "--db", dir.file("m.sqlite"), "--survey",
                                                   std::to_string(survey), "--out", "rapport", "--min-group", "3"},
                                  dir.path());
  REQUIRE(report.exit_code == 0);
  const std::string html = read_file(dir.path() / "rapport" / "rapport.html");
  // Team's table: a row per statement with counts, one-decimal shares and the median; the
  // ib group (1 respondent) is withheld, and so are all groups together.
  CHECK_THAT(html, Catch::Contains("<caption>Team</caption>"));
  CHECK_THAT(html, Catch::Contains("<th scope=\"row\">Coach</th><td class=\"num\">3</td><td class=\"num\">0 (0,0%)</td>"
                                   "<td class=\"num\">1 (33,3%)</td><td class=\"num\">2 (66,7%)</td>"));
  CHECK_THAT(html, Catch::Contains("IB: te weinig respondenten"));
  CHECK_THAT(html, !Catch::Contains("<caption>Alle groepen</caption>"));
}
