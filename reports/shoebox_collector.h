// The report's side of the open answers: it hears each open answer of the shown groups once
// (during the analysis's pass, or from an OpenAnswerStream) and both places it in its
// group's schoenendoos (the frame's codes in frame order, "niet te plaatsen", then the
// uncoded answers; the first kShownAnswersPerRow answers of a row kept verbatim) and writes
// it to open-antwoorden.csv. So the answers are read once and never all held.
#pragma once

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

  // The filled shoeboxes, per open question in definition order, per shown group asked it;
  // "niet te plaatsen" only where a coder used it.
  std::vector<Shoebox> take_shoeboxes();

 private:
  std::size_t row_for(const Shoebox& shoebox, const std::string& code) const;

  ReportOptions options_;
  ReportText text_;
  std::ostream& csv_;
  std::string line_;  // the CSV line being written, reused
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
