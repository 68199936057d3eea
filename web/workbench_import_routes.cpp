// Importing a CSV of responses from the workbench, in two steps: the upload is checked by
// the import itself in a dry run (every row through validate_response, all or nothing, the
// header and the "imported before" rule included) and every bad row is shown with its
// reasons while nothing is stored; only a file without a bad row can then be confirmed,
// which runs the same import for real. A file whose columns are not those of `peiling
// template` (an export of Google Forms or Microsoft Forms) first gets a page that maps each
// of its columns to a question, guessed from the headers (engine/column_guess.h) and
// changeable per column; the dry run and the import then read it through that mapping, as
// `peiling import --map` does.
#include <filesystem>
#include <fstream>

#include "analysis/import_board_tallies.h"
#include "base/escape.h"
#include "base/messages.h"
#include "engine/column_guess.h"
#include "engine/csv_columns.h"
#include "engine/csv_import.h"
#include "engine/fold_case.h"
#include "web/security.h"
#include "web/workbench_pages.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

constexpr std::size_t kRowsShown = 200;  // bad rows listed on the page; the count says the rest

struct DryRun {
  std::int64_t good_rows = 0;
  std::int64_t bad_rows = 0;
  std::vector<std::string> reasons;  // every reason of the first kRowsShown bad rows, then refusals
};

std::string import_path(std::int64_t id) { return "/peilingen/" + std::to_string(id) + "/import"; }

// The uploaded file's name as a plain file name (it appears in messages and in the store).
std::string safe_file_name(const std::string& uploaded) {
  std::string name;
  for (char c : std::filesystem::path(uploaded).filename().string())
    name += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_') ? c : '_';
  if (name.empty() || name[0] == '.') name = "antwoorden.csv";
  return name.substr(0, 100);
}

// Messages name the file by its path; the user knows it by its own name.
std::string without_folder(std::string message, const std::filesystem::path& folder) {
  const std::string prefix = folder.string() + "/";
  for (std::size_t at; (at = message.find(prefix)) != std::string::npos;) message.erase(at, prefix.size());
  return message;
}

// Runs the import (dry or for real) and gathers what it says.
DryRun run_import(WorkbenchServer::State& state, std::int64_t survey_id, const PendingImport& pending, bool dry) {
  const std::filesystem::path& file = pending.file;
  DryRun result;
  CsvImportOptions options;
  options.dry_run = dry;
  options.mapping = pending.mapped ? &pending.mapping : nullptr;
  options.on_rejected = [&](const CsvRow&, const std::vector<std::string>& reasons) {
    if (++result.bad_rows > static_cast<std::int64_t>(kRowsShown)) return;
    for (const auto& reason : reasons) result.reasons.push_back(without_folder(reason, file.parent_path()));
  };
  try {
    std::lock_guard lock(state.store_mutex);
    const auto board_tallies = dry ? nullptr : ImportBoardTallies::for_survey(state.store, survey_id);
    options.tallies = board_tallies.get();
    result.good_rows = import_responses_csv(state.store, survey_id, file.string(), options).stored;
  } catch (const CsvImportRefused& refused) {
    if (result.bad_rows == 0)  // with bad rows the refusal only repeats them, in terms of the command line
      for (const auto& problem : refused.problems()) result.reasons.push_back(without_folder(problem, file.parent_path()));
  } catch (const CsvError& problem) {
    result.reasons.push_back(without_folder(problem.what(), file.parent_path()));
  }
  return result;
}

std::string upload_form(std::int64_t id, const std::string& csrf) {
  return "<form method=\"post\" action=\"" + import_path(id) + "\" enctype=\"multipart/form-data\">" + csrf_field(csrf) +
         "<p><label for=\"csv\">" + escape_html(text(Msg::wbr_csv_label)) + "</label><span class=\"help\" id=\"csv-help\">" +
         escape_html(text(Msg::wbr_csv_help)) + "</span><input id=\"csv\" name=\"csv\" type=\"file\" "
         "accept=\".csv,.txt,text/csv\" required aria-describedby=\"csv-help\"></p><p><button class=\"button\" "
         "type=\"submit\">" + escape_html(text(Msg::wbr_check_button)) + "</button></p></form>";
}

