// open-antwoorden.csv: every open answer of the groups the report may show, streamed.
#include "analysis/survey_analysis.h"
#include "reports/escape.h"
#include "reports/report_documents.h"

namespace peiling {

namespace {

std::string code_label(const CodingFrame* frame, const std::string& code_id) {
  if (!frame || code_id.empty()) return "";
  const Code* code = frame->find_code(code_id);
  return code ? code->label : "";
}

}  // namespace

void write_open_answers_csv(const ReportModel& model, const OpenAnswerStream& open_answers, std::ostream& out) {
  out << "group,question,code,code_label,answer\n";
  for (const Shoebox& shoebox : model.shoeboxes) {
    const Question& question = *shoebox.question;
    const CodingFrame* frame = model.analysis->questionnaire.find_frame(question.coding_frame);
    const std::string group_field = escape_csv(shoebox.group->group->id) + "," + escape_csv(question.id) + ",";
    open_answers(question, shoebox.group->group->id, [&](const OpenAnswer& answer) {
      out << group_field << escape_csv(answer.code) << "," << escape_csv(code_label(frame, answer.code)) << ","
          << escape_csv(answer.text) << "\n";
    });
  }
}

}  // namespace peiling
