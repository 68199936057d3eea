// Where a chart is shown, which decides its type sizes and what it draws itself. Every
// chart kind (bar_chart.h, stacked_bar_chart.h) takes a ChartStyle when it is rendered.
#pragma once

namespace peiling {

enum class ChartSize {
  // A report page or a file: an 800-wide canvas (wider when categories need it), 14-px text.
  page,
  // A slide: laid out for the chart box of a 1280 x 720 slide, kSlideChartWidth x
  // kSlideChartHeight css px, with every text at least kSlideMinFontSize there. Titles and
  // footnotes are best left to the slide (ChartStyle::inline_in_page), which keeps the
  // chart inside that box.
  slide,
  // A report page on a phone: a canvas about a phone's width, so that shown at the page's
  // width no text is much below 10 css px (rapport.html shows it instead of the page chart
  // below 40rem). A bar chart's bars lie there, under their categories' labels.
  phone,
};

// The chart box a slide chart is laid out for, and its smallest type, in css px.
inline constexpr double kSlideChartWidth = 1150;
inline constexpr double kSlideChartHeight = 520;
inline constexpr double kSlideMinFontSize = 18;

struct ChartStyle {
  ChartSize size = ChartSize::page;
  // false: a document of its own (a .svg file), with an XML declaration and a pixel size,
  // title and footnotes drawn. true: an <svg> to place inside an HTML page; it scales to its
  // container and draws neither title nor footnotes (the page prints them as a heading and
  // a caption), while its accessible name (the description, else the title) stays.
  bool inline_in_page = false;
  // A slide's: the height the chart must fit in, in css px, when a slide leaves less than
  // the chart box (the bar chart's plot gets flatter, down to a limit); 0 for the box's.
  double box_height = 0;
};

}  // namespace peiling
