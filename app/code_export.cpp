// `peiling code export --survey ID --coder NAME`: a CSV a second coder (a "critical
// friend") fills in in Excel, one row per open answer, and brings back with
// `peiling code import`. Fields from respondents pass through escape_csv, which also keeps
// Excel from running an answer that starts with = as a formula.
#include <fstream>
#include <map>
#include <ostream>

#include "analysis/coder_comparison.h"
#include "app/code_verbs.h"
#include "base/messages.h"
#include "base/csv_dialect.h"
#include "base/escape.h"

namespace peiling {

namespace {

// "f1 f2 f3 f4 f5 of niet te plaatsen (meerdere: f1+f3)"
std::string allowed_codes(const CodingFrame& frame) {
  std::string text;
  for (const auto& code : frame.codes) text += code.id + " ";
  text += std::string("of ") + kUnplaceable;
  if (frame.multiple) text += " (meerdere codes: " + frame.codes.front().id + "+" + frame.codes.back().id + ")";
  return text;
}

void write_export(Store& store, std::int64_t survey_id, const std::string& coder, std::ostream& out) {
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  std::map<std::pair<std::string, std::int64_t>, std::vector<std::string>> own;
  for (const CodingRecord& coding : store.codings_of(survey_id))
    if (coding.coder == coder) own[{coding.question, coding.response_id}].push_back(coding.code);
  out << "response;question;group;answer;code;coder;memo;allowed_codes\n";
  for (const Question& question : questionnaire.questions) {
    const CodingFrame* frame = questionnaire.find_frame(question.coding_frame);
    if (!question.kind().open || !frame) continue;
    store.for_each_open_answer_text(survey_id, question.id, "", [&](const OpenAnswerText& answer) {
      const auto found = own.find({question.id, answer.response_id});
      const std::string code = found == own.end() ? "" : joined_codes(found->second);
      out << answer.response_id << ";" << escape_csv(question.id) << ";" << escape_csv(answer.group) << ";"
          << escape_csv(answer.text) << ";" << escape_csv(code) << ";" << escape_csv(coder) << ";;"
          << escape_csv(allowed_codes(*frame)) << "\n";
    });
  }
}

}  // namespace

int run_code_export(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::code_export_usage), text(Msg::code_export_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "coder", po::value<std::string>()->required(), text(Msg::option_export_coder).c_str())(
      "out", po::value<std::string>(), text(Msg::option_codes_out).c_str());
  if (!options.parse(args, io)) return 0;
  const auto& coder = options.get<std::string>("coder");
  if (coder.empty()) throw UsageError(text(Msg::coder_empty));
  const std::string path = options.has("out") ? options.get<std::string>("out") : "codes-" + coder + ".csv";
  Store store = open_existing_store(options);
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw std::runtime_error(text(Msg::cannot_write, path));
  write_csv_start(file, kCsvForDutchExcel);  // the BOM: Excel reads the answers' accents as UTF-8
  write_export(store, options.get<std::int64_t>("survey"), coder, file);
  file.flush();
  if (!file) throw std::runtime_error(text(Msg::cannot_write, path));
  io.out << text(Msg::codes_written, path, options.get<std::int64_t>("survey"), path) << "\n";
  return 0;
}

}  // namespace peiling
