// The units of a survey (issue 18): a board's schools, each with its own invited numbers
// per group. Responses name their unit (responses.unit_id); a survey's responses either all
// name one of its units or none does, so the board's figures are always the sum of its
// units' and nothing falls between them. Counts per unit come from one grouped query.
#include <algorithm>
#include <optional>
#include <unordered_map>

#include "base/messages.h"
#include "engine/definition_loader.h"
#include "engine/response_counts.h"
#include "engine/store.h"
#include "engine/store_text.h"
#include "engine/unit_cells.h"
#include "engine/unit_gate.h"
#include "engine/text.h"

namespace peiling {

namespace {

bool well_formed_unit_name(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// The problems of one unit's invitations against the questionnaire, each naming the unit.
void check_unit(const UnitInvitation& unit, const Questionnaire& questionnaire, std::vector<std::string>& problems) {
  if (!well_formed_unit_name(unit.unit)) problems.push_back(text(Msg::unit_name_bad, unit.unit));
  const auto problem = [&](std::string message) {
    problems.push_back(text(Msg::unit_group_problem, unit.unit, message));
  };
  for (std::size_t i = 0; i < unit.invitations.size(); ++i) {
    const GroupInvitation& invitation = unit.invitations[i];
    if (!questionnaire.find_group(invitation.group))
      problem(text(Msg::store_survey_has_no_group, questionnaire.id, invitation.group));
    for (std::size_t k = 0; k < i; ++k)
      if (unit.invitations[k].group == invitation.group) problem(text(Msg::store_group_invited_twice, invitation.group));
    if (invitation.invited < 0) problem(text(Msg::store_invited_negative, invitation.group, invitation.invited));
  }
  for (const RespondentGroup& group : questionnaire.groups)
    if (std::none_of(unit.invitations.begin(), unit.invitations.end(),
                     [&](const GroupInvitation& invitation) { return invitation.group == group.id; }))
      problem(text(Msg::store_group_without_count, group.id, questionnaire.id));
}

int invited_in(const UnitInvitation& unit, const std::string& group) {
  for (const GroupInvitation& invitation : unit.invitations)
    if (invitation.group == group) return invitation.invited;
  return 0;
}

}  // namespace

void Store::add_units(std::int64_t survey_id, const std::vector<UnitInvitation>& units) {
  Transaction transaction(db_);
  const Questionnaire questionnaire = questionnaire_of(survey_id);
  const std::vector<std::string> existing = unit_names(survey_id);
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const UnitInvitation& unit = units[i];
    check_unit(unit, questionnaire, problems);
    if (std::find(existing.begin(), existing.end(), unit.unit) != existing.end())
      problems.push_back(text(Msg::unit_exists, survey_id, unit.unit));
    for (std::size_t k = 0; k < i; ++k)
      if (units[k].unit == unit.unit) problems.push_back(text(Msg::unit_named_twice, unit.unit));
  }
  Statement without_unit(db_, "SELECT 1 FROM responses WHERE survey_id = ? AND unit_id IS NULL LIMIT 1");
  if (without_unit.bind(1, survey_id).step()) problems.push_back(text(Msg::unit_after_responses, survey_id));
  if (!problems.empty()) throw StoreError(join(problems, "; "));

