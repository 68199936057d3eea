// The disagreement walk of resolve_session.h.
#include "app/resolve_session.h"

#include <optional>

#include "analysis/coder_comparison.h"
#include "app/coding_choice.h"
#include "engine/text.h"
#include "base/escape.h"

namespace peiling {

namespace {

constexpr const char* kHelp =
    "a, b, ... = de code van die codeur overnemen · nummer = code uit het schema · n = niet te plaatsen · "
    "m TEKST = memo · s = overslaan · q = stoppen · ? = hulp\n";

void show_disagreement(const CoderComparison& comparison, const ComparedAnswer& answer, const CodingFrame& frame,
                       std::ostream& out) {
  out << "\nVraag " << escape_terminal(answer.question->id) << " · groep " << escape_terminal(answer.group)
      << " · antwoord " << answer.response_id << "\n  \"" << escape_terminal(answer.text) << "\"\n";
  for (std::size_t c = 0; c < comparison.coders.size(); ++c)
    out << "  " << static_cast<char>('a' + c) << "  " << escape_terminal(comparison.coders[c]) << ": "
        << (answer.unit.values[c].empty() ? "-" : escape_terminal(answer.unit.values[c])) << "\n";
  print_code_menu(frame, out);
}

// "f3+f4" back into codes.
std::vector<std::string> split_joined(const std::string& value) {
  std::vector<std::string> codes;
  std::size_t start = 0;
  for (auto plus = value.find('+'); plus != std::string::npos; plus = value.find('+', start)) {
    codes.push_back(value.substr(start, plus - start));
    start = plus + 1;
  }
  codes.push_back(value.substr(start));
  return codes;
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
  out << open.size() << " antwoorden waarover de codeurs verschillen en nog geen overeengekomen code hebben.\n"
      << kHelp;
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
      out << kHelp;
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
      out << "Memo genoteerd.\n";
      continue;
    }
    std::optional<std::vector<std::string>> codes;
    const std::size_t letter = static_cast<std::size_t>(line[0] - 'a');
    if (line.size() == 1 && line[0] >= 'a' && letter < coders.size() && line != "n") {
      if (answer.unit.values[letter].empty()) out << "Deze codeur heeft dit antwoord niet gecodeerd.\n";
      else codes = split_joined(answer.unit.values[letter]);
    } else {
      codes = read_code_choice(line, frame, out);
    }
    if (!codes) continue;
    store.record_agreed_codes(answer.response_id, answer.question->id, *codes, memo);
    out << "Overeengekomen: " << escape_terminal(joined_codes(*codes)) << "\n";
    ++summary.resolved;
    ++next;
    shown = false;
    memo.clear();
  }
  summary.open = static_cast<int>(open.size()) - summary.resolved;
  out << "\n" << summary.resolved << " verschillen opgelost, " << summary.open << " nog open.\n";
  return summary;
}

}  // namespace peiling
