// `peiling code list|set|import` and the dispatch of the other coding verbs (session,
// export, compare, resolve: see code_verbs.h): placing open answers in the coding frame.
#include <ostream>

#include "app/code_verbs.h"
#include "app/verbs.h"
#include "analysis/survey_analysis.h"
#include "engine/csv_reader.h"
#include "base/escape.h"
#include "base/formula_guard.h"

namespace peiling {

namespace {

int list(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling code list --survey ID [--question Q]",
                      "Lists the open answers of a survey with their response ids and codes\n"
                      "('-' = not yet coded), row by row of the coding frame.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "question", po::value<std::string>(), "only this open question");
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  const std::string only = options.has("question") ? options.get<std::string>("question") : "";
  if (!only.empty() && !questionnaire.find_question(only))
    throw UsageError("--question " + only + ": no such question in " + questionnaire.id);
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
  VerbOptions options("peiling code set --response R --question Q --code C [--coder NAME] [--memo TEXT]",
                      "Places one open answer under a code of the question's coding frame.\n"
                      "A second coding by the same coder replaces the first.");
  options.add_db_option();
  options.add()("response", po::value<std::int64_t>()->required(), "the response id (see 'peiling code list')")(
      "question", po::value<std::string>()->required(), "the open question's id")(
      "code", po::value<std::string>()->required(), "a code of the question's coding frame")(
      "coder", po::value<std::string>()->default_value(""), "who coded (for agreement between coders)")(
      "memo", po::value<std::string>()->default_value(""), "a note on why this code");
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  store.set_coding({options.get<std::int64_t>("response"), options.get<std::string>("question"),
                    options.get<std::string>("code"), options.get<std::string>("coder"),
                    options.get<std::string>("memo")});
  io.out << "coded response " << options.get<std::int64_t>("response") << " " << options.get<std::string>("question")
         << " as " << options.get<std::string>("code") << "\n";
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
    throw CsvError(path + ": the header must name the columns response, question and code (coder and memo optional)");
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
      throw CsvError(path + ":" + std::to_string(row.line) + ": response '" + field(response) + "' is not a response id");
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
  VerbOptions options("peiling code import --survey ID FILE.csv",
                      "Imports codings from a CSV file with the columns response, question, code and\n"
                      "optionally coder and memo (as 'code export' writes it). Several codes: f3+f4;\n"
                      "rows with an empty code are left out. All rows are stored, or none when one is wrong.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "file", po::value<std::string>()->required(), "the CSV file");
  options.positional("file", 1);
  if (!options.parse(args, io)) return 0;
  const auto& path = options.get<std::string>("file");
  const auto imported = codings_from_csv(read_csv_file(path), path);
  Store store = open_existing_store(options);
  store.set_codings(options.get<std::int64_t>("survey"), imported.codings, imported.origins);
  io.out << "imported " << imported.codings.size() << " codings from " << path << "\n";
  return 0;
}

}  // namespace

int run_code(const std::vector<std::string>& args, VerbIo& io) {
  static const std::vector<SubVerb> sub_verbs{
      {"session", "code interactively (also: peiling code --survey ID --coder NAME)", run_code_session},
      {"list", "list open answers with their ids and codes", list},
      {"set", "code one open answer", set},
      {"import", "import codings from a CSV file", import},
      {"export", "write a CSV for a second coder to fill in (Excel)", run_code_export},
      {"compare", "agreement between coders (kappa, alpha), disagreements", run_code_compare},
      {"resolve", "walk through disagreements and record the agreed codes", run_code_resolve},
  };
  // `peiling code --survey ID --coder NAME`: the interactive coding session.
  if (!args.empty() && args[0].rfind("--", 0) == 0 && args[0] != "--help") return run_code_session(args, io);
  return dispatch_sub_verb("peiling code", sub_verbs, args, io);
}

}  // namespace peiling
