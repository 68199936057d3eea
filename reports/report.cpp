// write_report and write_survey_report: open-antwoorden.csv and the schoenendozen from one
// hearing of the open answers, then the report model and every other file of the report:
// the chart files, rapport.html, slides.html, rapport.md and scores.csv. See report.h.
#include "reports/report.h"
#include "reports/unit_reports.h"

#include "base/messages.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <fstream>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>
#include <set>
#include <stdexcept>
#include <system_error>

#include "analysis/linked_pairs.h"
#include "analysis/statistics.h"
#include "analysis/wave_comparison.h"
#include "reports/comparison_section.h"
#include "reports/atomic_file.h"
#include "reports/report_documents.h"
#include "reports/report_model.h"
#include "reports/shoebox_collector.h"

namespace peiling {

namespace {

constexpr int kPngWidth = 1600;  // sharp on a beamer and in a full-width Word picture

void create_folder(const std::filesystem::path& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) throw std::runtime_error(text(Msg::files_cannot_create_folder, folder.string(), error.message()));
}

// Writes each chart as .svg and .png. Painting and compressing the PNGs is most of a small
// report's time, so they are drawn in parallel, one worker per core. The first failure is
// rethrown after all finish.
void write_chart_files(const std::vector<ReportChart>& charts, const std::filesystem::path& folder,
                       std::vector<std::filesystem::path>& written) {
  for (const ReportChart& chart : charts) {
    write_file_atomically(folder / (chart.file_stem + ".svg"), render_svg(chart.chart, ChartStyle{}));
    written.push_back(folder / (chart.file_stem + ".svg"));
  }
  std::atomic<std::size_t> next_chart{0};
  std::vector<std::exception_ptr> failures(charts.size());
  auto draw_pngs = [&] {
    for (std::size_t i = next_chart++; i < charts.size(); i = next_chart++) {
      try {
        replace_file_atomically(folder / (charts[i].file_stem + ".png"), [&](const std::filesystem::path& temporary) {
          write_png(charts[i].chart, temporary, kPngWidth);
        });
      } catch (...) {
        failures[i] = std::current_exception();
      }
    }
  };
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, charts.size() + 1);
  std::vector<std::thread> threads;
  for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(draw_pngs);
  draw_pngs();
  for (auto& thread : threads) thread.join();
  for (const auto& failure : failures)
    if (failure) std::rethrow_exception(failure);
  for (const ReportChart& chart : charts) written.push_back(folder / (chart.file_stem + ".png"));
}

bool is_chart_file(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return name.rfind("grafiek-", 0) == 0 && (path.extension() == ".svg" || path.extension() == ".png");
}

// A chart left from an earlier run could show a group that is now too small to show (or
// a question since removed); it must not sit next to this report.
void remove_stale_charts(const std::filesystem::path& folder, const std::vector<std::filesystem::path>& written) {
  const std::set<std::filesystem::path> current(written.begin(), written.end());
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (!entry.is_regular_file() || !is_chart_file(entry.path()) || current.count(entry.path())) continue;
    std::error_code error;
    std::filesystem::remove(entry.path(), error);
    if (error)
      throw std::runtime_error(text(Msg::files_cannot_remove_chart, entry.path().string(), error.message()));
  }
}

// Writes open-antwoorden.csv while `hear_answers` gives `collector` the open answers, and
// returns the filled schoenendozen.
std::vector<Shoebox> collect_writing_csv(const ReportOptions& options,
                                        const std::function<void(ShoeboxCollector&)>& hear_answers) {
  const std::filesystem::path path = options.out_dir / "open-antwoorden.csv";
  std::vector<Shoebox> shoeboxes;
  replace_file_atomically(path, [&](const std::filesystem::path& temporary) {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    ShoeboxCollector collector(options, out);
    hear_answers(collector);
    shoeboxes = collector.take_shoeboxes();
    out.flush();
    if (!out) throw std::runtime_error(text(Msg::files_cannot_write_full, path.string()));
  });
  return shoeboxes;
}

