// The labelled exports' one pass over a survey's responses; see labelled_export.h.
#include "reports/labelled_export.h"

#include <map>

#include "analysis/disclosure.h"
#include "base/messages.h"
#include "base/utf8.h"
#include "engine/definition_loader.h"
#include "engine/effective_codings.h"
#include "engine/response_stream.h"
#include "reports/atomic_file.h"
#include "reports/labelled_writer.h"
#include "reports/row_spill.h"

namespace peiling {

std::optional<LabelledFormat> labelled_format(std::string_view name) {
  if (name == "sav") return LabelledFormat::sav;
  if (name == "dta") return LabelledFormat::dta;
  if (name == "r") return LabelledFormat::r;
  return std::nullopt;
}

std::filesystem::path codebook_path(const std::filesystem::path& out) { return out.parent_path() / "codebook.html"; }

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a character
  return text.substr(0, end);
}

namespace {

// The groups whose responses go into the export, by the report's --min-group rule: the
// counts of the survey record are all Disclosure needs, so no pass is spent on them.
struct ExportedGroups {
  std::vector<bool> exported;  // per questionnaire group
  // A survey with units: per unit, per questionnaire group, whether its responses are left out.
  std::map<std::string, std::vector<bool>, std::less<>> withheld_cells;
  std::vector<std::string> warnings;
  std::vector<std::string> notes;  // for the codebook
};

// Says that `label`'s responses are left out (or, with --all-groups, in although too few).
void note_small(const std::string& label, int responded, const LabelledExportOptions& options, ExportedGroups& decided) {
  const Language language = options.language;
  const std::string who = responded == 1
                              ? text_in(language, Msg::export_small_group_one, label, options.min_group)
                              : text_in(language, Msg::export_small_group, label, responded, options.min_group);
  if (options.all_groups) {
    decided.warnings.push_back(text_in(language, Msg::export_small_group_included, who));
    decided.notes.push_back(text_in(language, Msg::export_small_group_included_note, who));
  } else {
    decided.warnings.push_back(text_in(language, Msg::export_small_group_left_out, who));
    decided.notes.push_back(text_in(language, Msg::export_small_group_left_out_note, who));
  }
}

// A survey with units (issue 18): --min-group holds per unit and group, so a unit's group
// with too few respondents is left out even where the group as a whole has enough (each
// row names its unit, so those few would stand in the file by themselves).
ExportedGroups decide_cells(const std::vector<UnitTally>& units, const Questionnaire& questionnaire,
                            const LabelledExportOptions& options) {
  ExportedGroups decided;
  decided.exported.assign(questionnaire.groups.size(), true);
  for (const UnitTally& unit : units) {
    std::vector<bool>& withheld = decided.withheld_cells[unit.unit];
    withheld.assign(questionnaire.groups.size(), false);
    for (std::size_t g = 0; g < questionnaire.groups.size() && g < unit.groups.size(); ++g) {
      const int responded = unit.groups[g].responded;
      if (responded == 0 || responded >= options.min_group) continue;
      withheld[g] = !options.all_groups;
      note_small(questionnaire.groups[g].label + " (" + unit.label + ")", responded, options, decided);
    }
  }
  return decided;
}

ExportedGroups decide_groups(const SurveyRecord& record, const Questionnaire& questionnaire,
                             const LabelledExportOptions& options) {
  SurveyAnalysis counts;
  counts.questionnaire = questionnaire;
  for (const RespondentGroup& group : counts.questionnaire.groups) {
    GroupAnalysis analysis;
    analysis.group = &group;
    for (const GroupTally& tally : record.groups)
      if (tally.group == group.id) analysis.responded = tally.responded;
    counts.groups.push_back(analysis);
  }
  const Disclosure disclosure(counts, options.min_group);
  ExportedGroups decided;
  for (const GroupAnalysis& group : counts.groups) {
    const bool shown = disclosure.shows(group) || group.responded == 0;
    decided.exported.push_back(shown || options.all_groups);
    if (!shown) note_small(group.group->label, group.responded, options, decided);
  }
  return decided;
}

std::filesystem::path with_extension(std::filesystem::path path, const char* extension) {
  return path.replace_extension(extension);
}

// The one pass over the responses: each response of an exported group as a row.
void read_rows(Store& store, std::int64_t survey_id, const ExportedGroups& decided, ExportVariables& variables,
               const std::function<void(std::int64_t response_id, const std::vector<ExportCell>& row)>& visit) {
  const std::vector<RespondentGroup>& groups = variables.questionnaire().groups;
  const ResponseRange range = response_range(store, survey_id);
  EffectiveCodings codings(store, range);
  std::vector<ExportCell> row;
  for_each_response(store, survey_id, ResponseFields::with_origin, [&](const ResponseView& response) {
    const auto cells = decided.withheld_cells.find(response.unit);
    for (std::size_t g = 0; g < groups.size(); ++g)
      if (groups[g].id == response.group &&
          (!decided.exported[g] || (cells != decided.withheld_cells.end() && cells->second[g])))
        return;
    variables.fill(response, codings.of_response(response.id), row);
    visit(response.id, row);
  }, range);
}

}  // namespace

LabelledExport write_labelled_export(Store& store, std::int64_t survey_id, const std::filesystem::path& out,
                                     const LabelledExportOptions& options) {
  LabelledExport result;
  const SurveyRecord record = store.load_survey(survey_id);
  const Questionnaire questionnaire = parse_definition(record.definition_text, "survey " + std::to_string(survey_id));
  const std::vector<UnitTally> units = store.unit_tallies(survey_id);
  ExportedGroups groups =
      units.empty() ? decide_groups(record, questionnaire, options) : decide_cells(units, questionnaire, options);
  result.warnings = std::move(groups.warnings);
  ExportVariables variables(questionnaire, options.language, units);
  const bool r = options.format == LabelledFormat::r;
  const std::filesystem::path data = r ? with_extension(out, ".csv") : out;

  replace_file_atomically(data, [&](const std::filesystem::path& temporary) {
    if (r) {  // CSV needs no widths: streamed straight to the file
      auto writer = r_csv_writer(temporary);
      writer->begin(variables, -1);
      read_rows(store, survey_id, groups, variables, [&](std::int64_t id, const std::vector<ExportCell>& row) {
        writer->row(id, row);
        ++result.rows;
      });
      return writer->finish();
    }
    RowSpill spill(variables.variables().size());
    read_rows(store, survey_id, groups, variables,
              [&](std::int64_t id, const std::vector<ExportCell>& row) { spill.add(id, row); });
    variables.fit_text_widths(spill.longest_texts());
    auto writer = readstat_writer(temporary, options.format, result.warnings);
    writer->begin(variables, spill.rows());
    spill.replay([&](std::int64_t id, const std::vector<ExportCell>& row) { writer->row(id, row); });
    writer->finish();
    result.rows = static_cast<int>(spill.rows());
  });
  result.files.push_back(data);
  if (r) {
    const std::filesystem::path script = with_extension(out, ".R");
    write_file_atomically(script, r_script(variables, data.filename().string()));
    result.files.push_back(script);
  }
  const CodebookFacts facts{to_valid_utf8(record.summary.label), data.filename().string(), options.format, result.rows,
                            groups.notes};
  write_file_atomically(codebook_path(out), codebook_html(variables, facts));
  result.files.push_back(codebook_path(out));
  return result;
}

}  // namespace peiling
