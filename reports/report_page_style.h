// The look of the report's HTML pages: rapport.html and the unit pages beside it
// (vergelijking-bestuur.html, bestuur.html), so a board's pages read as one report. Plain
// CSS inside the page (no external resource), with a phone layout in which a wide table
// scrolls on its own and a print layout for A4.
#pragma once

#include <string_view>

namespace peiling {

inline constexpr std::string_view kReportPageStyle = R"(
:root { --ink: #1a1a1a; --muted: #5a6270; --accent: #0b4f8a; --rule: #cfd6de; --band: #eef3f8; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: var(--ink); font-size: 16px;
  line-height: 1.45; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
header { border-bottom: 5px solid var(--accent); padding-bottom: .8rem; margin-bottom: 1.5rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-weight: bold;
  font-size: .85rem; margin: 0; }
h1 { font-size: 2.1rem; margin: .3rem 0 0; line-height: 1.2; }
.survey { font-size: 1.2rem; color: var(--muted); margin: .3rem 0 0; }
h2 { color: var(--accent); font-size: 1.55rem; border-bottom: 1px solid var(--rule); padding-bottom: .3rem;
  margin: 2.8rem 0 .8rem; }
h3 { font-size: 1.2rem; margin: 1.9rem 0 .5rem; }
.scale { color: var(--muted); margin-top: -.3rem; }
dl.items { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.items dt { font-weight: bold; }
dl.items dd { margin: 0; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.2rem; font-size: .95rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .6rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
tr.spans th { font-weight: normal; font-size: .85rem; color: var(--muted); text-align: center; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.emphasised th, tr.emphasised td { font-weight: bold; background: #f7f9fb; }
table.shoebox th[scope=row] { width: 30%; }
table.shoebox tr.emphasised th, table.shoebox tr.emphasised td { font-weight: normal; }
table.shoebox tr.emphasised th { font-style: italic; }
td ul { margin: 0; padding-left: 1.1rem; }
td li { margin: .15rem 0 .35rem; white-space: pre-line; }
.note { color: var(--muted); font-size: .92rem; }
span.note { display: block; font-size: .85rem; }
figure.chart { margin: .8rem 0 .4rem; max-width: 52rem; break-inside: avoid; page-break-inside: avoid; }
figcaption span { display: block; font-size: .95rem; }
.chart-phone { display: none; }  /* a chart laid out for a phone's width, shown below 40rem */
ul.findings li { margin: .3rem 0; }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .5rem; color: var(--muted);
  font-size: .8rem; }
/* A phone: a table wider than the screen scrolls on its own, so the page keeps the
   phone's width (else the browser zooms the whole report out to the widest table). */
@media (max-width: 40rem) {
  body { margin: 1rem auto; padding: 0 .75rem; }
  h1 { font-size: 1.6rem; }
  dl.items { display: block; }
  dl.items dd { margin: 0 0 .5rem; }
  table { display: block; overflow-x: auto; }
  caption { display: block; text-align: left; }  /* wraps on the screen, not as wide as the table */
  .chart-wide { display: none; }
  .chart-phone { display: block; overflow-x: auto; }
}
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  figure.chart svg { max-height: 125mm; }
}
)";

}  // namespace peiling
