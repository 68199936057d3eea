// The analysis per group: the thesis figures from the demo data, the hand-rounding rule,
// shared places, response rates, groups not asked a question, and every question type.
#include <catch2/catch.hpp>

#include "analysis/hand_arithmetic.h"
#include "analysis/survey_analysis.h"
#include "app/demo_survey.h"
#include "engine/definition_loader.h"
#include "test_support.h"

using namespace peiling;
using peiling::testing::ScratchDir;

namespace {

const GroupAnalysis& group_named(const SurveyAnalysis& analysis, const std::string& id) {
  for (const auto& group : analysis.groups)
    if (group.group->id == id) return group;
  FAIL("no group " << id);
  throw;
}

const QuestionSummary* question_named(const GroupAnalysis& group, const std::string& id) {
  for (const auto& question : group.questions)
    if (question.question->id == id) return &question;
  return nullptr;
}

std::string printed_means(const GroupAnalysis& group) {
  std::string means;
  for (const auto& item : std::get<RankSummary>(question_named(group, "fasen")->result).items)
    means += (means.empty() ? "" : " ") + format_fraction(item.sum, item.answered, 1, Language::nl);
  return means;
}

std::string places(const GroupAnalysis& group) {
  std::string text;
  for (const auto& item : std::get<RankSummary>(question_named(group, "fasen")->result).items)
    text += std::to_string(item.place) + (item.shared_place ? "=" : "") + " ";
  return text;
}

struct DemoFixture {
  ScratchDir dir;
  Store store{dir.file("demo.sqlite")};
  std::int64_t survey_id = build_demo_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  std::unique_ptr<SurveyAnalysis> analysis = analyse_survey(store, survey_id);
};

}  // namespace

TEST_CASE("means are rounded half away from zero from the exact fraction", "[analysis][rounding]") {
  CHECK(format_fraction(5, 4, 1, Language::nl) == "1,3");  // 1,25: binary-float printf gives 1,2
  CHECK(format_fraction(17, 4, 1, Language::nl) == "4,3");
  CHECK(format_fraction(11, 4, 1, Language::nl) == "2,8");
  CHECK(format_fraction(13, 8, 1, Language::nl) == "1,6");  // 1,625 is below the tie at 1,65
  CHECK(format_fraction(-5, 4, 1, Language::nl) == "-1,3");
  CHECK(format_fraction(1, 40, 1, Language::nl) == "0,0");
  CHECK(format_fraction(10, 3, 1, Language::en) == "3.3");
  CHECK(format_fraction(3, 8, 2, Language::nl) == "0,38");
  CHECK(format_fraction(15, 3, 1, Language::nl) == "5,0");
  CHECK(format_decimal(13.5, 1, Language::nl) == "13,5");
  CHECK(format_decimal(0.25, 1, Language::nl) == "0,3");
}

TEST_CASE("response rates are whole percentages as a person computes them", "[analysis][rounding]") {
  CHECK(whole_percent(3, 4) == 75);
  CHECK(whole_percent(4, 5) == 80);
  CHECK(whole_percent(8, 15) == 53);  // the thesis printed 60%, an arithmetic slip
  CHECK(whole_percent(1, 8) == 13);   // 12,5 rounds up
  CHECK(whole_percent(0, 0) == 0);
}

TEST_CASE("the demo data reproduces the published thesis figures per group", "[analysis][demo]") {
  DemoFixture demo;
  const auto& directie = group_named(*demo.analysis, "directie");
  const auto& ib = group_named(*demo.analysis, "ib");
  const auto& leerkrachten = group_named(*demo.analysis, "leerkrachten");
  CHECK(printed_means(directie) == "1,0 3,3 3,7 5,0 2,0");
  CHECK(printed_means(ib) == "1,3 2,8 4,0 4,3 2,8");
  CHECK(printed_means(leerkrachten) == "3,0 3,8 3,9 2,8 1,6");
  CHECK(directie.response_percent == 75);
  CHECK(ib.response_percent == 80);
  CHECK(leerkrachten.response_percent == 53);
  CHECK(demo.analysis->all_groups.invited == 24);
  CHECK(demo.analysis->all_groups.responded == 15);
  CHECK(demo.analysis->all_groups.response_percent == 63);
}

TEST_CASE("every respondent's ranking adds up to 15, so each group's sums add to 15 per respondent",
          "[analysis][demo]") {
  DemoFixture demo;
  for (const auto& group : demo.analysis->groups) {
    std::int64_t total = 0;
    for (const auto& item : std::get<RankSummary>(question_named(group, "fasen")->result).items) {
      total += item.sum;
      int counted = 0;
      for (int count : item.distribution) counted += count;
      CHECK(counted == group.responded);
    }
    CHECK(total == 15 * group.responded);
  }
}

TEST_CASE("equal printed means share a place and the next place is skipped", "[analysis][places]") {
  DemoFixture demo;
  CHECK(places(group_named(*demo.analysis, "ib")) == "5 3= 2 1 3= ");
  CHECK(places(group_named(*demo.analysis, "directie")) == "5 3 2 1 4 ");
  CHECK(places(group_named(*demo.analysis, "leerkrachten")) == "3 2 1 4 5 ");
}

