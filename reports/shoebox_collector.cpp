// Filling the schoenendoos and open-antwoorden.csv from one hearing of the open answers;
// see shoebox_collector.h.
#include "reports/shoebox_collector.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <unistd.h>

#include "base/escape.h"
#include "base/messages.h"

namespace peiling {

namespace {

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string_view code_label(const CodingFrame* frame, const std::string& code_id) {
  if (!frame || code_id.empty()) return "";
  const Code* code = frame->find_code(code_id);
  return code ? std::string_view(code->label) : std::string_view();
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
        shoebox.rows.push_back({text_in(text_.language(), Msg::report_unplaceable), {}, 0, false});
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
  // Written a block at a time: a million answers make a million lines.
  for (const std::string_view field : {std::string_view(answer.group->group->id), std::string_view(answer.question->id),
                                       std::string_view(answer.code), code_label(frame, answer.code)}) {
    append_csv_field(line_, field);
    line_ += ',';
  }
  append_csv_field(line_, answer.text);
  line_ += '\n';
  if (line_.size() >= kBlock) flush_csv();
  if (is_blank(answer.text)) return;
  for (Shoebox& shoebox : shoeboxes_) {
    if (shoebox.question != answer.question || shoebox.group != answer.group) continue;
    ShoeboxRow& row = shoebox.rows[row_for(shoebox, answer.code)];
    ++row.answer_count;
    if (row.answers.size() < kShownAnswersPerRow) row.answers.push_back(answer.text);
    return;
  }
}

ShoeboxCollector::ShoeboxCollector(const ShoeboxCollector& earlier, std::unique_ptr<std::fstream> csv)
    : options_(earlier.options_),
      text_(earlier.text_),
      own_csv_(std::move(csv)),
      csv_(*own_csv_),
      analysis_(earlier.analysis_),
      shoeboxes_(earlier.shoeboxes_) {}

std::unique_ptr<OpenAnswerListener> ShoeboxCollector::listener_for_later() {
  std::string path = (std::filesystem::temp_directory_path() / "peiling-open-answers-XXXXXX").string();
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return nullptr;  // the pass then reads in one go
  ::close(fd);
  auto csv = std::make_unique<std::fstream>(path, std::ios::in | std::ios::out | std::ios::trunc | std::ios::binary);
  std::filesystem::remove(path);  // open answers never stay behind, not even after a crash
  if (!*csv) return nullptr;
  auto later = std::unique_ptr<ShoeboxCollector>(new ShoeboxCollector(*this, std::move(csv)));
  for (Shoebox& shoebox : later->shoeboxes_)
    for (ShoeboxRow& row : shoebox.rows) row = {row.label, {}, 0, row.coded};
  return later;
}

// The later half's lines after ours, and its answers after ours in each row (up to the
// rows' limit), as one pass in response order would have them.
void ShoeboxCollector::append_later(OpenAnswerListener& listener) {
  auto& later = static_cast<ShoeboxCollector&>(listener);
  flush_csv();
  later.flush_csv();
  std::fstream& lines = *later.own_csv_;
  // (Inserting an empty buffer would mark our stream as failed.)
  if (lines.tellp() > 0) {
    lines.seekg(0);
    csv_ << lines.rdbuf();
  }
  for (std::size_t b = 0; b < shoeboxes_.size(); ++b)
    for (std::size_t r = 0; r < shoeboxes_[b].rows.size(); ++r) {
      ShoeboxRow& mine = shoeboxes_[b].rows[r];
      const ShoeboxRow& theirs = later.shoeboxes_[b].rows[r];
      mine.answer_count += theirs.answer_count;
      for (const std::string& answer : theirs.answers)
        if (mine.answers.size() < kShownAnswersPerRow) mine.answers.push_back(answer);
    }
}

void ShoeboxCollector::flush_csv() {
  csv_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  line_.clear();
}

std::vector<Shoebox> ShoeboxCollector::take_shoeboxes() {
  flush_csv();
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
