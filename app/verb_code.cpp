// `peiling code list|set|import` and the dispatch of the other coding verbs (session,
// export, compare, resolve: see code_verbs.h): placing open answers in the coding frame.
#include <ostream>

#include "app/code_verbs.h"
#include "base/messages.h"
#include "app/verbs.h"
#include "analysis/survey_analysis.h"
#include "engine/csv_reader.h"
#include "base/escape.h"
#include "base/formula_guard.h"

namespace peiling {

namespace {

int list(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::code_list_usage), text(Msg::code_list_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "question", po::value<std::string>(), text(Msg::option_only_question).c_str());
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const std::string only = options.has("question") ? options.get<std::string>("question") : "";
  if (!only.empty() && !questionnaire.find_question(only))
    throw UsageError(text(Msg::no_such_question, only, questionnaire.id));
  for (const auto& question : questionnaire.questions) {
    if (!question.kind().open || (!only.empty() && question.id != only)) continue;
    io.out << "# " << escape_terminal(question.id) << ": " << escape_terminal(question.text) << "\n";
    for_each_open_answer(store, survey_id, questionnaire.find_frame(question.coding_frame), question, "",
                         [&](const OpenAnswer& answer) {
                           io.out << answer.response_id << "\t" << (answer.code.empty() ? "-" : escape_terminal(answer.code)) << "\t"
                                  << escape_terminal(answer.text) << "\n";
                         });
  }
  return 0;
}

int set(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::code_set_usage), text(Msg::code_set_purpose));
  options.add_db_option();
  options.add()("response", po::value<std::int64_t>()->required(), text(Msg::option_response).c_str())(
      "question", po::value<std::string>()->required(), text(Msg::option_open_question).c_str())(
      "code", po::value<std::string>()->required(), text(Msg::option_code).c_str())(
      "coder", po::value<std::string>()->default_value(""), text(Msg::option_coder).c_str())(
      "memo", po::value<std::string>()->default_value(""), text(Msg::option_memo).c_str());
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  store.set_coding({options.get<std::int64_t>("response"), options.get<std::string>("question"),
                    options.get<std::string>("code"), options.get<std::string>("coder"),
                    options.get<std::string>("memo")});
  io.out << text(Msg::coded_as, options.get<std::int64_t>("response"), options.get<std::string>("question"),
                 options.get<std::string>("code"))
         << "\n";
  return 0;
}

struct ImportedCodings {
  std::vector<CodingRecord> codings;
  std::vector<std::string> origins;  // "file.csv:LINE" per coding, for the store's messages
};

// escape_csv guards a field that a spreadsheet would run as a formula with a leading ';
// a file that comes back from `code export` has it still, and it is not part of the text.
std::string without_formula_guard(const std::string& field) {
  return has_formula_guard(field) ? field.substr(1) : field;
}

std::vector<std::string> split_codes(const std::string& field) {
  std::vector<std::string> codes;
  std::size_t start = 0;
  for (auto plus = field.find('+'); ; plus = field.find('+', start)) {
    const auto part = field.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
    const auto first = part.find_first_not_of(' ');
    if (first != std::string::npos) codes.push_back(part.substr(first, part.find_last_not_of(' ') - first + 1));
    if (plus == std::string::npos) return codes;
    start = plus + 1;
  }
}

// Reads the codings of an import file; a row with a missing field is refused by line.
ImportedCodings codings_from_csv(const CsvTable& table, const std::string& path) {
  const int response = table.column("response"), question = table.column("question"), code = table.column("code"),
            coder = table.column("coder"), memo = table.column("memo");
  if (response < 0 || question < 0 || code < 0)
    throw CsvError(text(Msg::codes_header_missing, path));
  ImportedCodings imported;
  for (const auto& row : table.rows) {
    auto field = [&](int column) {
      return column >= 0 && column < static_cast<int>(row.fields.size()) ? row.fields[static_cast<std::size_t>(column)]
                                                                        : std::string();
    };
    if (field(code).empty()) continue;  // not coded (yet): an exported row left blank
    CodingRecord coding{0, field(question), "", without_formula_guard(field(coder)),
                        without_formula_guard(field(memo))};
    try {
      std::size_t used = 0;
      coding.response_id = std::stoll(field(response), &used);
      if (used != field(response).size()) throw std::invalid_argument("trailing text");
    } catch (const std::exception&) {
      throw CsvError(text(Msg::not_a_response_id, path, row.line, field(response)));
    }
    for (const auto& one_code : split_codes(field(code))) {  // "f3+f4": one row per code, one decision
      coding.code = one_code;
      imported.codings.push_back(coding);
      imported.origins.push_back(path + ":" + std::to_string(row.line));
    }
  }
  return imported;
}

int import(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::code_import_usage), text(Msg::code_import_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "file", po::value<std::string>()->required(), text(Msg::option_csv_file).c_str());
  options.positional("file", 1);
  if (!options.parse(args, io)) return 0;
  const auto& path = options.get<std::string>("file");
  const auto imported = codings_from_csv(read_csv_file(path), path);
  Store store = open_existing_store(options);
  store.set_codings(options.get<std::int64_t>("survey"), imported.codings, imported.origins);
  io.out << (imported.codings.size() == 1 ? text(Msg::codings_imported_one, path)
                                         : text(Msg::codings_imported, imported.codings.size(), path))
         << "\n";
  return 0;
}

}  // namespace

int run_code(const std::vector<std::string>& args, VerbIo& io) {
  const std::vector<SubVerb> sub_verbs{
      {"session", text(Msg::sub_code_session), run_code_session},
      {"list", text(Msg::sub_code_list), list},
      {"set", text(Msg::sub_code_set), set},
      {"import", text(Msg::sub_code_import), import},
      {"export", text(Msg::sub_code_export), run_code_export},
      {"compare", text(Msg::sub_code_compare), run_code_compare},
      {"resolve", text(Msg::sub_code_resolve), run_code_resolve},
  };
  // `peiling code --survey ID --coder NAME`: the interactive coding session.
  if (!args.empty() && args[0].rfind("--", 0) == 0 && args[0] != "--help") return run_code_session(args, io);
  return dispatch_sub_verb("peiling code", sub_verbs, args, io);
}

}  // namespace peiling