TEST_CASE("a group not asked a question has no entry for it", "[analysis][groups]") {
  DemoFixture demo;
  CHECK(question_named(group_named(*demo.analysis, "directie"), "hulp") == nullptr);
  CHECK(question_named(group_named(*demo.analysis, "directie"), "rol") != nullptr);
  CHECK(question_named(group_named(*demo.analysis, "leerkrachten"), "rol") == nullptr);
  const auto& hulp = std::get<OpenSummary>(question_named(group_named(*demo.analysis, "leerkrachten"), "hulp")->result);
  CHECK(hulp.answered == 8);
  CHECK(hulp.coded == 7);
}

TEST_CASE("number questions give n, mean, median, min and max per group", "[analysis][number]") {
  DemoFixture demo;
  const auto& ib = std::get<NumberSummary>(question_named(group_named(*demo.analysis, "ib"), "jaren")->result);
  CHECK(ib.answered == 4);
  CHECK(ib.mean == Approx(14.25));
  CHECK(ib.median == Approx(13.5));
  CHECK(ib.min == 8);
  CHECK(ib.max == 22);
  const auto& directie = std::get<NumberSummary>(question_named(group_named(*demo.analysis, "directie"), "jaren")->result);
  CHECK(directie.median == Approx(24));
}

TEST_CASE("open answers stream in frame order, uncoded last, latest coding winning", "[analysis][open]") {
  DemoFixture demo;
  const Question& hulp = *demo.analysis->questionnaire.find_question("hulp");
  const CodingFrame* frame = demo.analysis->questionnaire.find_frame("greven");
  std::vector<OpenAnswer> answers;
  for_each_open_answer(demo.store, demo.survey_id, frame, hulp, "leerkrachten",
                       [&](const OpenAnswer& answer) { answers.push_back(answer); });
  REQUIRE(answers.size() == 8);
  std::vector<std::string> codes;
  for (const auto& answer : answers) codes.push_back(answer.code);
  CHECK(codes == std::vector<std::string>{"f2", "f2", "f3", "f3", "f3", "f4", "f4", ""});
  CHECK(answers.back().text == "Eigenlijk bij alles waar ik zelf niet uitkom.");

  const auto recoded = answers.front().response_id;
  demo.store.set_coding({recoded, "hulp", "f5", "tweede-codeur", ""});
  std::string latest;
  for_each_open_answer(demo.store, demo.survey_id, frame, hulp, "leerkrachten", [&](const OpenAnswer& answer) {
    if (answer.response_id == recoded) latest = answer.code;
  });
  CHECK(latest == "f5");
}

TEST_CASE("choice, multi and likert questions are counted per group", "[analysis][types]") {
  const std::string definition = R"({
    "id": "peiling-types", "title": "Types", "groups": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
    "questions": [
      {"id": "vaak", "type": "choice", "text": "Hoe vaak?", "options": [
        {"id": "nooit", "label": "Nooit"}, {"id": "soms", "label": "Soms"}, {"id": "vaak", "label": "Vaak"}]},
      {"id": "taken", "type": "multi", "text": "Welke?", "groups": ["a"], "options": [
        {"id": "x", "label": "X"}, {"id": "y", "label": "Y"}]},
      {"id": "eens", "type": "likert", "text": "Eens?", "scale": ["oneens", "neutraal", "eens"]}
    ]})";
  ScratchDir dir;
  Store store(dir.file("types.sqlite"));
  const auto row = store.save_questionnaire(definition, parse_definition(definition, "types.json"));
  const auto survey_id = store.create_survey(row, "types", {{"a", 4}, {"b", 2}});
  store.add_responses(survey_id,
                      {{"a", {{"vaak", "", "nooit"}, {"taken", "x", "1"}, {"taken", "y", "1"}, {"eens", "", "3"}}},
                       {"a", {{"vaak", "", "soms"}, {"taken", "y", "1"}, {"eens", "", "2"}}},
                       {"a", {{"vaak", "", "soms"}, {"eens", "", "3"}}},
                       {"b", {{"vaak", "", "vaak"}, {"eens", "", "1"}}}},
                      ResponseSource::import);
  const auto analysis = analyse_survey(store, survey_id);
  const auto& a = group_named(*analysis, "a");
  const auto& choice = std::get<ChoiceSummary>(question_named(a, "vaak")->result);
  CHECK(choice.answered == 3);
  CHECK(choice.options[0].count == 1);
  CHECK(choice.options[1].count == 2);
  CHECK(whole_percent(choice.options[1].count, choice.answered) == 67);
  const auto& multi = std::get<ChoiceSummary>(question_named(a, "taken")->result);
  CHECK(multi.answered == 2);
  CHECK(multi.options[0].count == 1);
  CHECK(multi.options[1].count == 2);
  CHECK(question_named(group_named(*analysis, "b"), "taken") == nullptr);
  const auto& likert = std::get<LikertSummary>(question_named(a, "eens")->result);
  CHECK(likert.distribution == std::vector<int>{0, 1, 2});
  CHECK(likert.median == Approx(3));
  const auto& all_likert = std::get<LikertSummary>(question_named(analysis->all_groups, "eens")->result);
  CHECK(all_likert.answered == 4);
  CHECK(all_likert.median == Approx(2.5));
}