std::string reasons_list(const DryRun& run) {
  std::string html = "<ul class=\"rows\">";
  for (const auto& reason : run.reasons) html += "<li>" + escape_html(reason) + "</li>";
  html += "</ul>";
  if (run.bad_rows > static_cast<std::int64_t>(kRowsShown))
    html += "<p>" + escape_html(text(Msg::wbr_more_refused, run.bad_rows - static_cast<std::int64_t>(kRowsShown))) +
            "</p>";
  return html;
}

std::string refused_part(const DryRun& run) {
  const std::string what = run.bad_rows == 1 ? text(Msg::wbr_one_row_refused)
                           : run.bad_rows > 1 ? text(Msg::wbr_rows_refused, run.bad_rows)
                                              : text(Msg::wbr_file_not_importable);
  return "<div class=\"error summary\" role=\"alert\"><p><strong>" + escape_html(what + text(Msg::wbr_nothing_stored_fix)) +
         "</strong> " + escape_html(text(Msg::wbr_fix_and_upload)) + "</p>" + reasons_list(run) + "</div>";
}

std::string confirm_part(std::int64_t id, const DryRun& run, const std::string& upload_id, const std::string& csrf) {
  return "<p class=\"notice\" role=\"status\">" + escape_html(run.good_rows == 1 ? text(Msg::wbr_one_row_ready) : text(Msg::wbr_all_rows_ready, run.good_rows)) +
         "</p><form method=\"post\" action=\"" + import_path(id) +
         "/opslaan\">" + csrf_field(csrf) + "<input type=\"hidden\" name=\"upload\" value=\"" + escape_html(upload_id) +
         "\"><p><button class=\"button\" type=\"submit\">" + escape_html(text(Msg::wbr_store_button)) +
         "</button> <a href=\"" + import_path(id) + "\">" + escape_html(text(Msg::wbr_cancel)) + "</a></p></form>";
}

// The file's header and its first row (empty when there is none); CsvError when it is no CSV.
struct FileColumns {
  std::vector<std::string> headers;
  std::vector<std::string> first_row;
};

FileColumns file_columns(const std::filesystem::path& file, const std::string& shown_name) {
  std::ifstream in(file, std::ios::binary);
  CsvReader reader(in, shown_name);
  FileColumns columns{reader.header(), {}};
  CsvRow row;
  if (reader.next(row)) columns.first_row = row.fields;
  return columns;
}

// True when every header is a column of the template, so the file imports as it is.
bool in_template_layout(const Questionnaire& questionnaire, const std::vector<std::string>& headers) {
  const auto columns = canonical_columns(questionnaire);
  return std::all_of(headers.begin(), headers.end(), [&](const std::string& header) {
    return std::any_of(columns.begin(), columns.end(),
                       [&](const CsvColumn& column) { return fold_case(column.name) == fold_case(header); });
  });
}

// What a column of the template holds, for the choice: "fasen.f1 · Rangorde: Coach".
std::string column_description(const CsvColumn& column) {
  if (!column.question) return column.name + " · " + text(Msg::wbc_import_group_column);
  return column.name + " · " + column.question->text + (column.item ? ": " + column.item->label : "");
}

std::string column_select(std::size_t index, const std::vector<CsvColumn>& columns, const std::string& chosen) {
  std::string html = "<select id=\"kolom-" + std::to_string(index) + "\" name=\"kolom-" + std::to_string(index) +
                     "\"><option value=\"\">" + escape_html(text(Msg::wbc_import_skip_column)) + "</option>";
  for (const CsvColumn& column : columns)
    html += "<option value=\"" + escape_html(column.name) + "\"" + (column.name == chosen ? " selected" : "") + ">" +
            escape_html(column_description(column)) + "</option>";
  return html + "</select>";
}