  Statement insert_unit(db_, "INSERT INTO survey_units (survey_id, unit_id, label, position) VALUES (?, ?, ?, ?)");
  Statement insert_group(db_, "INSERT INTO unit_groups (survey_id, unit_id, group_id, invited) VALUES (?, ?, ?, ?)");
  std::int64_t position = static_cast<std::int64_t>(existing.size());
  for (const UnitInvitation& unit : units) {
    insert_unit.reset();
    const std::string label = trim(unit.label).empty() ? unit.unit : unit.label;
    insert_unit.bind(1, survey_id).bind(2, unit.unit).bind(3, label).bind(4, position++).run();
    for (const RespondentGroup& group : questionnaire.groups) {
      insert_group.reset();
      insert_group.bind(1, survey_id).bind(2, unit.unit).bind(3, group.id).bind(4, invited_in(unit, group.id)).run();
    }
  }
  // The board invites everyone its units invite.
  Statement(db_, "UPDATE survey_groups SET invited = (SELECT sum(u.invited) FROM unit_groups u"
                 " WHERE u.survey_id = survey_groups.survey_id AND u.group_id = survey_groups.group_id)"
                 " WHERE survey_id = ?")
      .bind(1, survey_id)
      .run();
  transaction.commit();
}

std::vector<std::string> Store::unit_names(std::int64_t survey_id) {
  Statement query(db_, "SELECT unit_id FROM survey_units WHERE survey_id = ? ORDER BY position");
  query.bind(1, survey_id);
  std::vector<std::string> names;
  while (query.step()) names.push_back(query.column_text(0));
  return names;
}

std::vector<UnitTally> Store::unit_tallies(std::int64_t survey_id) { return tallies_of_units(survey_id, ""); }

std::optional<UnitTally> Store::unit_tally(std::int64_t survey_id, const std::string& unit) {
  auto tallies = tallies_of_units(survey_id, unit);
  if (tallies.empty()) return std::nullopt;
  return std::move(tallies.front());
}

// The survey's units (or only `unit`, not "") with their invited per group and nothing responded yet.
std::vector<UnitTally> Store::units_invited(std::int64_t survey_id, const std::string& unit) {
  const std::string one_unit = unit.empty() ? "" : " AND u.unit_id = ?";
  std::vector<UnitTally> units;
  Statement invited(db_,
                    "SELECT u.unit_id, u.label, g.group_id, g.invited FROM survey_units u"
                    " JOIN unit_groups g ON g.survey_id = u.survey_id AND g.unit_id = u.unit_id"
                    " JOIN survey_groups s ON s.survey_id = g.survey_id AND s.group_id = g.group_id"
                    " WHERE u.survey_id = ?" + one_unit + " ORDER BY u.position, s.position");
  invited.bind(1, survey_id);
  if (!unit.empty()) invited.bind(2, unit);
  while (invited.step()) {
    if (units.empty() || units.back().unit != invited.column_text(0))
      units.push_back({invited.column_text(0), invited.column_text(1), {}});
    units.back().groups.push_back({invited.column_text(2), static_cast<int>(invited.column_int(3)), 0});
  }
  return units;
}

// Every unit's tally, or only `unit`'s (not ""), from the counts kept as responses are stored
// (response_counts.h): neither counts the board's responses.
std::vector<UnitTally> Store::tallies_of_units(std::int64_t survey_id, const std::string& unit) {
  std::vector<UnitTally> units = units_invited(survey_id, unit);
  count_unit_responses(units, survey_id, unit);
  return units;
}

// Adds to `units` (units_invited) their responses per group: every unit's, or only `unit`'s.
void Store::count_unit_responses(std::vector<UnitTally>& units, std::int64_t survey_id, const std::string& unit) {
  if (units.empty()) return;
  UnitCells cells(units);
  read_response_counts(db_, survey_id, unit, [&](const std::string& in_unit, const std::string& group,
                                                 std::int64_t responses) {
    cells.add(in_unit, group, static_cast<int>(responses));
  });
}

UnitGate::UnitGate(Database& db, std::int64_t survey_id) : survey_id_(survey_id) {
  Statement query(db, "SELECT unit_id FROM survey_units WHERE survey_id = ? ORDER BY position");
  query.bind(1, survey_id);
  while (query.step()) units_.push_back(query.column_text(0));
  known_.insert(units_.begin(), units_.end());
}

std::string UnitGate::problem(const std::string& unit) const {
  if (units_.empty()) return unit.empty() ? "" : text(Msg::unit_not_in_survey, survey_id_, unit);
  if (unit.empty()) return text(Msg::unit_required, survey_id_, join(units_, ", "));
  if (!known_.contains(unit))
    return text(Msg::unit_unknown, survey_id_, unit, join(units_, ", "));
  return "";
}

}  // namespace peiling
