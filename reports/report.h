// The team-meeting report of one survey: writes rapport.html, slides.html, rapport.md,
// scores.csv, open-antwoorden.csv (every open answer with its code) and every chart as
// .svg and .png into one folder.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "analysis/survey_analysis.h"
#include "base/language.h"
#include "engine/store.h"

namespace peiling {

struct ReportOptions {
  std::filesystem::path out_dir;
  Language language = Language::nl;
  // Groups with fewer respondents than this show counts only, never their answers.
  int min_group = 3;
  // Draw each group's 95% bootstrap interval of the mean on its bars (needs the analysis's
  // statistics).
  bool error_bars = false;
  // The id of an earlier wave to compare with (issue 16: "Wat is er veranderd?"); 0 for none.
  std::int64_t compare_with = 0;
  // A survey that spans units (issue 18): the report of this unit, with the board's figures
  // beside its own (vergelijking-bestuur.*); "" for the whole survey.
  std::string unit;
  // The board report instead (bestuur.*): the units side by side.
  bool by_unit = false;
  // The primary when the store given reads a standby (--read-db): the board's tallies are kept
  // there (AnalysisSettings::tallies_keeper); null: in the store given.
  Store* tallies_keeper = nullptr;
};

// Writes all report files of an analysis made beforehand (creating out_dir), reading the
// shown groups' open answers from `open_answers`, and returns their paths in writing
// order. Throws std::runtime_error naming the file when one cannot be written.
std::vector<std::filesystem::path> write_report(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                                                const ReportOptions& options);

// The report as `peiling report`, the demo and the presenter's close button write it: the
// survey analysed in one pass over its responses that also fills the schoenendoos and
// open-antwoorden.csv, its statistics computed, every file written.
struct WaveComparison;
struct SurveyReport {
  std::unique_ptr<SurveyAnalysis> analysis;
  std::unique_ptr<SurveyAnalysis> earlier;  // the wave compared with (options.compare_with), if any
  std::shared_ptr<const WaveComparison> comparison;
  std::vector<std::filesystem::path> files;
};
SurveyReport write_survey_report(Store& store, std::int64_t survey_id, const ReportOptions& options);

}  // namespace peiling
