// slides.html: the deck for the team meeting, shown on a beamer. Each slide is a 16:9
// section in big type with one chart or table; content that would not fit goes on on
// further slides headed "(vervolg)" (slide_pagination.h), and each chart is drawn so its
// text reads from the back of the room (slide_chart.h). Without JavaScript, and printed,
// the slides stand one under the other and are all readable; the small script only shows
// one at a time and lets the arrow keys, space, PageUp/PageDown (presentation clickers)
// and Home/End move. Like the thesis' presentation it ends with the combined chart, to
// start the discussion.
#include "reports/coding_sections.h"
#include "reports/comparison_section.h"
#include "base/escape.h"
#include "base/messages.h"
#include "reports/html_parts.h"
#include "reports/report_documents.h"
#include "reports/slide_chart.h"
#include "reports/slide_metrics.h"
#include "reports/slide_pagination.h"

namespace peiling {

namespace {

// A team reads a few answers per code on the beamer; the report and open-antwoorden.csv
// have the rest, and a deck of a large survey stays a deck (200 long answers per row made
// one of hundreds of slides, and took seconds to lay out).
constexpr std::size_t kSlideAnswersPerRow = 10;


// Every size is a multiple of --px, a 1280th of the slide's width, so a slide looks the
// same on any screen and the layout model (slide_metrics.h, in pixels of a 1280 x 720
// slide) holds everywhere: keep the two in step. 100cqw is the page's width without its
// scroll bar, so the slides standing one under another without JavaScript fit it too.
constexpr const char* kStyle = R"(
:root { --px: min(100cqw / 1280, 100vh / 720); --ink: #1a1a1a; --muted: #4d5562; --accent: #0b4f8a;
  --rule: #c9d1da; }
* { box-sizing: border-box; }
html, body { margin: 0; background: #2b3440; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: var(--ink); container-type: inline-size; }
.slide { position: relative; width: calc(1280 * var(--px)); height: calc(720 * var(--px));
  margin: 0 auto calc(12 * var(--px)); background: #ffffff; overflow: hidden; display: flex; flex-direction: column;
  padding: calc(38 * var(--px)) calc(38 * var(--px)) calc(52 * var(--px)); font-size: calc(28 * var(--px));
  line-height: 1.3; }
.slide h2 { font-size: calc(40 * var(--px)); line-height: 1.15; color: var(--accent); margin: 0 0 calc(16 * var(--px)); }
.slide h2, .slide p, .slide li, .slide th, .slide td { overflow-wrap: anywhere; }
.slide p { margin: 0; }
.slide .subtitle { color: var(--muted); margin: 0 0 calc(12 * var(--px)); }
.slide p.note { color: var(--muted); font-size: calc(22 * var(--px)); margin: 0 0 calc(6 * var(--px)); }
.title-slide { justify-content: center; border-top: calc(15 * var(--px)) solid var(--accent); }
.title-slide h1 { font-size: calc(59 * var(--px)); margin: calc(13 * var(--px)) 0; line-height: 1.12; }
.title-slide .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-weight: bold; }
.title-slide .survey { font-size: calc(32 * var(--px)); color: var(--muted); }
.title-slide .hint { color: var(--muted); font-size: calc(22 * var(--px)); margin-top: calc(38 * var(--px)); }
figure.chart { flex: 1; min-height: 0; margin: 0; display: flex; flex-direction: column; align-items: center; }
figure.chart svg { flex: 1; min-height: 0; height: 100% !important; width: auto !important; max-width: 100%; }
figcaption { text-align: center; color: var(--muted); font-size: calc(24 * var(--px)); }
figcaption span + span::before { content: " \00b7  "; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 calc(12 * var(--px)); }
table.size-28 { font-size: calc(28 * var(--px)); }
table.size-24 { font-size: calc(24 * var(--px)); }
table.size-20 { font-size: calc(20 * var(--px)); }
th, td { border: 1px solid var(--rule); padding: .2em .45em; text-align: left; vertical-align: top; line-height: 1.3; }
thead th { background: #eef3f8; }
tbody th { font-weight: normal; }
tr.spans th { font-weight: normal; color: var(--muted); text-align: center; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.emphasised th, tr.emphasised td { font-weight: bold; }
table.shoebox tr.emphasised th, table.shoebox tr.emphasised td { font-weight: normal; }
table.shoebox tr.emphasised th { font-style: italic; }
td ul { margin: 0; padding-left: 1em; }
td li { white-space: pre-line; }
td li + li { margin-top: .25em; }
span.note { display: block; color: var(--muted); }
ul.findings { font-size: calc(24 * var(--px)); margin: 0; padding-left: 1.2em; }
ul.findings li { margin: 0 0 calc(6 * var(--px)); }
.counter { position: absolute; right: calc(26 * var(--px)); bottom: calc(14 * var(--px)); color: var(--muted);
  font-size: calc(18 * var(--px)); }
html.js body { overflow: hidden; }
html.js .slide { display: none; margin: 0 auto; }
html.js .slide.current { display: flex; position: absolute; inset: 0; margin: auto; }
@page { size: 1280px 720px; margin: 0; }
@media print {
  html, body { background: #ffffff; }
  .slide, html.js .slide, html.js .slide.current { display: flex; position: relative; inset: auto; margin: 0;
    break-after: page; }
}
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

// "vervolg": the heading of a slide that goes on with the one before.
std::string continued_word(const ReportModel& model) {
  return text_in(model.text.language(), Msg::report_continued);
}

// The pages of one slide's content, each a slide of its own.
void add_paginated(std::vector<Slide>& slides, const ReportModel& model, const SlideContent& content) {
  for (std::string& body : paginate_slide(content, continued_word(model))) slides.push_back({"", std::move(body)});
}

SlideBlock table_block(Table table, std::string css_class = "") {
  SlideBlock block;
  block.kind = SlideBlock::Kind::table;
  block.table = std::move(table);
  block.css_class = std::move(css_class);
  return block;
}

SlideBlock note_block(std::string text) {
  SlideBlock block;
  block.text = std::move(text);
  block.css_class = "note";
  return block;
}

// The title in the largest type (down to a limit) that leaves room for the lines around it.
Slide title_slide(const ReportModel& model) {
  const std::string& title = model.analysis->questionnaire.title;
  constexpr double kRoom = slide::kUsableHeight - 15;  // under the coloured top border
  double size = 59;
  for (; size > 36; size -= 4) {
    const slide::TextStyle style{size, size * 1.12, true, 2 * 13};
    const double around = 36.4 + slide::text_height(model.analysis->survey.label, slide::kContentWidth,
                                                    slide::TextStyle{32, 41.6, false, 0}) +
                          38 + slide::text_height(model.text.slide_hint(), slide::kContentWidth,
                                                  slide::TextStyle{22, 28.6, false, 0});
    if (slide::text_height(title, slide::kContentWidth, style) + around <= kRoom) break;
  }
  const std::string h1 = size < 59 ? "<h1 style=\"font-size: calc(" + std::to_string(static_cast<int>(size)) +
                                         " * var(--px))\">" + escape_html(title) + "</h1>\n"
                                   : html_element("h1", title);
  return {"title-slide", html_element("p", std::string(model.text.report_kind()), "kicker") + h1 +
                             html_element("p", model.analysis->survey.label, "survey") +
                             html_element("p", std::string(model.text.slide_hint()), "hint")};
}

void add_response_slides(std::vector<Slide>& slides, const ReportModel& model) {
  add_paginated(slides, model, {std::string(model.text.response_heading()), "", {table_block(response_table(model))}});
}

// A short heading and the question under it, so the chart gets most of the height; the
// question takes one line when two leave the chart too little room to read.
Slide chart_slide(const std::string& heading, const ReportChart& chart) {
  SlideContent content{heading, chart.question->text};
  SlideFigure figure;
  for (std::size_t lines : {2, 1}) {
    content.subtitle_lines = lines;
    const double room = slide::kUsableHeight - slide_header_height(content);
    figure = slide_figure(chart, room);
    if (figure.readable) break;
  }
  return {"", slide_header_html(content) + figure.html};
}

// The chart on one slide, or, when it has more bars than a slide holds, on one slide per
// part, the later ones headed "(vervolg)".
void add_chart_slides(std::vector<Slide>& slides, const ReportModel& model, const std::string& heading,
                      const ReportChart& chart) {
  const std::vector<Chart> parts = split_for_slides(chart.chart);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    ReportChart part = chart;
    part.chart = parts[i];
    slides.push_back(chart_slide(i == 0 ? heading : heading + " (" + continued_word(model) + ")", part));
  }
}

// The rank charts of each group; the other types' charts come with their question.
void add_group_chart_slides(std::vector<Slide>& slides, const ReportModel& model) {
  for (const ReportChart& chart : model.charts)
    if (chart.group && chart.question->type == QuestionType::rank)
      add_chart_slides(slides, model, chart.group->group->label, chart);
}

// The question as the heading when it takes at most three lines; a longer one is
// shortened there and given in full (up to three lines) under it.
SlideContent question_heading(const std::string& question) {
  if (slide::wrapped_lines(question, slide::kContentWidth, slide::kHeading).size() <= 3) return {question, ""};
  const auto lines = slide::wrapped_lines(question, slide::kContentWidth, slide::kHeading, 2);
  SlideContent content{lines[0] + " " + lines[1], question};
  content.subtitle_lines = 3;
  return content;
}

// Per closed question other than a ranking: its chart of all groups side by side (or its
// one group's chart), then its tables, continued on further slides where they do not fit.
void add_closed_question_slides(std::vector<Slide>& slides, const ReportModel& model) {
  for (const Question& question : model.analysis->questionnaire.questions) {
    if (question.type == QuestionType::rank) continue;
    const auto charts = model.charts_of(question);
    if (!charts.empty()) {
      const ReportChart* chart = model.chart_for(question, nullptr);
      if (!chart) chart = charts.front();
      add_chart_slides(slides, model,
                       chart->group ? chart->group->group->label : std::string(model.text.side_by_side()), *chart);
    }
    for (const Table& table : closed_question_tables(model, question)) {
      SlideContent content = question_heading(question.text);
      content.blocks.push_back(table_block(table));
      for (std::string& note : withheld_notes(model, question)) content.blocks.push_back(note_block(std::move(note)));
      add_paginated(slides, model, content);
    }
  }
}

// A group that gave no open answer gets the count ("0 antwoorden"), as in the report, not a
// table whose every box holds a dash.
void add_shoebox_slides(std::vector<Slide>& slides, const ReportModel& model) {
  for (const Shoebox& shoebox : model.shoeboxes) {
    SlideBlock block = shoebox.summary.answered == 0
                           ? note_block(model.text.open_counts(0, 0))
                           : table_block(shoebox_table(model, shoebox, kSlideAnswersPerRow), "shoebox");
    add_paginated(slides, model, {shoebox.group->group->label, shoebox.question->text, {std::move(block)}});
  }
}

void add_combined_chart_slides(std::vector<Slide>& slides, const ReportModel& model) {
  for (const ReportChart* chart : model.combined_charts())
    add_chart_slides(slides, model, std::string(model.text.side_by_side()), *chart);
}

// Triangulation (issue 6): each shown group's ranking next to its coded open answers. The
// section's blocks per group are subheading, table, findings: one slide (or more) each.
void add_triangulation_slides(std::vector<Slide>& slides, const ReportModel& model) {
  const ReportSection section = triangulation_section(model);
  for (std::size_t i = 0; i + 2 < section.blocks.size(); ++i) {
    if (section.blocks[i].kind != SectionBlock::Kind::subheading) continue;
    SlideBlock findings;
    findings.kind = SlideBlock::Kind::bullets;
    findings.items = section.blocks[i + 2].items;
    add_paginated(slides, model,
                  {section.blocks[i].text, section.title, {table_block(section.blocks[i + 1].table), findings}});
  }
}

std::string render_slide(const Slide& slide, std::size_t number, std::size_t count) {
  const std::string classes = slide.css_class.empty() ? "slide" : "slide " + slide.css_class;
  return "<section class=\"" + classes + "\" id=\"dia-" + std::to_string(number) + "\">\n" + slide.content +
         "<div class=\"counter\">" + std::to_string(number) + " / " + std::to_string(count) + "</div>\n</section>\n";
}

}  // namespace

std::string render_slides(const ReportModel& model) {
  std::vector<Slide> slides{title_slide(model)};
  add_response_slides(slides, model);
  add_group_chart_slides(slides, model);
  add_closed_question_slides(slides, model);
  add_shoebox_slides(slides, model);
  add_triangulation_slides(slides, model);
  for (std::string& body : comparison_slides(model)) slides.push_back({"", std::move(body)});
  add_combined_chart_slides(slides, model);
  std::string body;
  for (std::size_t i = 0; i < slides.size(); ++i) body += render_slide(slides[i], i + 1, slides.size());
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(model.text.html_lang()) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n<title>" +
         escape_html(model.title()) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n" +
         "<script>" + kScript + "</script>\n</body>\n</html>\n";
}

}  // namespace peiling
