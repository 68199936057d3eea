// The report's side of the open answers: it hears each open answer of the shown groups once
// (during the analysis's pass, or from an OpenAnswerStream) and both places it in its
// group's schoenendoos (the frame's codes in frame order, "niet te plaatsen", then the
// uncoded answers; the first kShownAnswersPerRow answers of a row kept verbatim) and writes
// it to open-antwoorden.csv. So the answers are read once and never all held.
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <vector>

#include "analysis/survey_analysis.h"
#include "reports/report.h"
#include "reports/report_model.h"

namespace peiling {

class ShoeboxCollector : public OpenAnswerListener {
 public:
  // `csv` receives open-antwoorden.csv (header first); the report's language and min-group
  // rule come from `options`.
  ShoeboxCollector(const ReportOptions& options, std::ostream& csv);

  std::vector<const GroupAnalysis*> groups_to_hear(const SurveyAnalysis& analysis) override;
  void hear(const OpenAnswer& answer) override;
  // The later half of a split pass writes its CSV lines to a temporary file of its own
  // (removed from the folder at once, so nothing is left behind), appended after ours.
  std::unique_ptr<OpenAnswerListener> listener_for_later() override;
  void append_later(OpenAnswerListener& later) override;

  // The filled shoeboxes, per open question in definition order, per shown group asked it;
  // "niet te plaatsen" only where a coder used it. Writes what is left of the CSV.
  std::vector<Shoebox> take_shoeboxes();

 private:
  ShoeboxCollector(const ShoeboxCollector& earlier, std::unique_ptr<std::fstream> csv);
  std::size_t row_for(const Shoebox& shoebox, const std::string& code) const;

  ReportOptions options_;
  ReportText text_;
  std::unique_ptr<std::fstream> own_csv_;  // the later half's temporary file
  std::ostream& csv_;
  void flush_csv();
  static constexpr std::size_t kBlock = 1 << 16;
  std::string line_;  // CSV lines not yet written, up to about kBlock bytes
  const SurveyAnalysis* analysis_ = nullptr;
  std::vector<Shoebox> shoeboxes_;
};

// Pumps `open_answers` of the shown groups into `collector` (for an analysis made without
// a listener, such as the tests' hand-made one).
void collect_open_answers(ShoeboxCollector& collector, const SurveyAnalysis& analysis,
                          const OpenAnswerStream& open_answers);

// The schoenendozen alone, from `open_answers` (open-antwoorden.csv is not written).
std::vector<Shoebox> collect_shoeboxes(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                                       const ReportOptions& options);

}  // namespace peiling
