// HTML pieces shared by rapport.html and slides.html: tables, chart figures and notes.
// Every text passes through escape_html here, so the two documents escape alike.
#pragma once

#include <string>
#include <vector>

#include "reports/report_model.h"
#include "reports/report_tables.h"

namespace peiling {

// Fixed column widths, in percent of the table, as the slides lay a table out so that
// its wrapping is known in advance; empty leaves the layout to the browser.
struct ColumnWidths {
  std::vector<double> percents;
};

std::string html_table(const Table& table, const std::string& css_class = "", const ColumnWidths& widths = {});

// The inline chart with its footnotes (response lines, left-out groups) as a caption.
std::string html_figure(const ReportChart& chart, const ChartStyle& style);

// The same for a report page: the chart laid out for the page and for a phone, the page's
// style (report_page_style.h) showing one of them by the screen's width, so that on a phone
// its text is not shrunk to a third of its size.
std::string html_page_figure(const ReportChart& chart);

// Each note as <p class="note">.
std::string html_notes(const std::vector<std::string>& notes);

// A whole element with escaped text: html_element("h2", "A & B") == "<h2>A &amp; B</h2>".
std::string html_element(const std::string& tag, const std::string& text, const std::string& css_class = "");

}  // namespace peiling
