// Filling the schoenendoos and open-antwoorden.csv from one hearing of the open answers;
// see shoebox_collector.h.
#include "reports/shoebox_collector.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "base/escape.h"

namespace peiling {

namespace {

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string code_label(const CodingFrame* frame, const std::string& code_id) {
  if (!frame || code_id.empty()) return "";
  const Code* code = frame->find_code(code_id);
  return code ? code->label : "";
}

}  // namespace

ShoeboxCollector::ShoeboxCollector(const ReportOptions& options, std::ostream& csv)
    : options_(options), text_(options.language), csv_(csv) {
  csv_ << "group,question,code,code_label,answer\n";
}

// An empty schoenendoos per open question and shown group asked it. Without a frame every
// answer lands in one row, which then is not called "not yet coded".
std::vector<const GroupAnalysis*> ShoeboxCollector::groups_to_hear(const SurveyAnalysis& analysis) {
  analysis_ = &analysis;
  const auto shown = Disclosure(analysis, options_.min_group).shown_groups();
  for (const Question& question : analysis.questionnaire.questions) {
    if (!question.kind().open) continue;
    const CodingFrame* frame = analysis.questionnaire.find_frame(question.coding_frame);
    for (const GroupAnalysis* group : shown) {
      if (!question.asked_to(group->group->id)) continue;
      Shoebox shoebox{&question, group, {}, {}};
      if (frame) {
        for (const Code& code : frame->codes) shoebox.rows.push_back({code.label, {}, 0, true});
        shoebox.rows.push_back({std::string(pick(text_.language(), kUnplaceable, "could not be placed")), {}, 0, false});
      }
      shoebox.rows.push_back({std::string(frame ? text_.not_yet_coded() : text_.answers()), {}, 0, frame == nullptr});
      shoeboxes_.push_back(std::move(shoebox));
    }
  }
  return shown;
}

// The row an answer with `code` goes in: its code's, "niet te plaatsen", or the uncoded
// answers (also for a code no longer in the frame).
std::size_t ShoeboxCollector::row_for(const Shoebox& shoebox, const std::string& code) const {
  const CodingFrame* frame = analysis_->questionnaire.find_frame(shoebox.question->coding_frame);
  if (!frame) return 0;
  for (std::size_t i = 0; i < frame->codes.size(); ++i)
    if (frame->codes[i].id == code) return i;
  return code == kUnplaceable ? frame->codes.size() : shoebox.rows.size() - 1;
}

void ShoeboxCollector::hear(const OpenAnswer& answer) {
  const CodingFrame* frame = analysis_->questionnaire.find_frame(answer.question->coding_frame);
  // One write per line: a million answers make a million lines.
  line_.clear();
  for (const std::string_view field : {std::string_view(answer.group->group->id), std::string_view(answer.question->id),
                                       std::string_view(answer.code)}) {
    line_ += escape_csv(field);
    line_ += ',';
  }
  line_ += escape_csv(code_label(frame, answer.code));
  line_ += ',';
  line_ += escape_csv(answer.text);
  line_ += '\n';
  csv_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  if (is_blank(answer.text)) return;
  for (Shoebox& shoebox : shoeboxes_) {
    if (shoebox.question != answer.question || shoebox.group != answer.group) continue;
    ShoeboxRow& row = shoebox.rows[row_for(shoebox, answer.code)];
    ++row.answer_count;
    if (row.answers.size() < kShownAnswersPerRow) row.answers.push_back(answer.text);
    return;
  }
}

std::vector<Shoebox> ShoeboxCollector::take_shoeboxes() {
  for (Shoebox& shoebox : shoeboxes_) {
    if (const QuestionSummary* summary = summary_for(*shoebox.group, *shoebox.question))
      shoebox.summary = std::get<OpenSummary>(summary->result);
    if (!analysis_->questionnaire.find_frame(shoebox.question->coding_frame)) continue;
    const auto unplaceable = shoebox.rows.end() - 2;
    if (unplaceable->answer_count == 0) shoebox.rows.erase(unplaceable);
  }
  return std::move(shoeboxes_);
}

void collect_open_answers(ShoeboxCollector& collector, const SurveyAnalysis& analysis,
                          const OpenAnswerStream& open_answers) {
  open_answers(collector.groups_to_hear(analysis), [&](const OpenAnswer& answer) { collector.hear(answer); });
}

std::vector<Shoebox> collect_shoeboxes(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                                       const ReportOptions& options) {
  std::ostringstream discarded;
  ShoeboxCollector collector(options, discarded);
  collect_open_answers(collector, analysis, open_answers);
  return collector.take_shoeboxes();
}

ReportModel build_report_model(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                               const ReportOptions& options) {
  return build_report_model(analysis, collect_shoeboxes(analysis, open_answers, options), options);
}

}  // namespace peiling
