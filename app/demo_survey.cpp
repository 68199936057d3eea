// Demo data; see demo_survey.h. Each ranking is a permutation of 1..5 and the column sums
// per group are directie 3 10 11 15 6 (of 3), ib 5 11 16 17 11 (of 4) and leerkrachten
// 24 30 31 22 13 (of 8): the thesis means 1,0 3,3 3,7 5,0 2,0 / 1,3 2,8 4,0 4,3 2,8 /
// 3,0 3,8 3,9 2,8 1,6.
#include "app/demo_survey.h"

#include <array>

#include "engine/definition_loader.h"

namespace peiling {

namespace {

struct OpenDemoAnswer {
  const char* text;
  const char* code;  // "" leaves it uncoded, as a hard-to-place answer
};

struct DemoRespondent {
  const char* group;
  int years;
  std::array<int, 5> phase_ranks;  // numbers given to f1..f5
  OpenDemoAnswer task;             // question "taak"
  OpenDemoAnswer variant;          // "rol" for directie and ib, "hulp" for leerkrachten
};

const std::array<DemoRespondent, 15> kRespondents{{
    {"directie", 24, {1, 3, 4, 5, 2},
     {"Leerkrachten coachen, zodat ze zelf beter aansluiten bij wat leerlingen nodig hebben.", "f4"},
     {"Van iemand die zelf leerlingen begeleidt naar een coach van het hele team.", "f4"}},
    {"directie", 17, {1, 4, 3, 5, 2},
     {"Als coach in de klas meekijken en daarna een feedbackgesprek voeren.", "f4"},
     {"Kennis uit de verschillende groepen bundelen en met het hele team delen.", "f5"}},
    {"directie", 31, {1, 3, 4, 5, 2},
     {"Het team als coach helpen om handelingsgericht te werken.", "f4"},
     {"Coachen bij het maken van groepsplannen en tegelijk de zorgstructuur bewaken.", ""}},
    {"ib", 12, {1, 2, 4, 5, 3},
     {"Collega's steunen bij vragen over leerlingen, zonder het van ze over te nemen.", "f3"},
     {"Meer sturen op wat de leerkracht nodig heeft om passend onderwijs te kunnen geven.", "f4"}},
    {"ib", 22, {1, 4, 3, 5, 2},
     {"Groepsbezoeken afleggen en die met de leerkracht nabespreken.", "f4"},
     {"Samen met de directie de kwaliteit van het onderwijs bewaken en verbeteren.", "f5"}},
    {"ib", 8, {1, 2, 4, 3, 5},
     {"Zorgen dat het leerlingvolgsysteem en de groepsbesprekingen goed lopen.", "f2"},
     {"Met ouders, leerkracht en externen zoeken naar wat elk kind nodig heeft.", "f3"}},
    {"ib", 15, {2, 3, 5, 4, 1},
     {"Leerkrachten coachen in hun pedagogisch handelen.", "f4"},
     {"Meedenken als sparringpartner; de leerkracht blijft eigenaar van de aanpak.", "f3"}},
    {"leerkrachten", 6, {3, 5, 1, 4, 2},
     {"Meedenken als ik vastloop met een leerling.", "f3"},
     {"Als een leerling niet vooruitgaat ondanks de extra hulp.", "f3"}},
    {"leerkrachten", 11, {3, 5, 1, 4, 2},
     {"Een luisterend oor en bruikbare tips bij gedragsproblemen.", "f3"},
     {"Bij gesprekken met ouders die zich zorgen maken over hun kind.", "f3"}},
    {"leerkrachten", 3, {5, 3, 4, 1, 2},
     {"In mijn klas komen kijken en me daarna feedback geven.", "f4"},
     {"Bij de aanvraag van een onderzoek naar dyslexie.", "f2"}},
    {"leerkrachten", 27, {2, 4, 5, 1, 3},
     {"Helpen bij het schrijven van een handelingsplan.", "f2"},
     {"Als de sfeer in de groep niet goed is.", "f4"}},
    {"leerkrachten", 9, {2, 3, 5, 4, 1},
     {"Mij coachen bij het klassenmanagement.", "f4"},
     {"Om mee te kijken hoe ik mijn instructie kan verbeteren.", "f4"}},
    {"leerkrachten", 19, {2, 3, 5, 4, 1},
     {"Samen de toetsresultaten van mijn groep bekijken en bespreken.", "f3"},
     {"Bij het aanvragen van extra ondersteuning bij het samenwerkingsverband.", "f2"}},
    {"leerkrachten", 14, {3, 4, 5, 2, 1},
     {"Contact met ouders en externe hulp regelen als dat nodig is.", "f2"},
     {"Eigenlijk bij alles waar ik zelf niet uitkom.", ""}},
    {"leerkrachten", 36, {4, 3, 5, 2, 1},
     {"Video-opnames van mijn les samen met mij bespreken.", "f4"},
     {"Bij het verdelen van de extra zorg over de week.", "f3"}},
}};

// The second coder (a "critical friend") coded the same answers and placed these four
// elsewhere; after discussion the first coder's code was agreed on for each of them, so the
// report's codes (and the thesis tables) stay those of the first coder.
constexpr const char* kFirstCoder = "demo";
constexpr const char* kSecondCoder = "kritische-vriend";
struct SecondOpinion {
  std::size_t respondent;  // index into kRespondents
  const char* question;
  const char* code;
};
const std::array<SecondOpinion, 4> kSecondOpinions{{
    {3, "rol", "f3"}, {12, "taak", "f2"}, {13, "taak", "f3"}, {10, "hulp", "f3"}}};

const char* second_code(std::size_t respondent, const char* question, const char* first_code) {
  for (const auto& opinion : kSecondOpinions)
    if (opinion.respondent == respondent && std::string(opinion.question) == question) return opinion.code;
  return first_code;
}

ResponseDraft draft_of(const DemoRespondent& respondent) {
  ResponseDraft draft{respondent.group, {}};
  draft.answers.push_back({"jaren", "", std::to_string(respondent.years)});
  for (int phase = 0; phase < 5; ++phase)
    draft.answers.push_back({"fasen", "f" + std::to_string(phase + 1),
                             std::to_string(respondent.phase_ranks[static_cast<std::size_t>(phase)])});
  draft.answers.push_back({"taak", "", respondent.task.text});
  const bool teacher = std::string(respondent.group) == "leerkrachten";
  draft.answers.push_back({teacher ? "hulp" : "rol", "", respondent.variant.text});
  return draft;
}

}  // namespace

std::int64_t build_demo_survey(Store& store, const std::string& definition_path) {
  const std::string text = read_definition_text(definition_path);
  const auto questionnaire_row = store.save_questionnaire(text, parse_definition(text, definition_path));
  const auto survey_id = store.create_survey(questionnaire_row, "demo: Greven-fasen (cijfers uit het proefschrift)",
                                             {{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}});
  std::vector<ResponseDraft> drafts;
  for (const auto& respondent : kRespondents) drafts.push_back(draft_of(respondent));
  const auto response_ids = store.add_responses(survey_id, drafts, ResponseSource::demo);

  std::vector<CodingRecord> codings;
  std::vector<std::string> origins;
  for (const char* coder : {kFirstCoder, kSecondCoder})
    for (std::size_t i = 0; i < kRespondents.size(); ++i) {
      const auto& respondent = kRespondents[i];
      const bool teacher = std::string(respondent.group) == "leerkrachten";
      for (const auto& [question, answer] : {std::pair{"taak", respondent.task},
                                             std::pair{teacher ? "hulp" : "rol", respondent.variant}}) {
        if (*answer.code == '\0') continue;
        const char* code = coder == kFirstCoder ? answer.code : second_code(i, question, answer.code);
        codings.push_back({response_ids[i], question, code, coder, ""});
        origins.push_back("demo respondent " + std::to_string(i + 1));
      }
    }
  store.set_codings(survey_id, codings, origins);
  for (const auto& opinion : kSecondOpinions) {
    const auto& answer = std::string(opinion.question) == "taak" ? kRespondents[opinion.respondent].task
                                                                 : kRespondents[opinion.respondent].variant;
    store.record_agreed_codes(response_ids[opinion.respondent], opinion.question, {answer.code},
                              "besproken met de kritische vriend");
  }
  return survey_id;
}

}  // namespace peiling
