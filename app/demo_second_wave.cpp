// The demo's made-up nameting; see demo_second_wave.h. Column sums of the rankings per
// group: directie 3 9 10 15 8 (of 3), ib 6 8 13 19 14 (of 4), leerkrachten 20 27 36 36 16
// (of 9): phase 4 (the IB'er as coach) rises for the IB'ers (4,3 -> 4,8) and the teachers
// (2,8 -> 4,0), and stays first for the directors.
#include "app/demo_second_wave.h"

#include <array>
#include <vector>

#include "engine/definition_loader.h"

namespace peiling {

namespace {

struct FollowUpRespondent {
  const char* group;
  int years;
  std::array<int, 5> phase_ranks;  // numbers given to f1..f5 (5 = most important)
  const char* task;                // question "taak"
};

const std::array<FollowUpRespondent, 16> kFollowUp{{
    {"directie", 25, {1, 3, 4, 5, 2}, "Het team coachen bij handelingsgericht werken."},
    {"directie", 18, {1, 3, 2, 5, 4}, "Klassenbezoeken met een nagesprek."},
    {"directie", 32, {1, 3, 4, 5, 2}, "Samen met mij de kwaliteit bewaken."},
    {"ib", 13, {1, 2, 3, 5, 4}, "Leerkrachten coachen met video."},
    {"ib", 23, {2, 3, 4, 5, 1}, "Groepsbezoeken en nabesprekingen."},
    {"ib", 9, {1, 2, 3, 4, 5}, "De zorgstructuur en het team verbinden."},
    {"ib", 16, {2, 1, 3, 5, 4}, "Meedenken als sparringpartner."},
    {"leerkrachten", 7, {3, 2, 4, 5, 1}, "Meekijken in de klas en tips geven."},
    {"leerkrachten", 12, {2, 3, 5, 4, 1}, "Een luisterend oor bij lastige leerlingen."},
    {"leerkrachten", 4, {1, 3, 4, 5, 2}, "Feedback op mijn instructie."},
    {"leerkrachten", 28, {3, 4, 5, 1, 2}, "Helpen met handelingsplannen."},
    {"leerkrachten", 10, {2, 3, 4, 5, 1}, "Coaching bij klassenmanagement."},
    {"leerkrachten", 20, {2, 4, 3, 5, 1}, "Samen de toetsresultaten bespreken."},
    {"leerkrachten", 15, {3, 4, 5, 2, 1}, "Contact met ouders en externen."},
    {"leerkrachten", 37, {2, 3, 1, 5, 4}, "Video-opnames van mijn les bespreken."},
    {"leerkrachten", 8, {2, 1, 5, 4, 3}, "Meedenken over de extra zorg."},
}};

ResponseDraft draft_of(const FollowUpRespondent& respondent) {
  ResponseDraft draft{respondent.group, {}};
  draft.answers.push_back({"jaren", "", std::to_string(respondent.years)});
  for (int phase = 0; phase < 5; ++phase)
    draft.answers.push_back({"fasen", "f" + std::to_string(phase + 1),
                             std::to_string(respondent.phase_ranks[static_cast<std::size_t>(phase)])});
  draft.answers.push_back({"taak", "", respondent.task});
  return draft;
}

}  // namespace

std::int64_t build_demo_second_wave(Store& store, const std::string& definition_path, std::int64_t first_wave) {
  const std::string text = read_definition_text(definition_path);
  const auto questionnaire_row = store.save_questionnaire(text, parse_definition(text, definition_path));
  const auto survey_id =
      store.create_survey(questionnaire_row, "demo: nameting (verzonnen vervolg, niet uit het proefschrift)",
                          {{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}}, first_wave);
  std::vector<ResponseDraft> drafts;
  for (const auto& respondent : kFollowUp) drafts.push_back(draft_of(respondent));
  store.add_responses(survey_id, drafts, ResponseSource::demo);
  return survey_id;
}

}  // namespace peiling
