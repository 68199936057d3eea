// write_report: builds the report model once (writing open-antwoorden.csv from the answers
// it reads) and writes every other file of the report into the output folder: the chart
// files, then rapport.html, slides.html, rapport.md and scores.csv. See report.h.
#include "reports/report.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <fstream>
#include <optional>
#include <thread>
#include <set>
#include <stdexcept>
#include <system_error>

#include "reports/atomic_file.h"
#include "reports/report_documents.h"
#include "reports/report_model.h"

namespace peiling {

namespace {

constexpr int kPngWidth = 1600;  // sharp on a beamer and in a full-width Word picture

void create_folder(const std::filesystem::path& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) throw std::runtime_error("cannot create folder '" + folder.string() + "': " + error.message());
}

// Writes each chart as .svg and .png. Painting and compressing the PNGs is most of a small
// report's time, so they are drawn in parallel, one worker per core. The first failure is
// rethrown after all finish.
void write_chart_files(const std::vector<ReportChart>& charts, const std::filesystem::path& folder,
                       std::vector<std::filesystem::path>& written) {
  for (const ReportChart& chart : charts) {
    write_file_atomically(folder / (chart.file_stem + ".svg"), render_svg(chart.chart, true));
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
      throw std::runtime_error("cannot remove old chart file '" + entry.path().string() + "': " + error.message());
  }
}

// Builds the report model while the open answers it reads are written to
// open-antwoorden.csv as they pass.
ReportModel build_model_writing_open_answers(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                                             const ReportOptions& options, const std::filesystem::path& path) {
  std::optional<ReportModel> model;
  replace_file_atomically(path, [&](const std::filesystem::path& temporary) {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << open_answers_csv_header();
    model = build_report_model(analysis, open_answers_csv_tee(open_answers, analysis.questionnaire, out), options);
    out.flush();
    if (!out) throw std::runtime_error("cannot write '" + path.string() + "' (disk full?)");
  });
  return std::move(*model);
}

}  // namespace

std::vector<std::filesystem::path> write_report(const SurveyAnalysis& analysis, const OpenAnswerStream& open_answers,
                                                const ReportOptions& options) {
  create_folder(options.out_dir);
  const std::filesystem::path open_answers_path = options.out_dir / "open-antwoorden.csv";
  const ReportModel model = build_model_writing_open_answers(analysis, open_answers, options, open_answers_path);
  std::vector<std::filesystem::path> written;
  write_chart_files(model.charts, options.out_dir, written);
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
  written.push_back(open_answers_path);
  remove_stale_charts(options.out_dir, written);
  return written;
}

}  // namespace peiling
