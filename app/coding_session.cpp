// The coding session of coding_session.h: a queue of uncoded answers and one command per line.
#include "app/coding_session.h"

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "analysis/code_suggestion.h"
#include "app/coding_choice.h"
#include "engine/text.h"
#include "base/escape.h"
#include "base/messages.h"

namespace peiling {

namespace {

struct SessionAnswer {
  std::int64_t response_id = 0;
  const Question* question = nullptr;
  std::string group;
  std::string text;
};

// The answers to open questions with a frame that `coder` has not coded, question by
// question in definition order, then by response.
std::deque<SessionAnswer> uncoded_answers(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire,
                                          const std::string& coder) {
  std::deque<SessionAnswer> answers;
  for (const Question& question : questionnaire.questions) {
    if (!question.kind().open || !questionnaire.find_frame(question.coding_frame)) continue;
    store.for_each_open_answer_text(survey_id, question.id, coder, [&](const OpenAnswerText& answer) {
      answers.push_back({answer.response_id, &question, answer.group, answer.text});
    });
  }
  return answers;
}

SessionAnswer load_answer(Store& store, const Questionnaire& questionnaire, std::int64_t response_id,
                          const std::string& question_id) {
  SessionAnswer answer{response_id, questionnaire.find_question(question_id), "", ""};
  if (const auto stored = store.open_answer_text(response_id, question_id)) {
    answer.group = stored->group;
    answer.text = stored->text;
  }
  return answer;
}

std::string group_label(const Questionnaire& questionnaire, const std::string& group_id) {
  const RespondentGroup* group = questionnaire.find_group(group_id);
  return group ? group->label : group_id;
}

const Code* show_answer(const Questionnaire& questionnaire, const SessionAnswer& answer, std::size_t remaining,
                        std::ostream& out) {
  const CodingFrame& frame = *questionnaire.find_frame(answer.question->coding_frame);
  out << text(Msg::coding_answer_heading, remaining, escape_terminal(answer.question->id),
              escape_terminal(answer.question->text), escape_terminal(group_label(questionnaire, answer.group)),
              answer.response_id)
      << "  \"" << escape_terminal(answer.text) << "\"\n";
  print_code_menu(frame, out);
  const Code* suggestion = suggest_code(frame, answer.text);
  if (suggestion) {
    const auto number = static_cast<std::size_t>(suggestion - frame.codes.data()) + 1;
    out << text(Msg::coding_suggestion, number, escape_terminal(suggestion->label));
  } else {
    out << text(Msg::coding_no_suggestion);
  }
  if (frame.multiple) out << text(Msg::coding_frame_multiple);
  return suggestion;
}

}  // namespace

CodingSessionSummary run_coding_session(Store& store, std::int64_t survey_id, const std::string& coder,
                                        std::istream& in, std::ostream& out) {
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  std::deque<SessionAnswer> todo = uncoded_answers(store, survey_id, questionnaire, coder);
  CodingSessionSummary summary;
  out << (todo.size() == 1 ? text(Msg::coding_session_start_one, escape_terminal(coder))
                          : text(Msg::coding_session_start, escape_terminal(coder), todo.size()))
      << text(Msg::coding_help);
  std::string memo;
  bool shown = false;
  const Code* suggestion = nullptr;
  while (!todo.empty()) {
    const SessionAnswer& current = todo.front();
    const CodingFrame& frame = *questionnaire.find_frame(current.question->coding_frame);
    if (!shown) suggestion = show_answer(questionnaire, current, todo.size(), out);
    shown = true;
    const std::optional<std::string> command = read_command(in, out);
    if (!command) break;
    const std::string& line = *command;
    if (line == "?") {
      out << text(Msg::coding_help);
      continue;
    }
    if (line == "s") {
      ++summary.skipped;  // stays uncoded: the next session shows it again
      todo.pop_front();
      shown = false;
      memo.clear();
      out << text(Msg::coding_skipped);
      continue;
    }
    if (line == "u") {
      const auto undone = store.undo_last_decision(survey_id, coder);
      if (!undone) {
        out << text(Msg::coding_nothing_to_undo);
        continue;
      }
      ++summary.undone;
      todo.push_front(load_answer(store, questionnaire, undone->first, undone->second));
      out << text(Msg::coding_undone, undone->first, escape_terminal(undone->second));
      shown = false;
      memo.clear();
      continue;
    }
    if (line.rfind("m ", 0) == 0 || line == "m") {
      memo = std::string(trim(line.substr(1)));
      out << text(memo.empty() ? Msg::coding_memo_cleared : Msg::coding_memo_noted);
      continue;
    }
    std::optional<std::vector<std::string>> codes;
    if (line.empty()) {
      if (suggestion) codes = std::vector<std::string>{suggestion->id};
      else out << text(Msg::coding_no_suggestion_to_take);
    } else {
      codes = read_code_choice(line, frame, out);
    }
    if (!codes) continue;
    store.record_decision(current.response_id, current.question->id, coder, *codes, memo);
    std::string saved;
    for (std::size_t i = 0; i < codes->size(); ++i) saved += (i ? ", " : "") + shown_code((*codes)[i]);
    out << text(Msg::coding_saved, saved, memo.empty() ? std::string() : text(Msg::coding_with_memo));
    ++summary.decisions;
    todo.pop_front();
    shown = false;
    memo.clear();
  }
  summary.remaining = static_cast<int>(uncoded_answers(store, survey_id, questionnaire, coder).size());
  out << text(Msg::coding_session_end, summary.decisions, summary.remaining, escape_terminal(coder));
  return summary;
}

}  // namespace peiling
