// The CSS of the paper form; see paper_form_style.h. Sizes in mm and pt, because the page
// is meant for paper; on screen it shows as an A4 sheet.
#include "reports/paper_form_style.h"

namespace peiling {

const char* paper_form_style() {
  return R"(
* { box-sizing: border-box; }
@page { size: A4; margin: 14mm 16mm; }
html { background: #e9ecef; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #111; font-size: 10.5pt; line-height: 1.4;
  width: 210mm; min-height: 297mm; margin: 0 auto; padding: 14mm 16mm; background: #fff; }
header { position: relative; border-bottom: 2pt solid #111; padding-bottom: 3mm; margin-bottom: 4mm;
  padding-right: 48mm; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 8.5pt; font-weight: bold; margin: 0; }
h1 { font-size: 16pt; line-height: 1.2; margin: 1mm 0; }
.group { font-size: 12pt; font-weight: bold; margin: 1mm 0 0; }
.form-number { position: absolute; top: 0; right: 0; width: 44mm; text-align: center; font-size: 8.5pt; }
.form-number .label { display: block; font-weight: bold; }
.form-number .note { display: block; color: #444; font-size: 7.5pt; }
.box { display: inline-block; border: 1.2pt solid #111; background: #fff; vertical-align: middle; flex: none; }
.number-slot { width: 40mm; height: 11mm; margin: 1mm 0; }
.intro { margin: 0 0 2mm; }
.how-to { font-size: 9pt; color: #333; border-left: 2pt solid #999; padding-left: 3mm; margin: 0 0 5mm; }
section.question { break-inside: avoid; page-break-inside: avoid; margin: 0 0 6mm; }
section.q-rank { break-inside: auto; page-break-inside: auto; }
h2 { font-size: 11.5pt; margin: 0 0 1.5mm; break-after: avoid; page-break-after: avoid; }
h2 .number { display: inline-block; min-width: 6mm; }
.required { font-weight: normal; font-size: 9pt; color: #444; }
.help, .rule, .scale, .condition { margin: 0 0 2mm 6mm; }
.condition { font-style: italic; }
.rule { font-weight: bold; }
.scale { font-style: italic; }
ol.rank-items, ul.options { list-style: none; margin: 0 0 0 6mm; padding: 0; }
ol.rank-items li { display: flex; gap: 4mm; align-items: flex-start; margin: 0 0 3mm; break-inside: avoid;
  page-break-inside: avoid; }
.rank-box { width: 12mm; height: 12mm; }
ol.rank-items p.description { margin: .5mm 0 0; font-size: 9.5pt; color: #222; }
ul.options li { display: flex; gap: 3mm; align-items: center; margin: 0 0 2mm; }
ul.options .description { font-size: 9pt; color: #444; }
.tick { width: 5mm; height: 5mm; }
.lines { margin: 0 0 0 6mm; }
.line { border-bottom: .8pt solid #555; height: 9mm; }
table.likert { border-collapse: collapse; margin: 0 0 0 6mm; table-layout: fixed; width: calc(100% - 6mm); }
table.likert th { font-weight: normal; font-size: 9pt; text-align: center; vertical-align: bottom; padding: 0 1mm 1mm; }
table.likert td { text-align: center; padding: 1mm; }
table.likert .point { display: block; font-size: 7.5pt; color: #555; }
table.matrix { border-collapse: collapse; margin: 0 0 0 6mm; width: calc(100% - 6mm); }
table.matrix thead th { font-weight: normal; font-size: 8.5pt; text-align: center; vertical-align: bottom;
  padding: 0 1mm 1mm; width: 13%; }
table.matrix tbody th { font-weight: normal; text-align: left; padding: 1.5mm 2mm 1.5mm 0; }
table.matrix tbody th .description { display: block; font-size: 8.5pt; color: #444; }
table.matrix tbody tr { border-top: 0.3mm solid #999; break-inside: avoid; }
table.matrix td { text-align: center; padding: 1mm; }
table.matrix .point { display: block; font-size: 7.5pt; color: #555; }
.number-field { margin: 0 0 0 6mm; display: flex; gap: 2mm; align-items: center; }
.number-box { width: 22mm; height: 11mm; }
.range { color: #444; font-size: 9pt; }
footer { border-top: .8pt solid #999; margin-top: 6mm; padding-top: 2mm; font-size: 8.5pt; color: #444; }
footer p { margin: 0; }
footer .thanks { font-weight: bold; color: #111; font-size: 10pt; margin-bottom: 1mm; }
@media print {
  html { background: none; }
  body { width: auto; min-height: 0; margin: 0; padding: 0; }
}
)";
}

}  // namespace peiling
