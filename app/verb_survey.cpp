// `peiling survey create|list|show`: surveys are administrations of a questionnaire.
#include <iomanip>
#include <ostream>

#include "analysis/hand_arithmetic.h"
#include "analysis/wave_comparability.h"
#include "app/questionnaire_files.h"
#include "app/verbs.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "base/escape.h"
#include "reports/comparison_text.h"

namespace peiling {

namespace {

// "directie=4" -> {directie, 4}; anything else is a usage error that says what is wrong.
GroupInvitation parse_group_spec(const std::string& spec) {
  const auto equals = spec.find('=');
  if (equals == std::string::npos || equals == 0)
    throw UsageError("--group " + spec + ": expected GROUP=INVITED, e.g. --group directie=4");
  const std::string count_text = spec.substr(equals + 1);
  std::size_t used = 0;
  int invited = -1;
  try {
    invited = std::stoi(count_text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (count_text.empty() || used != count_text.size() || invited < 0)
    throw UsageError("--group " + spec + ": '" + count_text + "' is not a number of invited people (0 or more)");
  return {spec.substr(0, equals), invited};
}

std::int64_t parse_survey_id(const std::string& text) {
  try {
    std::size_t used = 0;
    const auto id = std::stoll(text, &used);
    if (used == text.size() && id > 0) return id;
  } catch (const std::exception&) {
  }
  throw UsageError("'" + text + "' is not a survey id (a number, see 'peiling survey list')");
}

int create(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(
      "peiling survey create --questionnaire FILE --name LABEL --group GROUP=INVITED ... [--follows ID]",
      "Creates a survey: one administration of a questionnaire, with how many people of each\n"
      "respondent group were invited. Prints the new survey's id. FILE may also be the id of a\n"
      "bundled questionnaire, e.g. greven-fasen. Use a neutral label (no school or person names).\n"
      "With --follows, the survey is a later wave of an earlier survey of the same questionnaire\n"
      "(a nameting after its nulmeting); 'peiling survey show' says what can be compared.");
  options.add_db_option();
  options.add()("questionnaire", po::value<std::string>()->required(), "definition file or bundled id")(
      "name", po::value<std::string>()->required(), "a label for this administration, e.g. 'nulmeting 2026'")(
      "group", po::value<std::vector<std::string>>()->required(), "GROUP=INVITED, once per respondent group")(
      "follows", po::value<std::string>(), "the id of the earlier survey this one is a later wave of");
  if (!options.parse(args, io)) return 0;
  const std::int64_t follows =
      options.has("follows") ? parse_survey_id(options.get<std::string>("follows")) : 0;

  std::vector<GroupInvitation> invitations;
  for (const auto& spec : options.get<std::vector<std::string>>("group")) invitations.push_back(parse_group_spec(spec));
  const std::string path = resolve_questionnaire_path(options.get<std::string>("questionnaire"));
  const std::string text = read_definition_text(path);
  const Questionnaire questionnaire = parse_definition(text, path);
  Store store(options.get<std::string>("db"));
  const auto questionnaire_row = store.save_questionnaire(text, questionnaire);
  io.out << store.create_survey(questionnaire_row, options.get<std::string>("name"), invitations, follows)
         << "\n";
  return 0;
}

int list(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling survey list", "Lists the surveys in the database.");
  options.add_db_option();
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto surveys = store.list_surveys();
  if (surveys.empty()) {
    io.out << "no surveys yet; create one with 'peiling survey create --help'\n";
    return 0;
  }
  io.out << std::left << std::setw(5) << "id" << std::setw(8) << "state" << std::setw(11) << "responses"
         << std::setw(24) << "questionnaire" << "label\n";
  for (const auto& survey : surveys)
    io.out << std::setw(5) << survey.id << std::setw(8) << (survey.open ? "open" : "closed") << std::setw(11)
           << survey.responses << std::setw(24) << escape_terminal(survey.questionnaire_id)
           << escape_terminal(survey.label) << "\n";
  return 0;
}

void print_questions_per_group(const Questionnaire& questionnaire, std::ostream& out) {
  for (const auto& group : questionnaire.groups) {
    out << "\nquestions for " << escape_terminal(group.id) << " (" << escape_terminal(group.label) << "):\n";
    for (const auto* question : questionnaire.questions_for(group.id))
      out << "  " << std::left << std::setw(12) << escape_terminal(question->id) << std::setw(8)
          << to_string(question->type) << escape_terminal(question->text) << "\n";
  }
}

// A later wave: which earlier survey it follows, and what of the two cannot be compared.
void print_comparability(Store& store, const SurveySummary& summary, const Questionnaire& questionnaire,
                         Language language, std::ostream& out) {
  const Questionnaire earlier = store.questionnaire_of(summary.follows);
  const WaveComparability comparability = check_comparability(earlier, questionnaire);
  const ComparisonText text(language);
  out << "\nfollows survey " << summary.follows << ": " << comparability.questions.size()
      << " questions can be compared";
  if (comparability.notes.empty()) {
    out << ", nothing differs\n";
    return;
  }
  out << "; not comparable:\n";
  for (const ComparabilityNote& note : comparability.notes) out << "  " << escape_terminal(text.note(note)) << "\n";
}

int show(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling survey show ID", "Shows a survey: its groups, invited counts, responses so far\n"
                                                "and the questions each group is asked.");
  options.add_db_option();
  options.add()("id", po::value<std::string>()->required(), "the survey id (see 'peiling survey list')");
  options.positional("id", 1);
  options.add_lang_option("the comparability notes");
  if (!options.parse(args, io)) return 0;
  const auto survey_id = parse_survey_id(options.get<std::string>("id"));
  Store store = open_existing_store(options);
  const SurveyRecord record = store.load_survey(survey_id);
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const auto& summary = record.summary;
  io.out << "survey " << summary.id << ": " << escape_terminal(summary.label) << " ("
         << (summary.open ? "open" : "closed") << ", created " << summary.created_at << ")\n"
         << "questionnaire: " << escape_terminal(questionnaire.id) << " " << escape_terminal(questionnaire.version)
         << ": " << escape_terminal(questionnaire.title) << "\n"
         << "definition hash: " << record.definition_hash << "\n\n"
         << std::left << std::setw(16) << "group" << std::setw(9) << "invited" << std::setw(11) << "responded"
         << "response\n";
  for (const auto& tally : record.groups)
    io.out << std::setw(16) << escape_terminal(tally.group) << std::setw(9) << tally.invited << std::setw(11)
           << tally.responded << whole_percent(tally.responded, tally.invited) << "%\n";
  print_questions_per_group(questionnaire, io.out);
  if (summary.follows != 0) print_comparability(store, summary, questionnaire, options.language(), io.out);
  return 0;
}

}  // namespace


int run_survey(const std::vector<std::string>& args, VerbIo& io) {
  static const std::vector<SubVerb> sub_verbs{
      {"create", "create a survey of a questionnaire with invited counts per group", create},
      {"list", "list the surveys in the database", list},
      {"show", "show a survey's groups, response so far and questions", show},
  };
  return dispatch_sub_verb("peiling survey", sub_verbs, args, io);
}

}  // namespace peiling