// Every file but open-antwoorden.csv, which the collection wrote.
std::vector<std::filesystem::path> write_documents(const SurveyAnalysis& analysis, std::vector<Shoebox> shoeboxes,
                                                   const ReportOptions& options,
                                                   const WaveComparison* comparison = nullptr) {
  ReportModel model = build_report_model(analysis, std::move(shoeboxes), options);
  model.comparison = comparison;
  model.comparison_charts = comparison_charts(model);
  std::vector<std::filesystem::path> written;
  write_chart_files(model.charts, options.out_dir, written);
  write_chart_files(model.comparison_charts, options.out_dir, written);
  const std::pair<const char*, std::string> documents[] = {
      {"rapport.html", render_html_report(model)},
      {"slides.html", render_slides(model)},
      {"rapport.md", render_markdown_report(model)},
      {"scores.csv", render_scores_csv(model)},
  };
  for (const auto& [name, content] : documents) {
    write_file_atomically(options.out_dir / name, content);
    written.push_back(options.out_dir / name);
  }
  written.push_back(options.out_dir / "open-antwoorden.csv");
  remove_stale_charts(options.out_dir, written);
  return written;
}

// Computes the statistics of `analysis` on a connection of its own while the report draws
// its charts: only the statistics section (and --error-bars) needs them; on the demo they
// were a sixth of the time, with one core idle.
void start_statistics(Store& store, SurveyAnalysis& analysis, const ReportOptions& options) {
  StatisticsSettings statistics;
  statistics.min_group = options.min_group;  // a withheld group's answers are never tested
  analysis.statistics = PendingStatistics(
      std::async(std::launch::async, [location = store.location(), &analysis, statistics] {
        Store own(location);
        own.read_once();
        return std::shared_ptr<const SurveyStatistics>(
            std::make_shared<SurveyStatistics>(compute_statistics(own, analysis, statistics)));
      }).share());
}

// The earlier wave analysed in a pass of its own (no open answers heard: its schoenendoos
// is in its own report), and the change from it to this one.
void compare_with_earlier_wave(Store& store, SurveyReport& report, const ReportOptions& options) {
  report.earlier = analyse_survey(store, options.compare_with);
  if (report.earlier->questionnaire.id != report.analysis->questionnaire.id)
    throw std::runtime_error(text(Msg::report_compare_other_questionnaire, options.compare_with,
                                  report.earlier->questionnaire.id, report.analysis->questionnaire.id));
  WaveComparisonSettings settings;
  settings.min_group = options.min_group;
  auto comparison = std::make_shared<WaveComparison>(compare_waves(*report.earlier, *report.analysis, settings));
  add_linked_pairs(store, *comparison);  // only when both waves asked for the linking code
  report.comparison = std::move(comparison);
}

}  // namespace

std::vector<std::filesystem::path> write_report(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                                                const ReportOptions& options) {
  create_folder(options.out_dir);
  auto shoeboxes = collect_writing_csv(
      options, [&](ShoeboxCollector& collector) { collect_open_answers(collector, analysis, open_answers); });
  return write_documents(analysis, std::move(shoeboxes), options);
}

SurveyReport write_survey_report(Store& store, std::int64_t survey_id, const ReportOptions& options) {
  create_folder(options.out_dir);
  SurveyReport report;
  AnalysisSettings settings;
  settings.unit = options.unit;
  settings.per_unit = options.by_unit;
  settings.tallies_keeper = options.tallies_keeper;
  if (options.by_unit) {  // the board report: no open answers, no documents of one survey
    report.analysis = analyse_survey(store, survey_id, nullptr, settings);
    report.files = write_board_documents(*report.analysis, options);
    return report;
  }
  auto shoeboxes = collect_writing_csv(options, [&](ShoeboxCollector& collector) {
    report.analysis = analyse_survey(store, survey_id, &collector, settings);
  });
  if (!options.unit.empty()) {  // the statistics read the whole survey's answers: a unit's report has none
    report.files = write_unit_benchmark(*report.analysis, options);
    const auto documents = write_documents(*report.analysis, std::move(shoeboxes), options);
    report.files.insert(report.files.begin(), documents.begin(), documents.end());
    return report;
  }
  start_statistics(store, *report.analysis, options);
  if (options.compare_with != 0) compare_with_earlier_wave(store, report, options);
  report.files = write_documents(*report.analysis, std::move(shoeboxes), options, report.comparison.get());
  return report;
}

}  // namespace peiling