// The mapping step: per column of the file its header, first value and the question it holds.
std::string mapping_form(std::int64_t id, const Questionnaire& questionnaire, const FileColumns& file,
                         const std::vector<std::string>& chosen, const std::string& upload_id, const std::string& csrf) {
  const auto columns = canonical_columns(questionnaire);
  std::string html = "<h2>" + escape_html(text(Msg::wbc_import_map_heading)) + "</h2><p>" +
                     escape_html(text(Msg::wbc_import_map_explained, file.headers.size())) +
                     "</p><form method=\"post\" action=\"" + import_path(id) + "/koppelen\">" + csrf_field(csrf) +
                     "<input type=\"hidden\" name=\"upload\" value=\"" + escape_html(upload_id) +
                     "\"><table class=\"surveys mapping\"><caption>" + escape_html(text(Msg::wbc_import_map_caption)) +
                     "</caption><thead><tr><th scope=\"col\">" + escape_html(text(Msg::wbc_import_file_column)) +
                     "</th><th scope=\"col\">" + escape_html(text(Msg::wbc_import_first_value)) +
                     "</th><th scope=\"col\">" + escape_html(text(Msg::wbc_import_as)) + "</th></tr></thead><tbody>";
  for (std::size_t index = 0; index < file.headers.size(); ++index)
    html += "<tr><th scope=\"row\"><label for=\"kolom-" + std::to_string(index) + "\">" +
            escape_html(file.headers[index]) + "</label></th><td>" +
            escape_html(index < file.first_row.size() ? file.first_row[index] : "") + "</td><td>" +
            column_select(index, columns, index < chosen.size() ? chosen[index] : "") + "</td></tr>";
  return html + "</tbody></table><p><button class=\"button\" type=\"submit\">" +
         escape_html(text(Msg::wbc_import_map_check)) + "</button> <a href=\"" + import_path(id) + "\">" +
         escape_html(text(Msg::wbc_import_cancel)) + "</a></p></form>";
}

// A file waiting under its own columns (no mapping), not yet checked.
PendingImport unmapped(std::int64_t id, const std::filesystem::path& file) {
  PendingImport pending;
  pending.survey_id = id;
  pending.file = file;
  return pending;
}

std::string import_title(WorkbenchServer::State& state, std::int64_t id) {
  std::lock_guard lock(state.store_mutex);
  return text(Msg::wbr_import_title, state.store.load_survey(id).summary.label);
}

// The columns of an upload that is not in the template's layout (so needs mapping), or
// nothing; a file that is no CSV at all is left to the import's own message.
std::optional<FileColumns> exported_form_columns(WorkbenchServer::State& state, std::int64_t id,
                                                 const std::filesystem::path& file, const std::string& shown_name) {
  FileColumns columns;
  try {
    columns = file_columns(file, shown_name);
  } catch (const CsvError&) {
    return std::nullopt;
  }
  std::lock_guard lock(state.store_mutex);
  if (in_template_layout(state.store.questionnaire_of(id), columns.headers)) return std::nullopt;
  return columns;
}

void get_import(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  send_html(response, 200, workbench_page(import_title(state, id), upload_form(id, workbench_csrf(state))));
}

void post_dry_run(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const std::string title = import_title(state, id);
  if (!request.has_file("csv") || request.get_file_value("csv").filename.empty())
    return send_html(response, 422, workbench_page(title, error_box(text(Msg::wbr_choose_csv)) +
                                                              upload_form(id, workbench_csrf(state))));
  const auto upload = request.get_file_value("csv");
  const std::string upload_id = random_key();
  const std::filesystem::path folder = state.upload_dir / upload_id;
  std::filesystem::create_directory(folder);
  const std::filesystem::path file = folder / safe_file_name(upload.filename);
  std::ofstream(file, std::ios::binary) << upload.content;
  const std::string csrf = workbench_csrf(state);
  if (auto columns = exported_form_columns(state, id, file, upload.filename)) {
    std::lock_guard lock(state.store_mutex);
    state.pending_imports[upload_id] = unmapped(id, file);
    const Questionnaire questionnaire = state.store.questionnaire_of(id);
    return send_html(response, 200, workbench_page(title, mapping_form(id, questionnaire, *columns,
                                                                       guess_columns(questionnaire, columns->headers),
                                                                       upload_id, csrf)));
  }
  const DryRun run = run_import(state, id, unmapped(id, file), true);
  if (run.bad_rows > 0 || !run.reasons.empty() || run.good_rows == 0) {
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    const std::string body = run.reasons.empty() && run.bad_rows == 0
                                 ? error_box(text(Msg::wbr_no_responses_in_file, upload.filename))
                                 : refused_part(run);
    return send_html(response, 422, workbench_page(title, body + upload_form(id, csrf)));
  }
  {
    std::lock_guard lock(state.store_mutex);
    PendingImport& pending = state.pending_imports[upload_id];
    pending = unmapped(id, file);
    pending.checked = true;
  }
  send_html(response, 200, workbench_page(title, confirm_part(id, run, upload_id, csrf)));
}

