// Two made-up waves of a small survey for the wave comparison tests: the figures the tests
// expect are worked out by hand in wave_comparison_test.cpp and by R (waves_expected.R).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/survey_analysis.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "test_support.h"

namespace peiling::testing {

inline constexpr const char* kDefinition = R"({"id": "t", "title": "T",
  "groups": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
  "questions": [
    {"id": "fasen", "type": "rank", "text": "Fasen", "items": [{"id": "coach", "label": "Coach"},
      {"id": "expert", "label": "Expert"}, {"id": "leider", "label": "Leider"}, {"id": "a4", "label": "A4"},
      {"id": "a5", "label": "A5"}]},
    {"id": "rol", "type": "choice", "text": "Rol", "options": [{"id": "ja", "label": "Ja"}, {"id": "nee", "label": "Nee"}]},
    {"id": "uren", "type": "number", "text": "Uren", "min": 0, "max": 40}
  ]})";

// A ranking giving `coach` the number `coach`, the other items the rest in ascending order.
inline std::vector<Answer> ranking(int coach) {
  std::vector<Answer> answers{{"fasen", "coach", std::to_string(coach)}};
  int next = 1;
  for (const char* item : {"expert", "leider", "a4", "a5"}) {
    if (next == coach) ++next;
    answers.push_back({"fasen", item, std::to_string(next++)});
  }
  return answers;
}

inline ResponseDraft response(const std::string& group, std::optional<int> coach, const std::string& rol,
                       const std::string& uren = "") {
  ResponseDraft draft{group, coach ? ranking(*coach) : std::vector<Answer>{}};
  draft.answers.push_back({"rol", "", rol});
  if (!uren.empty()) draft.answers.push_back({"uren", "", uren});
  return draft;
}


// Two waves of one small survey: group a has 6 respondents before and 7 after, group b 2
// and 3 (under the default min-group in the first wave).
struct TwoWaves {
  testing::ScratchDir dir;
  Store store{dir.file("p.sqlite")};
  std::unique_ptr<SurveyAnalysis> before, after;
  std::int64_t first_id = 0, second_id = 0;

  TwoWaves() {
    const Questionnaire questionnaire = parse_definition(kDefinition, "t.json");
    const auto row = store.save_questionnaire(kDefinition, questionnaire);
    const auto first = store.create_survey(row, "nulmeting", {{"a", 10}, {"b", 5}});
    const auto second = store.create_survey(row, "nameting", {{"a", 10}, {"b", 5}}, first);
    store.add_responses(first,
                        {response("a", 2, "ja", "4"), response("a", 3, "ja", "6"), response("a", 3, "nee", "5"),
                         response("a", 4, "nee"), response("a", 5, "nee"), response("a", std::nullopt, "nee"),
                         response("b", 1, "ja"), response("b", 2, "ja")},
                        ResponseSource::import);
    store.add_responses(second,
                        {response("a", 4, "ja", "8"), response("a", 4, "ja", "7"), response("a", 5, "ja", "9"),
                         response("a", 5, "ja"), response("a", 3, "ja"), response("a", 5, "nee"),
                         response("a", std::nullopt, "nee"), response("b", 1, "ja"), response("b", 2, "nee"),
                         response("b", 3, "nee")},
                        ResponseSource::import);
    first_id = first;
    second_id = second;
    before = analyse_survey(store, first);
    after = analyse_survey(store, second);
  }
};


}  // namespace peiling::testing
