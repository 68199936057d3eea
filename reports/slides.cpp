// slides.html: the deck for the team meeting, shown on a beamer. Each slide is a 16:9
// section in big type with one chart or table. Without JavaScript the slides stand one
// under the other and are all readable; the small script only shows one at a time and
// lets the arrow keys, space, PageUp/PageDown (presentation clickers) and Home/End move.
// Like the thesis' presentation it ends with the combined chart, to start the discussion.
#include "reports/coding_sections.h"
#include "base/escape.h"
#include "reports/html_parts.h"
#include "reports/report_documents.h"

namespace peiling {

namespace {

// Sizes follow the slide: --u is 1% of the slide's width, whatever the beamer's resolution.
constexpr const char* kStyle = R"(
:root { --u: min(1vw, 1.7778vh); --ink: #1a1a1a; --muted: #4d5562; --accent: #0b4f8a; --rule: #c9d1da; }
* { box-sizing: border-box; }
html, body { margin: 0; background: #2b3440; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: var(--ink); }
.slide { position: relative; width: min(100%, 177.78vh); aspect-ratio: 16 / 9; margin: 0 auto 12px;
  background: #ffffff; padding: calc(3 * var(--u)) calc(4.5 * var(--u)) calc(4 * var(--u)); overflow: hidden;
  display: flex; flex-direction: column; font-size: max(28px, calc(2 * var(--u))); line-height: 1.3; }
.slide h2 { font-size: max(40px, calc(3 * var(--u))); color: var(--accent); margin: 0 0 calc(1.2 * var(--u));
  line-height: 1.15; }
.slide .subtitle { color: var(--muted); margin: 0 0 calc(1 * var(--u)); }
.title-slide { justify-content: center; border-top: calc(1.2 * var(--u)) solid var(--accent); }
.title-slide h1 { font-size: max(52px, calc(4.6 * var(--u))); margin: calc(1 * var(--u)) 0; line-height: 1.12; }
.title-slide .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-weight: bold;
  margin: 0; }
.title-slide .survey { font-size: max(32px, calc(2.4 * var(--u))); color: var(--muted); margin: 0; }
.title-slide .hint { color: var(--muted); font-size: max(22px, calc(1.4 * var(--u))); margin-top: calc(3 * var(--u)); }
figure.chart { flex: 1; min-height: 0; margin: 0; display: flex; flex-direction: column; align-items: center; }
figure.chart svg { flex: 1; min-height: 0; height: 100% !important; width: auto !important; max-width: 100%; }
figcaption { text-align: center; color: var(--muted); font-size: max(24px, calc(1.6 * var(--u))); }
figcaption span { display: block; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--rule); padding: .2em .45em; text-align: left; vertical-align: top; }
thead th { background: #eef3f8; }
tbody th { font-weight: normal; }
tr.spans th { font-weight: normal; font-size: .75em; color: var(--muted); text-align: center; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.emphasised th, tr.emphasised td { font-weight: bold; }
table.shoebox th[scope=row] { width: 28%; }
table.shoebox tr.emphasised th, table.shoebox tr.emphasised td { font-weight: normal; }
table.shoebox tr.emphasised th { font-style: italic; }
table.dense { font-size: max(20px, calc(1.6 * var(--u))); }
td ul { margin: 0; padding-left: 1em; }
td li { white-space: pre-line; }
.note { color: var(--muted); font-size: max(22px, calc(1.5 * var(--u))); }
span.note { display: block; }
.counter { position: absolute; right: calc(2 * var(--u)); bottom: calc(1.2 * var(--u)); color: var(--muted);
  font-size: max(18px, calc(1.2 * var(--u))); }
html.js body { overflow: hidden; }
html.js .slide { display: none; margin: 0 auto; }
html.js .slide.current { display: flex; position: absolute; inset: 0; margin: auto; width: min(100vw, 177.78vh);
  height: min(56.25vw, 100vh); }
@media print { .slide { break-after: page; margin: 0; } html.js .slide { display: flex; position: relative; } }
)";

// Shows one slide at a time; the slide number is kept in the address, so a reload stays.
constexpr const char* kScript = R"(
(function () {
  var slides = document.querySelectorAll('.slide');
  var current = 0;
  document.documentElement.classList.add('js');
  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    for (var i = 0; i < slides.length; i++) slides[i].classList.toggle('current', i === current);
    try { history.replaceState(null, '', '#' + (current + 1)); } catch (e) {}
  }
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var next = { ArrowRight: current + 1, ' ': current + 1, PageDown: current + 1, ArrowLeft: current - 1,
                 PageUp: current - 1, Home: 0, End: slides.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(next);
  });
  show((parseInt(location.hash.slice(1), 10) || 1) - 1);
})();
)";

