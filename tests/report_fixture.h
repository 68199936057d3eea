// A hand-built analysis of the Greven survey for the report tests: the figures the thesis
// published (directie 3 of 4, IB'ers 4 of 5, leerkrachten 8 of 15), rankings that are
// permutations of 1..5 giving exactly those sums, and open answers coded in the frame of
// the five phases. No store: the open answers come from a fake OpenAnswerStream that also
// records which questions and groups it was asked about.
#pragma once

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>


#include "analysis/hand_arithmetic.h"
#include "analysis/survey_analysis.h"

namespace peiling::test {

using Ranking = std::array<int, 5>;  // the number given to phase 1..5

struct FixtureAnswer {
  std::string group;
  std::string question;
  std::string code;
  std::string text;
};

// With `hostile`, a rank item label holds Markdown, CSV and HTML punctuation and one
// open answer is a script tag: every sink must show them as text.
struct GrevenFixture {
  explicit GrevenFixture(bool hostile = true);

  std::unique_ptr<SurveyAnalysis> analysis;
  std::vector<FixtureAnswer> answers;
  std::vector<std::string> streamed_groups;  // every group the stream was asked for

  OpenAnswerStream stream();
};

inline const char* kHostileAnswer = "<script>alert(1)</script>";
inline const char* kHostileLabel = "Fase 3: collegiaal consultant | *niet sturend*, \"vraaggericht\"";

inline Questionnaire greven_questionnaire(bool hostile) {
  Questionnaire q;
  q.id = "greven-fasen";
  q.version = "1";
  q.title = "Verwachtingen van de IB'er";
  q.language = "nl";
  q.groups = {{"directie", "Directie"}, {"ib", "IB'ers"}, {"leerkrachten", "Leerkrachten"}};
  const std::array<std::pair<const char*, const char*>, 5> phases{{
      {"Fase 1", "RT+: werkt met leerlingen, adviseert over plannen"},
      {"Fase 2", "instrumentalist en systeembouwer: leerlingvolgsysteem, overleggen, middelen"},
      {"Fase 3", "collegiaal consultant: volgt de vraag van de leerkracht, niet sturend"},
      {"Fase 4", "coach: stuurt, klassenbezoeken, feedback, video-interactiebegeleiding"},
      {"Fase 5", "kenniscoördinator: verbindt individueel en collectief leren"},
  }};
  CodingFrame frame{"greven", "Fasen van Greven", {}};
  Question rank;
  rank.id = "fasen";
  rank.type = QuestionType::rank;
  rank.text = "Welke fase vindt u het belangrijkst voor de IB'er?";
  rank.high_label = "heel belangrijk";
  rank.low_label = "veel minder belangrijk";
  rank.coding_frame = "greven";
  for (int i = 0; i < 5; ++i) {
    const std::string id = "fase" + std::to_string(i + 1);
    frame.codes.push_back({id, phases[i].first, phases[i].second, {}});
    rank.items.push_back({id, phases[i].first, phases[i].second, id});
  }
  if (hostile) rank.items[2].label = kHostileLabel;
  q.coding_frames.push_back(frame);

  Question years;
  years.id = "jaren";
  years.type = QuestionType::number;
  years.text = "Hoeveel jaar werkt u in het onderwijs?";
  years.unit = "jaar";
  years.min = 0;
  years.max = 50;

  auto open = [](std::string id, std::string text, std::vector<std::string> groups) {
    Question question;
    question.id = std::move(id);
    question.type = QuestionType::text;
    question.text = std::move(text);
    question.groups = std::move(groups);
    question.coding_frame = "greven";
    return question;
  };

  Question talks;
  talks.id = "overleg";
  talks.type = QuestionType::choice;
  talks.text = "Hoe vaak zijn de taken van de IB'er het afgelopen jaar besproken?";
  talks.items = {{"nooit", "nooit", "", ""}, {"1-3", "1 tot 3 keer", "", ""}, {"4-6", "4 tot 6 keer", "", ""},
                 {"meer", "meer dan 6 keer", "", ""}};

  Question content;
  content.id = "tevreden";
  content.type = QuestionType::likert;
  content.text = "Ik ben tevreden over de ondersteuning door de IB'er.";
  content.scale = {"helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"};

  q.questions = {years,
                 rank,
                 open("taak", "Wat is volgens u de belangrijkste taak van de IB'er?", {}),
                 open("rol", "Hoe ziet u de rol van de IB'er bij Passend Onderwijs en HGW?", {"directie", "ib"}),
                 open("hulp", "Voor welke zaken schakelt u het liefst de hulp van de IB'er in?", {"leerkrachten"}),
                 talks,
                 content};
  return q;
}

// Sums and distributions from the rankings; places by the printed mean, competition
// style (two items sharing 3rd place are followed by 5th), as the analysis does.
inline RankSummary rank_summary(const Question& question, const std::vector<Ranking>& rankings) {
  RankSummary summary;
  for (std::size_t i = 0; i < question.items.size(); ++i) {
    RankItemScore score;
    score.item = &question.items[i];
    score.distribution.assign(question.items.size(), 0);
    for (const Ranking& ranking : rankings) {
      score.sum += ranking[i];
      score.answered += 1;
      score.distribution[ranking[i] - 1] += 1;
    }
    summary.items.push_back(score);
  }
  for (RankItemScore& score : summary.items) {
    const auto mean = rounded_fraction(score.sum, score.answered, 1);
    int better = 0, same = 0;
    for (const RankItemScore& other : summary.items) {
      const auto other_mean = rounded_fraction(other.sum, other.answered, 1);
      better += other_mean > mean;
      same += other_mean == mean;
    }
    score.place = better + 1;
    score.shared_place = same > 1;
  }
  return summary;
}

inline const std::map<std::string, std::vector<Ranking>>& greven_rankings() {
  static const std::map<std::string, std::vector<Ranking>> rankings{
      {"directie", {{1, 3, 4, 5, 2}, {1, 4, 3, 5, 2}, {1, 3, 4, 5, 2}}},
      {"ib", {{1, 2, 3, 4, 5}, {1, 2, 4, 5, 3}, {1, 3, 4, 5, 2}, {2, 4, 5, 3, 1}}},
      {"leerkrachten",
       {{1, 2, 3, 4, 5},
        {1, 3, 4, 5, 2},
        {2, 4, 5, 3, 1},
        {3, 4, 5, 2, 1},
        {3, 4, 5, 2, 1},
        {4, 5, 3, 2, 1},
        {5, 4, 3, 2, 1},
        {5, 4, 3, 2, 1}}},
  };
  return rankings;
}

inline std::vector<FixtureAnswer> greven_answers(bool hostile) {
  std::vector<FixtureAnswer> answers{
      {"directie", "taak", "fase4", "Coachen van leerkrachten in de klas."},
      {"directie", "taak", "fase4", "De leerkracht coachen zodat die zelf verder kan."},
      {"directie", "taak", "fase5", "Kennis delen in het team, als coach van het leren."},
      {"directie", "rol", "fase4", "Meer coach dan remedial teacher: de IB'er moet handelingsgericht coachen."},
      {"directie", "rol", "", "Geheime directie-mening over de formatie."},
      {"ib", "taak", "fase3", "Meedenken met de vraag van de leerkracht."},
      {"ib", "taak", "fase2", "Het leerlingvolgsysteem bewaken en de groepsbesprekingen leiden."},
      {"ib", "taak", "fase4", "Klassenbezoeken met feedback."},
      {"ib", "taak", "", "Er zijn voor iedereen,\nook voor ouders."},
      {"ib", "rol", "fase5", "Schakel tussen team en bestuur; kennis over passend onderwijs bundelen."},
      {"ib", "rol", "fase3", "Samen met de leerkracht onderzoeken wat een leerling nodig heeft."},
      {"leerkrachten", "taak", "fase3", "Sparren over een leerling waar ik mee vastloop."},
      {"leerkrachten", "taak", "fase3", "Een luisterend oor en meedenken."},
      {"leerkrachten", "taak", "fase4", "In mijn klas komen kijken en tips geven."},
      {"leerkrachten", "taak", "fase2", "Toetsen analyseren en de zorg organiseren."},
      {"leerkrachten", "taak", "fase4", "Feedback op mijn instructie."},
      {"leerkrachten", "taak", "fase1", "Extra hulp voor zwakke lezers."},
      {"leerkrachten", "hulp", "fase3", "Gedragsproblemen in de groep."},
      {"leerkrachten", "hulp", "fase2", "Contact met externe instanties en het aanvragen van onderzoek."},
      {"leerkrachten", "hulp", "fase4", "Als ik wil dat iemand met me meekijkt in de klas."},
      {"leerkrachten", "hulp", "", "Weet ik nog niet."},
  };
  if (hostile) answers.push_back({"leerkrachten", "hulp", "", kHostileAnswer});
  return answers;
}

inline OpenSummary open_summary(const std::vector<FixtureAnswer>& answers, const std::string& question,
                                const std::string& group) {
  OpenSummary summary;
  for (const FixtureAnswer& answer : answers) {
    if (answer.question != question || (!group.empty() && answer.group != group)) continue;
    summary.answered += 1;
    summary.coded += answer.code.empty() ? 0 : 1;
  }
  return summary;
}

struct GroupFigures {
  NumberSummary years;
  std::vector<int> talks;   // per option
  std::vector<int> content;  // per scale position
  double content_median;
};

// Years in education: n, mean, median, min and max, as the analysis computes them from
// the values given (value -> how many).
inline NumberSummary years(int n, double mean, double median, double min, double max,
                           std::initializer_list<std::pair<const double, int>> values) {
  NumberSummary summary;
  summary.answered = n;
  summary.mean = mean;
  summary.median = median;
  summary.min = min;
  summary.max = max;
  summary.values = values;
  return summary;
}

inline const std::map<std::string, GroupFigures>& greven_figures() {
  static const std::map<std::string, GroupFigures> figures{
      {"directie", {years(3, 79.0 / 3, 24, 18, 37, {{18, 1}, {24, 1}, {37, 1}}), {0, 1, 2, 0}, {0, 0, 1, 2, 0}, 4}},
      {"ib", {years(4, 14.25, 12.5, 6, 26, {{6, 1}, {12, 1}, {13, 1}, {26, 1}}), {0, 3, 1, 0}, {0, 1, 1, 2, 0}, 3.5}},
      {"leerkrachten",
       {years(8, 12.25, 11.5, 3, 34, {{3, 1}, {5, 1}, {8, 1}, {11, 1}, {12, 2}, {13, 1}, {34, 1}}),
        {2, 5, 1, 0},
        {1, 1, 3, 2, 1},
        3}},
      {"",
       {years(15, 15.6, 12, 3, 37,
              {{3, 1}, {5, 1}, {6, 1}, {8, 1}, {11, 1}, {12, 3}, {13, 2}, {18, 1}, {24, 1}, {26, 1}, {34, 1}, {37, 1}}),
        {2, 9, 4, 0},
        {1, 2, 5, 6, 1},
        3}},
  };
  return figures;
}

inline GroupAnalysis group_analysis(const Questionnaire& q, const RespondentGroup* group, int invited,
                                    const std::vector<Ranking>& rankings, const std::vector<FixtureAnswer>& answers) {
  GroupAnalysis analysis;
  analysis.group = group;
  analysis.invited = invited;
  analysis.responded = static_cast<int>(rankings.size());
  analysis.response_percent = whole_percent(analysis.responded, invited);
  const std::string group_id = group ? group->id : "";
  const GroupFigures& figures = greven_figures().at(group_id);
  for (const Question& question : q.questions) {
    if (group && !question.asked_to(group->id)) continue;
    QuestionSummary summary{&question, OpenSummary{}};
    switch (question.type) {
      case QuestionType::rank: summary.result = rank_summary(question, rankings); break;
      case QuestionType::number: summary.result = figures.years; break;
      case QuestionType::text: summary.result = open_summary(answers, question.id, group_id); break;
      case QuestionType::choice:
      case QuestionType::multi: {
        ChoiceSummary choice;
        for (std::size_t i = 0; i < question.items.size(); ++i) {
          choice.options.push_back({&question.items[i], figures.talks[i]});
          choice.answered += figures.talks[i];
        }
        summary.result = choice;
        break;
      }
      case QuestionType::likert: {
        LikertSummary likert{0, figures.content, figures.content_median};
        for (int count : figures.content) likert.answered += count;
        summary.result = likert;
        break;
      }
      case QuestionType::matrix: break;  // the Greven survey has none
    }
    analysis.questions.push_back(summary);
  }
  return analysis;
}

inline GrevenFixture::GrevenFixture(bool hostile) : analysis(std::make_unique<SurveyAnalysis>()) {
  answers = greven_answers(hostile);
  analysis->questionnaire = greven_questionnaire(hostile);
  analysis->survey.id = 1;
  analysis->survey.label = "Basisschool De Linde, nulmeting najaar";
  analysis->survey.questionnaire_id = "greven-fasen";
  analysis->survey.questionnaire_version = "1";
  analysis->survey.responses = 15;
  analysis->definition_hash = "3f2a9c41d07be5aa90c1";
  const Questionnaire& q = analysis->questionnaire;
  const std::map<std::string, int> invited{{"directie", 4}, {"ib", 5}, {"leerkrachten", 15}};
  std::vector<Ranking> everyone;
  for (const RespondentGroup& group : q.groups) {
    const auto& rankings = greven_rankings().at(group.id);
    analysis->groups.push_back(group_analysis(q, &group, invited.at(group.id), rankings, answers));
    everyone.insert(everyone.end(), rankings.begin(), rankings.end());
  }
  analysis->all_groups = group_analysis(q, nullptr, 24, everyone, answers);
}

// The asked-for groups' answers, in the order they were made, like open_answer_stream.
// Records each group asked for.
inline OpenAnswerStream GrevenFixture::stream() {
  return [this](const std::vector<const GroupAnalysis*>& groups, const std::function<void(const OpenAnswer&)>& visit) {
    for (const GroupAnalysis* group : groups) streamed_groups.push_back(group->group->id);
    std::int64_t response_id = 0;
    for (const FixtureAnswer& answer : answers) {
      ++response_id;
      const Question* question = analysis->questionnaire.find_question(answer.question);
      const auto group = std::find_if(groups.begin(), groups.end(),
                                      [&](const GroupAnalysis* g) { return g->group->id == answer.group; });
      if (!question || group == groups.end()) continue;
      OpenAnswer open{response_id, answer.text, answer.code, answer.code.empty() ? "" : "ib", "", question, *group};
      visit(open);
    }
  };
}

}  // namespace peiling::test
