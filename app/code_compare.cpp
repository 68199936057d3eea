// `peiling code compare --survey ID --coders A,B[,C]`: how far coders agree, per open
// question and overall (percent agreement, Cohen's kappa for two coders, Krippendorff's
// alpha), the confusion matrix of each pair of coders and the answers they disagree on.
#include <algorithm>
#include <ostream>
#include <sstream>

#include "analysis/coder_comparison.h"
#include "analysis/hand_arithmetic.h"
#include "app/code_verbs.h"
#include "base/messages.h"
#include "base/escape.h"

namespace peiling {

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, ',');) {
    const auto first = part.find_first_not_of(' '), last = part.find_last_not_of(' ');
    if (first != std::string::npos) parts.push_back(part.substr(first, last - first + 1));
  }
  return parts;
}

namespace {

std::string statistic(const std::optional<double>& value) {
  return value ? format_decimal(*value, 3, user_language()) : text(Msg::cmp_no_variation);
}

void print_stats(const AgreementStats& stats, std::size_t coders, std::ostream& out) {
  if (stats.units == 0) {
    out << text(Msg::cmp_no_units) << "\n";
    return;
  }
  const int percent = whole_percent(stats.agreeing_pairs, stats.pairs);
  out << text(Msg::cmp_units, stats.units) << "\n";
  if (stats.pairs == 1)  // "1 van 1 antwoord", not "antwoorden"
    out << text(coders == 2 ? Msg::cmp_percent_answers_one : Msg::cmp_percent_pairs_one, percent, stats.agreeing_pairs);
  else
    out << text(coders == 2 ? Msg::cmp_percent_answers : Msg::cmp_percent_pairs, percent, stats.agreeing_pairs,
                stats.pairs);
  out << "\n";
  if (coders == 2) out << text(Msg::cmp_kappa, statistic(stats.cohen_kappa)) << "\n";
  out << text(Msg::cmp_alpha, statistic(stats.krippendorff_alpha)) << "\n";
}

std::vector<CodedUnit> units_of(const QuestionAgreement& question) {
  std::vector<CodedUnit> units;
  for (const auto& answer : question.answers) units.push_back(answer.unit);
  return units;
}

// The confusion matrix of coders a and b over `units`; `scope` says which answers ("alle
// vragen" or a question id).
void print_confusion(const CoderComparison& comparison, const std::vector<CodedUnit>& units, const std::string& scope,
                     std::size_t a, std::size_t b, std::ostream& out) {
  const ConfusionMatrix matrix = confusion_matrix(units, a, b);
  if (matrix.categories.empty()) return;
  out << "\n"
      << text(Msg::cmp_confusion, escape_terminal(scope), escape_terminal(comparison.coders[a]),
              escape_terminal(comparison.coders[b]))
      << "\n";
  std::size_t width = 6;
  for (const auto& category : matrix.categories) width = std::max(width, category.size() + 2);
  auto cell = [&](const std::string& text) { return std::string(width - std::min(width, text.size()), ' ') + text; };
  out << cell("");
  for (const auto& category : matrix.categories) out << cell(escape_terminal(category));
  out << "\n";
  for (std::size_t row = 0; row < matrix.categories.size(); ++row) {
    out << cell(escape_terminal(matrix.categories[row]));
    for (int count : matrix.counts[row]) out << cell(std::to_string(count));
    out << "\n";
  }
}

void print_disagreements(const CoderComparison& comparison, std::ostream& out) {
  const auto disagreements = comparison.disagreements();
  out << "\n" << text(Msg::cmp_disagreements, disagreements.size()) << "\n";
  for (const ComparedAnswer* answer : disagreements) {
    out << text(Msg::cmp_answer, answer->response_id, escape_terminal(answer->question->id),
                escape_terminal(answer->group), escape_terminal(answer->text))
        << "\n   ";
    for (std::size_t c = 0; c < comparison.coders.size(); ++c)
      out << " " << escape_terminal(comparison.coders[c]) << ": "
          << (answer->unit.values[c].empty() ? "-" : escape_terminal(answer->unit.values[c]));
    if (!answer->agreed.empty()) out << text(Msg::cmp_agreed, escape_terminal(joined_codes(answer->agreed)));
    out << "\n";
  }
}

}  // namespace

int run_code_compare(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::code_compare_usage), text(Msg::code_compare_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "coders", po::value<std::string>()->required(), text(Msg::option_compare_coders).c_str());
  if (!options.parse(args, io)) return 0;
  const auto coders = split_list(options.get<std::string>("coders"));
  if (coders.size() < 2) throw UsageError(text(Msg::compare_needs_two));
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const auto known = coders_of(store, survey_id);
  std::string known_list;
  for (const auto& coder : known) known_list += (known_list.empty() ? "" : ", ") + coder;
  for (const auto& coder : coders)
    if (std::find(known.begin(), known.end(), coder) == known.end())
      throw StoreError(text(Msg::coder_unknown, coder, survey_id, known_list.empty() ? text(Msg::no_coders_yet) : known_list));
  const CoderComparison comparison = compare_coders(store, survey_id, questionnaire, coders);
  std::string coder_names;
  for (const auto& coder : coders) coder_names += (coder_names.empty() ? "" : " ") + escape_terminal(coder);
  io.out << text(Msg::cmp_heading, coder_names, survey_id) << "\n";
  for (const auto& question : comparison.questions) {
    io.out << "\n"
           << text(Msg::cmp_question, escape_terminal(question.question->id), escape_terminal(question.question->text))
           << "\n";
    print_stats(question.stats, coders.size(), io.out);
    const std::vector<CodedUnit> units = units_of(question);
    for (std::size_t a = 0; a < coders.size(); ++a)
      for (std::size_t b = a + 1; b < coders.size(); ++b)
        print_confusion(comparison, units, text(Msg::cmp_question_scope, question.question->id), a, b, io.out);
  }
  io.out << "\n" << text(Msg::cmp_all_questions) << "\n";
  print_stats(comparison.overall, coders.size(), io.out);
  std::vector<CodedUnit> pooled;
  for (const auto& question : comparison.questions)
    for (const CodedUnit& unit : units_of(question)) pooled.push_back(unit);
  for (std::size_t a = 0; a < coders.size(); ++a)
    for (std::size_t b = a + 1; b < coders.size(); ++b) print_confusion(comparison, pooled, text(Msg::cmp_all_scope), a, b, io.out);
  print_disagreements(comparison, io.out);
  return 0;
}

}  // namespace peiling