struct Slide {
  std::string css_class;
  std::string content;  // HTML
};

Slide title_slide(const ReportModel& model) {
  return {"title-slide", html_element("p", std::string(model.text.report_kind()), "kicker") +
                             html_element("h1", model.analysis->questionnaire.title) +
                             html_element("p", model.analysis->survey.label, "survey") +
                             html_element("p", std::string(model.text.slide_hint()), "hint")};
}

Slide response_slide(const ReportModel& model) {
  return {"", html_element("h2", std::string(model.text.response_heading())) + html_table(response_table(model))};
}

// A short heading and the question under it, so the chart gets most of the height.
Slide chart_slide(const std::string& heading, const ReportChart& chart) {
  return {"", html_element("h2", heading) + html_element("p", chart.question->text, "subtitle") + html_figure(chart)};
}

std::vector<Slide> group_chart_slides(const ReportModel& model) {
  std::vector<Slide> slides;
  for (const ReportChart& chart : model.charts)
    if (chart.group) slides.push_back(chart_slide(chart.group->group->label, chart));
  return slides;
}

std::vector<Slide> closed_question_slides(const ReportModel& model) {
  std::vector<Slide> slides;
  for (const Question& question : model.analysis->questionnaire.questions) {
    const auto table = closed_question_table(model, question);
    if (!table) continue;
    slides.push_back({"", html_element("h2", shortened(question.text, 80)) + html_table(*table) +
                              html_notes(withheld_notes(model, question))});
  }
  return slides;
}

std::vector<Slide> shoebox_slides(const ReportModel& model) {
  std::vector<Slide> slides;
  for (const Shoebox& shoebox : model.shoeboxes)
    slides.push_back({"", html_element("h2", shoebox.group->group->label) +
                              html_element("p", shoebox.question->text, "subtitle") +
                              html_table(shoebox_table(model, shoebox), "shoebox")});
  return slides;
}

std::vector<Slide> combined_chart_slides(const ReportModel& model) {
  std::vector<Slide> slides;
  for (const ReportChart* chart : model.combined_charts())
    slides.push_back(chart_slide(std::string(model.text.side_by_side()), *chart));
  return slides;
}

// Triangulation (issue 6): each shown group's ranking next to its coded open answers.
std::vector<Slide> triangulation_slides(const ReportModel& model) {
  std::vector<Slide> slides;
  for (std::string& body : triangulation_slide_bodies(model)) slides.push_back({"", std::move(body)});
  return slides;
}

std::string render_slide(const Slide& slide, std::size_t number, std::size_t count) {
  const std::string classes = slide.css_class.empty() ? "slide" : "slide " + slide.css_class;
  return "<section class=\"" + classes + "\" id=\"dia-" + std::to_string(number) + "\">\n" + slide.content +
         "<div class=\"counter\">" + std::to_string(number) + " / " + std::to_string(count) + "</div>\n</section>\n";
}

}  // namespace

std::string render_slides(const ReportModel& model) {
  std::vector<Slide> slides{title_slide(model), response_slide(model)};
  for (auto part : {group_chart_slides(model), closed_question_slides(model), shoebox_slides(model),
                    triangulation_slides(model), combined_chart_slides(model)})
    slides.insert(slides.end(), part.begin(), part.end());
  std::string body;
  for (std::size_t i = 0; i < slides.size(); ++i) body += render_slide(slides[i], i + 1, slides.size());
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(model.text.html_lang()) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n<title>" +
         escape_html(model.title()) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n" + body +
         "<script>" + kScript + "</script>\n</body>\n</html>\n";
}

}  // namespace peiling
