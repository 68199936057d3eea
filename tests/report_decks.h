// The reports the browser tests look at: the demo, and each bundled questionnaire
// (questionnaires/*.json) filled with synthetic responses (app/synthetic_responses.h):
// 12 per group and 47 in the last group, so open-answer lists run long. One is written in
// English, so the English words of the slides are walked too. The demo's made-up second
// wave is reported compared with the first, so the "Wat is er veranderd?" slides are walked.
// One school's report of a board's survey (issue 18) is walked too, with the board beside
// the school in its tables and charts, and the board report of that survey is written.
#pragma once

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "analysis/survey_analysis.h"
#include "app/demo_second_wave.h"
#include "app/demo_survey.h"
#include "app/synthetic_responses.h"
#include "engine/definition_loader.h"
#include "reports/report.h"
#include "test_support.h"

namespace peiling::testing {

struct ReportDecks {
  ScratchDir dir;
  std::vector<std::filesystem::path> folders;  // one report folder each
  // The plain-table pages of the board's survey: De Klimop's vergelijking-bestuur.html and
  // the board report's bestuur.html (report --by-unit), which has no slides.
  std::vector<std::filesystem::path> unit_pages;

  ReportDecks() {
    Store store(dir.file("decks.sqlite"));
    const std::string greven = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";
    const auto demo = build_demo_survey(store, greven);
    write(store, demo, "demo", Language::nl);
    write(store, build_demo_second_wave(store, greven, demo), "demo-vergelijking", Language::nl, demo);
    std::vector<std::filesystem::path> definitions;
    for (const auto& entry : std::filesystem::directory_iterator(PEILING_SOURCE_DIR "/questionnaires"))
      if (entry.path().extension() == ".json" && !entry.path().stem().string().ends_with(".schema"))
        definitions.push_back(entry.path());
    write_unit_report(store, greven);
    std::sort(definitions.begin(), definitions.end());
    for (std::size_t i = 0; i < definitions.size(); ++i) {
      const Questionnaire questionnaire =
          parse_definition(read_definition_text(definitions[i].string()), definitions[i].string());
      SyntheticPlan plan;
      plan.group_counts[questionnaire.groups.back().id] = 47;
      const std::string name = definitions[i].stem().string();
      const auto survey_id = build_synthetic_survey(store, definitions[i].string(), "synthetisch: " + name, plan);
      write(store, survey_id, name, i == 0 ? Language::en : Language::nl);
    }
  }

  std::vector<std::string> files(const std::string& name) const {
    std::vector<std::string> paths;
    for (const auto& folder : folders) paths.push_back((folder / name).string());
    return paths;
  }

 private:
  // Three schools share the synthetic Greven responses in turn; De Klimop's report.
  void write_unit_report(Store& store, const std::string& greven) {
    const std::string text = read_definition_text(greven);
    const Questionnaire questionnaire = parse_definition(text, greven);
    const auto survey = store.create_survey(store.save_questionnaire(text, questionnaire), "bestuur: synthetisch",
                                            {{"directie", 1}, {"ib", 1}, {"leerkrachten", 1}});
    store.add_units(survey, {{"klimop", "De Klimop", {{"directie", 3}, {"ib", 8}, {"leerkrachten", 20}}},
                             {"esdoorn", "Het Esdoorn", {{"directie", 3}, {"ib", 8}, {"leerkrachten", 20}}},
                             {"eik", "De Eik", {{"directie", 3}, {"ib", 8}, {"leerkrachten", 20}}}});
    SyntheticPlan plan;
    plan.per_group = 24;
    plan.group_counts["directie"] = 7;  // 3, 2 and 2: the other schools' directors are withheld
    std::vector<ResponseDraft> drafts = synthetic_responses(questionnaire, plan);
    const char* units[] = {"klimop", "esdoorn", "eik"};
    std::map<std::string, int> per_group;
    for (ResponseDraft& draft : drafts) draft.unit = units[per_group[draft.group]++ % 3];
    store.add_responses(survey, drafts, ResponseSource::terminal);
    ReportOptions options;
    options.unit = "klimop";
    options.out_dir = dir.path() / "eenheid";
    write_survey_report(store, survey, options);
    folders.push_back(options.out_dir);
    ReportOptions board;
    board.by_unit = true;
    board.out_dir = dir.path() / "bestuur";
    write_survey_report(store, survey, board);
    unit_pages = {options.out_dir / "vergelijking-bestuur.html", board.out_dir / "bestuur.html"};
  }

  void write(Store& store, std::int64_t survey_id, const std::string& name, Language language,
             std::int64_t compare_with = 0) {
    ReportOptions options;
    options.compare_with = compare_with;
    options.out_dir = dir.path() / name;
    options.language = language;
    write_survey_report(store, survey_id, options);
    folders.push_back(options.out_dir);
  }
};

}  // namespace peiling::testing
