// `peiling unit add|import|list`: the units (schools) of a board's survey, each with its own
// invited numbers per group (issue 18). A board secretary has them in a spreadsheet, so
// `import` reads a CSV with a row per unit and group; `add` declares one unit by hand.
#include <iomanip>
#include <map>
#include <ostream>
#include <stdexcept>

#include "app/data_entry_input.h"
#include "app/verbs.h"
#include "base/escape.h"
#include "base/messages.h"
#include "engine/csv_reader.h"
#include "engine/store_text.h"
#include "engine/text.h"

namespace peiling {

namespace {

int add(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::unit_add_usage), text(Msg::unit_add_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()("unit", po::value<std::string>()->required(), text(Msg::option_unit_name).c_str())(
      "label", po::value<std::string>()->default_value(""), text(Msg::option_unit_label).c_str())(
      "group", po::value<std::vector<std::string>>()->required(), text(Msg::option_unit_group).c_str());
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  UnitInvitation unit{options.get<std::string>("unit"), options.get<std::string>("label"),
                      parse_invitations(options.get<std::vector<std::string>>("group"), questionnaire)};
  store.add_units(survey_id, {unit});
  io.out << text(Msg::unit_added, escape_terminal(unit.unit), survey_id) << "\n";
  return 0;
}

// The column named in either language, or -1.
int column_of(const CsvTable& table, const char* dutch, const char* english) {
  const int found = table.column(dutch);
  return found >= 0 ? found : table.column(english);
}

int required_column(const CsvTable& table, const std::string& path, const char* dutch, const char* english) {
  const int found = column_of(table, dutch, english);
  if (found < 0) throw std::runtime_error(text(Msg::units_csv_missing_column, path, dutch));
  return found;
}

// The units of a CSV file with a row per unit and group, in the order they first appear;
// every problem at once, naming the file and row.
std::vector<UnitInvitation> read_units_csv(const std::string& path, const Questionnaire& questionnaire) {
  const CsvTable table = read_csv_file(path);
  const int unit_column = required_column(table, path, "eenheid", "unit");
  const int group_column = required_column(table, path, "groep", "group");
  const int invited_column = required_column(table, path, "uitgenodigd", "invited");
  const int label_column = column_of(table, "naam", "label");
  std::vector<UnitInvitation> units;
  std::map<std::string, std::size_t> unit_at;
  std::vector<std::string> problems;
  const auto cell = [](const CsvRow& row, int column) {
    return column >= 0 && static_cast<std::size_t>(column) < row.fields.size()
               ? std::string(trim(row.fields[static_cast<std::size_t>(column)]))
               : std::string();
  };
  for (const CsvRow& row : table.rows) {
    const std::string name = cell(row, unit_column), group_text = cell(row, group_column);
    const std::string count_text = cell(row, invited_column), label = cell(row, label_column);
    const RespondentGroup* group = match_group(questionnaire, group_text);
    if (!group)
      problems.push_back(text(Msg::units_csv_row, path, row.record,
                              text(Msg::units_csv_group, group_text, group_choices(questionnaire))));
    std::size_t used = 0;
    int invited = -1;
    try {
      invited = std::stoi(count_text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (count_text.empty() || used != count_text.size() || invited < 0) {
      problems.push_back(text(Msg::units_csv_row, path, row.record, text(Msg::units_csv_count, count_text)));
      continue;
    }
    if (!group) continue;
    const auto [at, added] = unit_at.emplace(name, units.size());
    if (added) units.push_back({name, "", {}});
    UnitInvitation& unit = units[at->second];
    if (unit.label.empty()) unit.label = label;
    unit.invitations.push_back({group->id, invited});
  }
  if (units.empty() && problems.empty()) problems.push_back(text(Msg::units_csv_empty, path));
  if (!problems.empty()) throw std::runtime_error(join(problems, "; "));
  return units;
}

int import(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::unit_import_usage), text(Msg::unit_import_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()("file", po::value<std::string>()->required(), text(Msg::option_units_file).c_str());
  options.positional("file", 1);
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const auto units = read_units_csv(options.get<std::string>("file"), store.questionnaire_of(survey_id));
  store.add_units(survey_id, units);
  io.out << (units.size() == 1 ? text(Msg::units_imported_one, survey_id) : text(Msg::units_imported, units.size(), survey_id))
         << "\n";
  return 0;
}

int list(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::unit_list_usage), text(Msg::unit_list_purpose));
  options.add_db_option();
  options.add_survey_option();
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  store.load_survey(survey_id);  // an unknown survey is said as such
  const auto units = store.unit_tallies(survey_id);
  if (units.empty()) {
    io.out << text(Msg::unit_list_empty, survey_id) << "\n";
    return 0;
  }
  io.out << text(Msg::unit_list_heading) << "\n";
  for (const UnitTally& unit : units)
    for (const GroupTally& group : unit.groups)
      io.out << std::left << std::setw(17) << escape_terminal(unit.unit) << std::setw(17) << escape_terminal(group.group)
             << std::setw(9) << group.invited << group.responded << "\n";
  return 0;
}

}  // namespace

int run_unit(const std::vector<std::string>& args, VerbIo& io) {
  const std::vector<SubVerb> sub_verbs{
      {"add", text(Msg::sub_unit_add), add},
      {"import", text(Msg::sub_unit_import), import},
      {"list", text(Msg::sub_unit_list), list},
  };
  return dispatch_sub_verb("peiling unit", sub_verbs, args, io);
}

}  // namespace peiling
