// The coding workflow around the session: the `multiple` flag and signal words in the
// definition, several codes per answer, export for a second coder and import back,
// `code compare` on the demo, and `code resolve` recording agreed codes that the report's
// stream of open answers then uses.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <sstream>

#include "analysis/coder_comparison.h"
#include "analysis/survey_analysis.h"
#include "app/demo_survey.h"
#include "app/resolve_session.h"
#include "engine/definition_loader.h"
#include "reports/report_model.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kGreven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

const std::string kMultiple = R"({"id": "m", "title": "M", "groups": [{"id": "a", "label": "A"}],
  "coding_frames": [{"id": "taken", "label": "Taken", "multiple": true, "codes": [
    {"id": "coach", "label": "Coach", "keywords": ["coach"], "signal_words": ["coachen", "video"]},
    {"id": "lvs", "label": "LVS"}]}],
  "questions": [{"id": "wat", "type": "text", "text": "Wat?", "coding_frame": "taken"}]})";

struct Demo {
  ScratchDir dir;
  std::string db = dir.file("demo.sqlite");
  Store store{db};
  std::int64_t survey_id = build_demo_survey(store, kGreven);
};

std::map<std::int64_t, std::string> stream_codes(Store& store, std::int64_t survey_id, const std::string& question_id) {
  const auto analysis = analyse_survey(store, survey_id);
  const Question& question = *analysis->questionnaire.find_question(question_id);
  std::map<std::int64_t, std::string> codes;
  for_each_open_answer(store, survey_id, analysis->questionnaire.find_frame(question.coding_frame), question, "",
                       [&](const OpenAnswer& answer) {
                         codes[answer.response_id] += (codes[answer.response_id].empty() ? "" : "+") + answer.code;
                       });
  return codes;
}

}  // namespace

TEST_CASE("a frame may allow several codes per answer and list signal words", "[coding][definition]") {
  const Questionnaire q = parse_definition(kMultiple, "m.json");
  CHECK(q.coding_frames[0].multiple);
  CHECK(q.coding_frames[0].codes[0].signal_words == std::vector<std::string>{"coachen", "video"});
  CHECK(q.coding_frames[0].codes[1].signal_words.empty());
  CHECK_FALSE(parse_definition(read_definition_text(kGreven), kGreven).coding_frames[0].multiple);
  CHECK_THROWS_WITH(parse_definition(std::string(kMultiple).replace(kMultiple.find("true"), 4, "\"ja\""), "m.json"),
                    Catch::Contains("multiple"));
}

TEST_CASE("several codes per answer only where the frame allows it, and one decision replaces the last",
          "[coding][store]") {
  ScratchDir dir;
  Store store(dir.file("m.sqlite"));
  const auto row = store.save_questionnaire(kMultiple, parse_definition(kMultiple, "m.json"));
  const auto survey = store.create_survey(row, "m", {{"a", 3}});
  const auto response = store.add_response(survey, {"a", {{"wat", "", "Coachen met video en het lvs"}}}, ResponseSource::web);
  store.record_decision(response, "wat", "anna", {"coach", "lvs"}, "");
  CHECK(stream_codes(store, survey, "wat")[response] == "coach+lvs");
  store.record_decision(response, "wat", "anna", {"lvs"}, "");
  CHECK(stream_codes(store, survey, "wat")[response] == "lvs");
  CHECK_THROWS_WITH(store.record_decision(response, "wat", "anna", {kUnplaceable, "lvs"}, ""),
                    Catch::Contains("kan niet samen met een andere code"));

  Demo demo;
  CHECK_THROWS_WITH(demo.store.record_decision(1, "taak", "anna", {"f3", "f4"}, ""),
                    Catch::Contains("staat één code per antwoord toe"));
}

TEST_CASE("code export writes a CSV for Excel that code import brings back", "[coding][cli]") {
  Demo demo;
  const auto exported = run_process(PEILING_BINARY, {"code", "export", "--db", demo.db, "--survey", "1", "--coder",
                                                     "vriend", "--out", "vriend.csv"}, demo.dir.path());
  REQUIRE(exported.exit_code == 0);
  std::string csv = read_file(demo.dir.file("vriend.csv"));
  CHECK(csv.rfind("\xEF\xBB\xBFresponse;question;group;answer;code;coder;memo;allowed_codes\n", 0) == 0);
  CHECK(count_occurrences(csv, "\n") == 31);  // header + 30 open answers
  CHECK_THAT(csv, Catch::Contains("1;taak;directie;\"Leerkrachten coachen, zodat ze zelf beter aansluiten bij wat "
                                  "leerlingen nodig hebben.\";;vriend;;f1 f2 f3 f4 f5 of niet te plaatsen\n"));

  // The friend fills in two rows (as Excel would save them) and leaves the rest blank.
  csv.replace(csv.find(";;vriend;;"), 10, ";f3;vriend;;");
  const auto second = csv.find("\n2;taak;");
  csv.replace(csv.find(";;vriend;;", second), 10, ";niet te plaatsen;vriend;'=twijfel;");
  write_file(demo.dir.file("vriend.csv"), csv);
  const auto imported = run_process(PEILING_BINARY, {"code", "import", "--db", demo.db, "--survey", "1", "vriend.csv"},
                                    demo.dir.path());
  CHECK(imported.exit_code == 0);
  CHECK_THAT(imported.out, Catch::Contains("2 coderingen geïmporteerd"));
  Store reopened(demo.db);
  const auto codings = reopened.codings_of(1);
  std::vector<std::string> friends;
  for (const auto& coding : codings)
    if (coding.coder == "vriend")
      friends.push_back(std::to_string(coding.response_id) + "=" + coding.code + "|" + coding.memo);
  CHECK(friends == std::vector<std::string>{"1=f3|", "2=niet te plaatsen|=twijfel"});
}

