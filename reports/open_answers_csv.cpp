// open-antwoorden.csv: every open answer of the groups the report may show, written as the
// report model reads them (one pass over the answers, not two).
#include "analysis/survey_analysis.h"
#include "base/escape.h"
#include "reports/report_documents.h"

namespace peiling {

namespace {

std::string code_label(const CodingFrame* frame, const std::string& code_id) {
  if (!frame || code_id.empty()) return "";
  const Code* code = frame->find_code(code_id);
  return code ? code->label : "";
}

}  // namespace

const char* open_answers_csv_header() { return "group,question,code,code_label,answer\n"; }

OpenAnswerStream open_answers_csv_tee(const OpenAnswerStream& open_answers, const Questionnaire& questionnaire,
                                      std::ostream& out) {
  return [&open_answers, &questionnaire, &out](const Question& question, const std::string& group_id,
                                               const std::function<void(const OpenAnswer&)>& visit) {
    const CodingFrame* frame = questionnaire.find_frame(question.coding_frame);
    const std::string group_field = escape_csv(group_id) + "," + escape_csv(question.id) + ",";
    open_answers(question, group_id, [&](const OpenAnswer& answer) {
      out << group_field << escape_csv(answer.code) << "," << escape_csv(code_label(frame, answer.code)) << ","
          << escape_csv(answer.text) << "\n";
      visit(answer);
    });
  };
}

}  // namespace peiling
