// The board's tallies; see board_tally.h.
#include "analysis/board_tally.h"

#include <charconv>

namespace peiling {

BoardTally::BoardTally(const Questionnaire& questionnaire) {
  for (const Question& question : questionnaire.questions) tallies_.emplace_back(question, questionnaire.groups.size());
}

void BoardTally::add(std::size_t group, const QuestionRuns& runs, const std::vector<StoredAnswerView>& answers) {
  runs.for_each(answers, [&](std::size_t question, std::span<const StoredAnswerView> run) {
    tallies_[question].add(group, run);
  });
}

void BoardTally::merge(const BoardTally& other) {
  for (std::size_t q = 0; q < tallies_.size() && q < other.tallies_.size(); ++q) tallies_[q].merge(other.tallies_[q]);
  responses_ += other.responses_;
  last_response_ = std::max(last_response_, other.last_response_);
}

std::string BoardTally::saved(const Questionnaire& questionnaire) const {
  return saved_board_tallies(tallies_, questionnaire);
}

bool BoardTally::add_saved(const Questionnaire& questionnaire, std::string_view text) {
  return restore_board_tallies(tallies_, questionnaire, text);
}

// Per question in definition order: a line "question <id> <length>", then the tally's text
// of that length (QuestionTally::saved).
std::string saved_board_tallies(const std::vector<QuestionTally>& tallies, const Questionnaire& questionnaire) {
  std::string text;
  for (std::size_t q = 0; q < tallies.size() && q < questionnaire.questions.size(); ++q) {
    const std::string tally = tallies[q].saved();
    text += "question " + questionnaire.questions[q].id + " " + std::to_string(tally.size()) + "\n" + tally;
  }
  return text;
}

bool restore_board_tallies(std::vector<QuestionTally>& tallies, const Questionnaire& questionnaire,
                           std::string_view text) {
  std::vector<QuestionTally> restored;
  for (std::size_t q = 0; q < tallies.size(); ++q) {
    const Question& question = questionnaire.questions[q];
    const std::string head = "question " + question.id + " ";
    if (!text.starts_with(head)) return false;
    text.remove_prefix(head.size());
    const std::size_t line_end = text.find('\n');
    if (line_end == std::string_view::npos) return false;
    std::size_t length = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + line_end, length);
    if (error != std::errc() || end != text.data() + line_end || length > text.size() - line_end - 1) return false;
    restored.emplace_back(question, questionnaire.groups.size());
    if (!restored.back().restore(text.substr(line_end + 1, length))) return false;
    text.remove_prefix(line_end + 1 + length);
  }
  if (!text.empty()) return false;
  for (std::size_t q = 0; q < tallies.size(); ++q) tallies[q].merge(restored[q]);
  return true;
}

}  // namespace peiling