// The mapping chosen on the page, tried in a dry run: refused with every reason (the mapping
// shown again to change), or waiting for confirmation.
void post_mapping(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const std::string title = import_title(state, id);
  const std::string upload_id = posted_field(request, "upload");
  PendingImport pending;
  Questionnaire questionnaire;
  {
    std::lock_guard lock(state.store_mutex);
    const auto found = state.pending_imports.find(upload_id);
    if (found == state.pending_imports.end() || found->second.survey_id != id)
      return send_html(response, 404, workbench_message_page(title, text(Msg::wbr_upload_expired)));
    pending = found->second;
    questionnaire = state.store.questionnaire_of(id);
  }
  const FileColumns file = file_columns(pending.file, pending.file.filename().string());
  const auto columns = canonical_columns(questionnaire);
  std::vector<std::string> chosen;
  for (std::size_t index = 0; index < file.headers.size(); ++index) {
    chosen.push_back(posted_field(request, "kolom-" + std::to_string(index)));
    if (!chosen.back().empty() && std::none_of(columns.begin(), columns.end(), [&](const CsvColumn& column) {
          return column.name == chosen.back();
        }))
      throw StoreError(text(Msg::wbc_import_no_such_column, chosen.back()));
  }
  pending.mapped = true;
  pending.mapping = mapping_from_choices(file.headers, chosen);
  const DryRun run = run_import(state, id, pending, true);
  const std::string csrf = workbench_csrf(state);
  const bool good = run.bad_rows == 0 && run.reasons.empty() && run.good_rows > 0;
  pending.checked = good;
  {
    std::lock_guard lock(state.store_mutex);
    state.pending_imports[upload_id] = pending;
  }
  if (!good)
    return send_html(response, 422,
                     workbench_page(title, (run.reasons.empty() && run.bad_rows == 0
                                                ? error_box(text(Msg::wbc_import_no_rows))
                                                : refused_part(run)) +
                                               mapping_form(id, questionnaire, file, chosen, upload_id, csrf)));
  send_html(response, 200, workbench_page(title, confirm_part(id, run, upload_id, csrf)));
}

void post_store(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const std::string title = import_title(state, id);
  PendingImport pending;
  {
    std::lock_guard lock(state.store_mutex);
    const auto found = state.pending_imports.find(posted_field(request, "upload"));
    if (found == state.pending_imports.end() || found->second.survey_id != id || !found->second.checked)
      return send_html(response, 404, workbench_message_page(title, text(Msg::wbr_upload_expired)));
    pending = found->second;
    state.pending_imports.erase(found);
  }
  const DryRun run = run_import(state, id, pending, false);
  std::error_code ignored;
  std::filesystem::remove_all(pending.file.parent_path(), ignored);
  if (run.bad_rows > 0 || !run.reasons.empty())
    return send_html(response, 422, workbench_page(title, refused_part(run) + upload_form(id, workbench_csrf(state))));
  send_html(response, 200,
            workbench_page(title, "<p class=\"notice\" role=\"status\">" +
                                      escape_html(run.good_rows == 1 ? text(Msg::wbr_stored_one) : text(Msg::wbr_stored_count, run.good_rows)) + "</p><p><a href=\"/\">" +
                                      escape_html(text(Msg::wbr_back_to_surveys)) + "</a> · <a href=\"/peilingen/" +
                                      std::to_string(id) + "/rapport\">" + escape_html(text(Msg::wbr_to_report)) +
                                      "</a></p>"));
}

}  // namespace

void add_workbench_import_routes(WorkbenchServer::State& state) {
  auto& http = state.http;
  http.Get(R"(/peilingen/(\d{1,18})/import)", page_route(state, get_import));
  http.Post(R"(/peilingen/(\d{1,18})/import)", form_route(state, post_dry_run));
  http.Post(R"(/peilingen/(\d{1,18})/import/opslaan)", form_route(state, post_store));
  http.Post(R"(/peilingen/(\d{1,18})/import/koppelen)", form_route(state, post_mapping));
}

}  // namespace peiling::web
