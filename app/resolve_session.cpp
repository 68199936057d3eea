// The disagreement walk of resolve_session.h.
#include "app/resolve_session.h"

#include <optional>

#include "analysis/coder_comparison.h"
#include "app/coding_choice.h"
#include "engine/text.h"
#include "base/escape.h"
#include "base/messages.h"

namespace peiling {

namespace {

// Codes as the dialogue shows them, joined with '+' as they are stored.
std::string shown_codes(const std::vector<std::string>& codes) {
  std::string shown;
  for (const std::string& code : codes) shown += (shown.empty() ? "" : "+") + shown_code(code);
  return shown;
}

void show_disagreement(const CoderComparison& comparison, const ComparedAnswer& answer, const CodingFrame& frame,
                       std::ostream& out) {
  out << text(Msg::resolve_answer_heading, escape_terminal(answer.question->id), escape_terminal(answer.group),
              answer.response_id)
      << "  \"" << escape_terminal(answer.text) << "\"\n";
  for (std::size_t c = 0; c < comparison.coders.size(); ++c)
    out << "  " << static_cast<char>('a' + c) << "  " << escape_terminal(comparison.coders[c]) << ": "
        << (answer.unit.values[c].empty() ? "-" : shown_codes(split_joined_codes(answer.unit.values[c]))) << "\n";
  print_code_menu(frame, out);
}

}  // namespace

ResolveSummary run_resolve_session(Store& store, std::int64_t survey_id, const std::vector<std::string>& coders,
                                   std::istream& in, std::ostream& out) {
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const CoderComparison comparison = compare_coders(store, survey_id, questionnaire, coders);
  std::vector<const ComparedAnswer*> open;
  for (const ComparedAnswer* answer : comparison.disagreements())
    if (answer->agreed.empty()) open.push_back(answer);
  ResolveSummary summary;
  out << (open.size() == 1 ? text(Msg::resolve_start_one) : text(Msg::resolve_start, open.size())) << text(Msg::resolve_help);
  std::size_t next = 0;
  std::string memo;
  bool shown = false;
  while (next < open.size()) {
    const ComparedAnswer& answer = *open[next];
    const CodingFrame& frame = *questionnaire.find_frame(answer.question->coding_frame);
    if (!shown) show_disagreement(comparison, answer, frame, out);
    shown = true;
    const std::optional<std::string> command = read_command(in, out);
    if (!command) break;
    const std::string& line = *command;
    if (line == "?" || line.empty()) {
      out << text(Msg::resolve_help);
      continue;
    }
    if (line == "s") {
      ++summary.skipped;
      ++next;
      shown = false;
      memo.clear();
      continue;
    }
    if (line.rfind("m ", 0) == 0) {
      memo = std::string(trim(line.substr(1)));
      out << text(Msg::resolve_memo_noted);
      continue;
    }
    std::optional<std::vector<std::string>> codes;
    const std::size_t letter = static_cast<std::size_t>(line[0] - 'a');
    if (line.size() == 1 && line[0] >= 'a' && letter < coders.size() && line != "n") {
      if (answer.unit.values[letter].empty()) out << text(Msg::resolve_coder_did_not_code);
      else codes = split_joined_codes(answer.unit.values[letter]);
    } else {
      codes = read_code_choice(line, frame, out);
    }
    if (!codes) continue;
    store.record_agreed_codes(answer.response_id, answer.question->id, *codes, memo);
    out << text(Msg::resolve_agreed, shown_codes(*codes));
    ++summary.resolved;
    ++next;
    shown = false;
    memo.clear();
  }
  summary.open = static_cast<int>(open.size()) - summary.resolved;
  out << text(Msg::resolve_end, summary.resolved, summary.open);
  return summary;
}

}  // namespace peiling
