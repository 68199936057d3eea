// `peiling survey create|list|show|close|reopen`: surveys are administrations of a
// questionnaire; a closed survey takes no responses until it is reopened.
#include <iomanip>
#include <stdexcept>
#include <ostream>

#include "analysis/hand_arithmetic.h"
#include "analysis/wave_comparability.h"
#include "app/data_entry_input.h"
#include "base/messages.h"
#include "app/questionnaire_files.h"
#include "app/verbs.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "base/escape.h"
#include "reports/comparison_text.h"

namespace peiling {

namespace {

// "directie=4" or "Directie=4" (id or label) -> {directie, 4}; anything else is an error
// that says what is wrong.
GroupInvitation parse_group_spec(const std::string& spec, const Questionnaire& questionnaire) {
  const auto equals = spec.find('=');
  if (equals == std::string::npos || equals == 0) throw UsageError(text(Msg::group_spec_shape, spec));
  const std::string count_text = spec.substr(equals + 1);
  std::size_t used = 0;
  int invited = -1;
  try {
    invited = std::stoi(count_text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (count_text.empty() || used != count_text.size() || invited < 0)
    throw UsageError(text(Msg::group_spec_count, spec, count_text));
  const RespondentGroup* group = match_group(questionnaire, spec.substr(0, equals));
  if (!group) throw std::runtime_error(text(Msg::group_unknown, spec, group_choices(questionnaire)));  // exit 1: input
  return {group->id, invited};
}

}  // namespace

// Every group of the questionnaire once, said in the user's language before the store
// (which checks the same) sees them; all problems at once.
std::vector<GroupInvitation> parse_invitations(const std::vector<std::string>& specs, const Questionnaire& questionnaire) {
  std::vector<GroupInvitation> invitations;
  std::vector<std::string> problems;
  for (const auto& spec : specs) {
    const GroupInvitation invitation = parse_group_spec(spec, questionnaire);
    for (const auto& earlier : invitations)
      if (earlier.group == invitation.group) problems.push_back(text(Msg::group_twice, invitation.group));
    invitations.push_back(invitation);
  }
  for (const auto& group : questionnaire.groups) {
    bool invited = false;
    for (const auto& invitation : invitations) invited = invited || invitation.group == group.id;
    if (!invited) problems.push_back(text(Msg::group_missing, group.id, group.id));
  }
  std::string joined;
  for (const auto& problem : problems) joined += (joined.empty() ? "" : "; ") + problem;
  if (!joined.empty()) throw std::runtime_error(joined);
  return invitations;
}

namespace {

std::int64_t parse_survey_id(const std::string& typed) {
  try {
    std::size_t used = 0;
    const auto id = std::stoll(typed, &used);
    if (used == typed.size() && id > 0) return id;
  } catch (const std::exception&) {
  }
  throw UsageError(text(Msg::survey_id_bad, typed));
}

int create(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::survey_create_usage), text(Msg::survey_create_purpose));
  options.add_db_option();
  options.add()("questionnaire", po::value<std::string>()->required(), text(Msg::option_questionnaire).c_str())(
      "name", po::value<std::string>()->required(), text(Msg::option_survey_name).c_str())(
      "group", po::value<std::vector<std::string>>()->required(), text(Msg::option_group_invited).c_str())(
      "follows", po::value<std::string>(), text(Msg::option_follows).c_str());
  if (!options.parse(args, io)) return 0;
  const std::int64_t follows =
      options.has("follows") ? parse_survey_id(options.get<std::string>("follows")) : 0;

  const std::string path = resolve_questionnaire_path(options.get<std::string>("questionnaire"));
  const std::string definition = read_definition_text(path);
  const Questionnaire questionnaire = parse_definition(definition, path);
  const std::vector<GroupInvitation> invitations = parse_invitations(options.get<std::vector<std::string>>("group"), questionnaire);
  if (options.get<std::string>("name").find_first_not_of(" \t") == std::string::npos)
    throw std::runtime_error(text(Msg::label_missing));
  Store store(options.get<std::string>("db"));
  const auto questionnaire_row = store.save_questionnaire(definition, questionnaire);
  io.out << store.create_survey(questionnaire_row, options.get<std::string>("name"), invitations, follows)
         << "\n";
  return 0;
}

std::string state_word(bool open) { return text(open ? Msg::state_open : Msg::state_closed); }

int list(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling survey list", text(Msg::survey_list_purpose));
  options.add_db_option();
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto surveys = store.list_surveys();
  if (surveys.empty()) {
    io.out << text(Msg::survey_list_empty) << "\n";
    return 0;
  }
  io.out << text(Msg::survey_list_heading) << "\n";
  for (const auto& survey : surveys)
    io.out << std::left << std::setw(5) << survey.id << std::setw(9) << state_word(survey.open) << std::setw(11)
           << survey.responses << std::setw(24) << escape_terminal(survey.questionnaire_id)
           << escape_terminal(survey.label) << "\n";
  return 0;
}

void print_questions_per_group(const Questionnaire& questionnaire, std::ostream& out) {
  for (const auto& group : questionnaire.groups) {
    out << "\n" << text(Msg::survey_show_questions, escape_terminal(group.id), escape_terminal(group.label)) << "\n";
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
  out << "\n"
      << (comparability.questions.size() == 1
              ? peiling::text(Msg::follows_survey_one, summary.follows)
              : peiling::text(Msg::follows_survey, summary.follows, comparability.questions.size()));
  if (comparability.notes.empty()) {
    out << peiling::text(Msg::follows_nothing_differs) << "\n";
    return;
  }
  out << peiling::text(Msg::follows_not_comparable) << "\n";
  for (const ComparabilityNote& note : comparability.notes) out << "  " << escape_terminal(text.note(note)) << "\n";
}

// The options of a verb that takes one survey id as its argument (show, close, reopen).
struct SurveyIdVerb {
  VerbOptions options;
  SurveyIdVerb(const std::string& usage, const std::string& purpose) : options(usage, purpose) {
    options.add_db_option();
    options.add()("id", po::value<std::string>()->required(), text(Msg::option_survey_positional).c_str());
    options.positional("id", 1);
  }
  std::int64_t survey_id() const { return parse_survey_id(options.get<std::string>("id")); }
};

int show(const std::vector<std::string>& args, VerbIo& io) {
  SurveyIdVerb verb("peiling survey show ID", text(Msg::survey_show_purpose));
  verb.options.add_lang_option(text(Msg::lang_of_comparability));
  if (!verb.options.parse(args, io)) return 0;
  const auto survey_id = verb.survey_id();
  Store store = open_existing_store(verb.options);
  const SurveyRecord record = store.load_survey(survey_id);
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const auto& summary = record.summary;
  io.out << text(Msg::survey_show_title, summary.id, escape_terminal(summary.label), state_word(summary.open),
                 summary.created_at)
         << "\n"
         << text(Msg::survey_show_questionnaire, escape_terminal(questionnaire.id),
                 escape_terminal(questionnaire.version), escape_terminal(questionnaire.title))
         << "\n"
         << text(Msg::survey_show_hash, record.definition_hash) << "\n\n"
         << text(Msg::survey_show_heading) << "\n";
  for (const auto& tally : record.groups)
    io.out << std::left << std::setw(16) << escape_terminal(tally.group) << std::setw(9) << tally.invited
           << std::setw(11) << tally.responded << whole_percent(tally.responded, tally.invited) << "%\n";
  print_questions_per_group(questionnaire, io.out);
  if (summary.follows != 0) print_comparability(store, summary, questionnaire, verb.options.language(), io.out);
  return 0;
}

// close and reopen: the same verb with the opposite state.
int set_open(const std::vector<std::string>& args, VerbIo& io, bool open) {
  SurveyIdVerb verb(open ? "peiling survey reopen ID" : "peiling survey close ID",
                    text(open ? Msg::survey_reopen_purpose : Msg::survey_close_purpose));
  if (!verb.options.parse(args, io)) return 0;
  const auto survey_id = verb.survey_id();
  Store store = open_existing_store(verb.options);
  const bool was_open = store.load_survey(survey_id).summary.open;
  if (was_open == open) {
    io.out << text(open ? Msg::survey_open_already : Msg::survey_closed_already, survey_id) << "\n";
    return 0;
  }
  store.set_survey_open(survey_id, open);
  io.out << text(open ? Msg::survey_reopened_now : Msg::survey_closed_now, survey_id, survey_id) << "\n";
  return 0;
}

int close(const std::vector<std::string>& args, VerbIo& io) { return set_open(args, io, false); }
int reopen(const std::vector<std::string>& args, VerbIo& io) { return set_open(args, io, true); }

}  // namespace

int run_survey(const std::vector<std::string>& args, VerbIo& io) {
  const std::vector<SubVerb> sub_verbs{
      {"create", text(Msg::sub_create), create}, {"list", text(Msg::sub_list), list},
      {"show", text(Msg::sub_show), show},       {"close", text(Msg::sub_close), close},
      {"reopen", text(Msg::sub_reopen), reopen},
  };
  return dispatch_sub_verb("peiling survey", sub_verbs, args, io);
}

}  // namespace peiling