TEST_CASE("code compare reports the demo coders' agreement and their four disagreements", "[coding][cli]") {
  Demo demo;
  const auto result = run_process(PEILING_BINARY, {"code", "compare", "--db", demo.db, "--survey", "1", "--coders",
                                                   "demo,kritische-vriend"}, demo.dir.path());
  REQUIRE(result.exit_code == 0);
  // 28 coded answers, 24 the same: 86%; kappa and alpha from the 4x4 table of the demo.
  CHECK_THAT(result.out, Catch::Contains("Alle vragen samen:\n  antwoorden door minstens twee codeurs gecodeerd: 28\n"
                                         "  procentuele overeenstemming: 86% (24 van 28 antwoorden)\n"
                                         "  Cohens kappa: 0,791\n  Krippendorffs alfa (nominaal): 0,794\n"));
  CHECK_THAT(result.out, Catch::Contains("Verschillen: 4\n"));
  // A confusion matrix per question and one over all questions: on 'hulp' the one
  // disagreement is an f4 of demo that the critical friend placed in f3.
  CHECK_THAT(result.out, Catch::Contains("Kruistabel (vraag hulp): rijen demo, kolommen kritische-vriend\n"
                                         "          f2    f3    f4\n    f2     2     0     0\n"
                                         "    f3     0     3     0\n    f4     0     1     1\n"));
  CHECK_THAT(result.out, Catch::Contains("Kruistabel (alle vragen)"));
  CHECK_THAT(result.out, Catch::Contains("demo: f4 kritische-vriend: f3  (overeengekomen: f4)"));

  const auto unknown = run_process(PEILING_BINARY, {"code", "compare", "--db", demo.db, "--survey", "1", "--coders",
                                                    "demo,niemand"}, demo.dir.path());
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.err, Catch::Contains("codeur 'niemand' heeft in peiling"));
  const auto one = run_process(PEILING_BINARY, {"code", "compare", "--db", demo.db, "--survey", "1", "--coders", "demo"},
                               demo.dir.path());
  CHECK(one.exit_code == 2);
}

TEST_CASE("resolve walks through open disagreements and the report stream uses the agreed code", "[coding][resolve]") {
  Demo demo;
  // A third coder disagrees with the demo coder on answer 1 of taak; nothing agreed yet.
  demo.store.record_decision(1, "taak", "derde", {"f5"}, "");
  demo.store.record_decision(2, "taak", "derde", {"f4"}, "");  // agrees
  CHECK(stream_codes(demo.store, demo.survey_id, "taak")[1] == "f5");  // the latest coder's, for now
  std::istringstream in("a\n");
  std::ostringstream out;
  const auto summary = run_resolve_session(demo.store, demo.survey_id, {"demo", "derde"}, in, out);
  CHECK(summary.resolved == 1);
  CHECK(summary.open == 0);
  CHECK_THAT(out.str(), Catch::Contains("1 antwoord waarover de codeurs verschillen en dat nog geen"));
  CHECK(stream_codes(demo.store, demo.survey_id, "taak")[1] == "f4");  // agreed on the demo coder's code
  const auto agreed = demo.store.agreed_codings_of(demo.survey_id);
  CHECK(std::count_if(agreed.begin(), agreed.end(), [](const CodingRecord& r) { return r.response_id == 1; }) == 1);

  std::istringstream again("q\n");
  std::ostringstream out_again;
  CHECK(run_resolve_session(demo.store, demo.survey_id, {"demo", "derde"}, again, out_again).resolved == 0);
  CHECK_THAT(out_again.str(), Catch::StartsWith("0 antwoorden"));
}

TEST_CASE("answers marked 'niet te plaatsen' get their own row in the schoenendoos", "[coding][report]") {
  Demo demo;
  // The one uncoded teacher's answer to hulp ("Eigenlijk bij alles ...") is marked by both coders.
  const auto analysis = analyse_survey(demo.store, demo.survey_id);
  const Question& hulp = *analysis->questionnaire.find_question("hulp");
  std::int64_t uncoded = 0;
  for_each_open_answer(demo.store, demo.survey_id, analysis->questionnaire.find_frame("greven"), hulp, "leerkrachten",
                       [&](const OpenAnswer& answer) {
                         if (answer.code.empty()) uncoded = answer.response_id;
                       });
  REQUIRE(uncoded != 0);
  demo.store.record_decision(uncoded, "hulp", "demo", {kUnplaceable}, "past in geen fase");
  const auto marked = analyse_survey(demo.store, demo.survey_id);
  const ReportModel model = build_report_model(*marked, open_answer_stream(demo.store, *marked), ReportOptions{});
  const Shoebox* teachers = nullptr;
  for (const Shoebox& shoebox : model.shoeboxes)
    if (shoebox.question->id == "hulp" && shoebox.group->group->id == "leerkrachten") teachers = &shoebox;
  REQUIRE(teachers);
  REQUIRE(teachers->rows.size() == 7);  // five phases, niet te plaatsen, nog niet gecodeerd
  CHECK(teachers->rows[5].label == "niet te plaatsen");
  CHECK(teachers->rows[5].answers == std::vector<std::string>{"Eigenlijk bij alles waar ik zelf niet uitkom."});
  CHECK_FALSE(teachers->rows[5].coded);
  CHECK(teachers->rows[6].answer_count == 0);
  // Where nobody marked an answer so, there is no such row.
  for (const Shoebox& shoebox : model.shoeboxes)
    if (shoebox.question->id == "taak") CHECK(shoebox.rows.size() == 6);
}
