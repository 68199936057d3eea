// Synthetic responses; see synthetic_responses.h. The answers of each question type are
// made in one place, synthetic_answers, a switch over the types without a default, so the
// compiler names this file when a new type is added.
#include "app/synthetic_responses.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "engine/definition_loader.h"
#include "engine/show_if.h"

namespace peiling {

namespace {

constexpr std::array<const char*, 40> kWords{
    "de",        "ib'er",     "leerkracht", "helpt",      "bij",        "het",        "maken",     "van",
    "een",       "plan",      "voor",       "leerlingen", "die",        "extra",      "hulp",      "nodig",
    "hebben",    "en",        "denkt",      "mee",        "over",       "groepsbespreking", "ouders", "in",
    "de klas",   "feedback",  "na",         "observatie", "samen",      "met",        "team",      "zorg",
    "structuur", "coachen",   "handelingsgericht", "werken", "kennis", "delen",      "school",    "afspraken"};

int uniform(std::mt19937& random, int low, int high) {
  return std::uniform_int_distribution<int>(low, high)(random);
}

bool chance(std::mt19937& random, double probability) {
  return std::uniform_real_distribution<double>(0, 1)(random) < probability;
}

// An open answer: mostly a sentence, sometimes a few words, sometimes a long paragraph
// (one in eight runs to the question's maximum length), now and then over two lines.
std::string open_answer(const Question& question, std::mt19937& random) {
  const int kind = uniform(random, 0, 7);
  const int words = kind == 0 ? uniform(random, 1, 4) : kind < 5 ? uniform(random, 6, 22) : uniform(random, 40, 160);
  std::string text;
  for (int i = 0; i < words; ++i) {
    std::string word = kWords[static_cast<std::size_t>(uniform(random, 0, static_cast<int>(kWords.size()) - 1))];
    if (i == 0) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    text += (i == 0 ? "" : i % 17 == 0 && chance(random, 0.3) ? "\n" : " ") + word;
  }
  text += ".";
  const std::size_t limit = std::max<std::size_t>(question.max_length, 1);
  if (text.size() > limit) {  // cut at the last whole word (the words are ASCII, so no character is cut)
    text.resize(limit);
    const auto space = text.find_last_of(" \n");
    if (space != std::string::npos && space > 0) text.resize(space);
  }
  return text;
}

std::string number_answer(const Question& question, std::mt19937& random) {
  const double low = std::ceil(question.min), high = std::floor(question.max);
  if (question.integer || high - low >= 10)
    return std::to_string(uniform(random, static_cast<int>(low), static_cast<int>(std::max(low, high))));
  const double value = std::uniform_real_distribution<double>(question.min, question.max)(random);
  return std::to_string(std::round(value * 10) / 10);
}

// The options to tick: between min_choices and max_choices (when set), at least one.
std::vector<const Item*> ticked_options(const Question& question, std::mt19937& random) {
  const int options = static_cast<int>(question.items.size());
  const int most = question.max_choices > 0 ? std::min(question.max_choices, options) : options;
  const int count = uniform(random, std::max(1, question.min_choices), std::max(1, most));
  std::vector<const Item*> ticked;
  for (const Item& item : question.items) ticked.push_back(&item);
  std::shuffle(ticked.begin(), ticked.end(), random);
  ticked.resize(static_cast<std::size_t>(std::min(count, options)));
  return ticked;
}

// The answers to one question, as engine/response.h spreads each type over answers.
std::vector<Answer> synthetic_answers(const Question& question, std::mt19937& random) {
  const std::string& id = question.id;
  switch (question.type) {
    case QuestionType::rank: {
      std::vector<int> numbers(question.items.size());
      std::iota(numbers.begin(), numbers.end(), 1);
      std::shuffle(numbers.begin(), numbers.end(), random);
      std::vector<Answer> answers;
      for (std::size_t i = 0; i < question.items.size(); ++i)
        answers.push_back({id, question.items[i].id, std::to_string(numbers[i])});
      return answers;
    }
    case QuestionType::number: return {{id, "", number_answer(question, random)}};
    case QuestionType::text: return {{id, "", open_answer(question, random)}};
    case QuestionType::choice: {
      const auto& option = question.items[static_cast<std::size_t>(uniform(random, 0, static_cast<int>(question.items.size()) - 1))];
      return {{id, "", option.id}};
    }
    case QuestionType::multi: {
      std::vector<Answer> answers;
      for (const Item* option : ticked_options(question, random)) answers.push_back({id, option->id, "1"});
      return answers;
    }
    case QuestionType::likert:
      return {{id, "", std::to_string(uniform(random, 1, static_cast<int>(question.scale.size())))}};
    case QuestionType::matrix: {  // a scale position per statement
      std::vector<Answer> answers;
      for (const Item& statement : question.items)
        answers.push_back({id, statement.id, std::to_string(uniform(random, 1, static_cast<int>(question.scale.size())))});
      return answers;
    }
  }
  return {};
}

}  // namespace

int SyntheticPlan::responses_of(const std::string& group_id) const {
  const auto found = group_counts.find(group_id);
  return found == group_counts.end() ? per_group : found->second;
}

ResponseDraft synthetic_response(const Questionnaire& questionnaire, const std::string& group_id,
                                 std::mt19937& random) {
  ResponseDraft draft{group_id, {}};
  for (const Question* question : questionnaire.questions_for(group_id)) {
    if (!is_shown(questionnaire, *question, draft.answers)) continue;  // a condition on an earlier answer
    if (!question->required && chance(random, 0.15)) continue;
    for (Answer& answer : synthetic_answers(*question, random)) draft.answers.push_back(std::move(answer));
  }
  return draft;
}

std::vector<ResponseDraft> synthetic_responses(const Questionnaire& questionnaire, const SyntheticPlan& plan) {
  std::mt19937 random(plan.seed);
  std::vector<ResponseDraft> drafts;
  for (const RespondentGroup& group : questionnaire.groups)
    for (int i = 0; i < plan.responses_of(group.id); ++i)
      drafts.push_back(synthetic_response(questionnaire, group.id, random));
  return drafts;
}

std::int64_t build_synthetic_survey(Store& store, const std::string& definition_path, const std::string& label,
                                    const SyntheticPlan& plan) {
  const std::string text = read_definition_text(definition_path);
  const Questionnaire questionnaire = parse_definition(text, definition_path);
  const auto row = store.save_questionnaire(text, questionnaire);
  std::vector<GroupInvitation> invitations;
  for (const RespondentGroup& group : questionnaire.groups)
    invitations.push_back({group.id, plan.responses_of(group.id) + plan.responses_of(group.id) / 3 + 1});
  const auto survey_id = store.create_survey(row, label, invitations);
  const std::vector<ResponseDraft> drafts = synthetic_responses(questionnaire, plan);
  const auto ids = store.add_responses(survey_id, drafts, ResponseSource::import);

  std::mt19937 random(plan.seed + 1);
  std::vector<CodingRecord> codings;
  std::vector<std::string> origins;
  for (std::size_t i = 0; i < drafts.size(); ++i)
    for (const Answer& answer : drafts[i].answers) {
      const Question* question = questionnaire.find_question(answer.question);
      const CodingFrame* frame = question->type == QuestionType::text ? questionnaire.find_frame(question->coding_frame)
                                                                      : nullptr;
      if (!frame || frame->codes.empty() || chance(random, 0.5)) continue;
      const Code& code = frame->codes[static_cast<std::size_t>(uniform(random, 0, static_cast<int>(frame->codes.size()) - 1))];
      codings.push_back({ids[i], answer.question, code.id, "synthetisch", ""});
      origins.push_back("synthetic response " + std::to_string(i + 1));
    }
  if (!codings.empty()) store.set_codings(survey_id, codings, origins);
  return survey_id;
}

}  // namespace peiling
