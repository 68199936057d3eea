// The style sheet: mobile first (one column, large touch targets), high contrast, a
// visible focus ring, and errors marked by colour AND text.
#include "web/static_assets.h"

namespace peiling::web {

const std::string_view kStyleSheet = R"css(
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;font-size:18px;line-height:1.45;color:#111;background:#fff}
body{margin:0}
main{max-width:42rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.2rem}
.intro{color:#222}
.group{background:#eef3fb;border-radius:.4rem;padding:.5rem .75rem}
fieldset.question{border:2px solid #c9ced6;border-radius:.5rem;margin:1.25rem 0;padding:.75rem;min-width:0}
fieldset.question.invalid{border-color:#b00020;background:#fff6f7}
legend{font-weight:700;padding:0 .25rem;max-width:100%;white-space:normal}
.required{font-weight:400;color:#444}
.help,.rank-scale{color:#333;font-size:.95rem;margin:.25rem 0 .75rem}
.condition{color:#333;font-size:.95rem;font-style:italic;margin:.25rem 0 .5rem}
fieldset.question[hidden]{display:none}
.error{color:#8a0016;font-weight:600}
.error p{margin:.25rem 0}
.error.summary{border:2px solid #b00020;border-radius:.5rem;padding:.5rem .75rem;background:#fff6f7}
label{display:block;margin:.25rem 0}
input[type=text],textarea{font:inherit;width:100%;padding:.55rem;border:2px solid #555;border-radius:.35rem;background:#fff;color:#111}
textarea{min-height:6rem}
.option{display:flex;align-items:flex-start;gap:.6rem;margin:.4rem 0;padding:.35rem;border-radius:.35rem}
.option input{width:1.4rem;height:1.4rem;margin:.15rem 0 0;flex:none}
.option label{margin:0}
.description{display:block;font-size:.9rem;color:#333;font-weight:400}
fieldset.statement{border:0;border-top:1px solid #c9ced6;margin:.6rem 0 0;padding:.5rem 0 0;min-width:0}
fieldset.statement legend{font-weight:600;padding:0;overflow-wrap:break-word}
@media (min-width:40rem){fieldset.statement .scale{display:flex;flex-wrap:wrap;gap:0 1rem}}
ol.rank{list-style:none;padding:0;margin:0}
.rank-item{display:flex;gap:.6rem;align-items:center;border:1px solid #c9ced6;border-radius:.4rem;padding:.5rem;margin:.4rem 0;background:#fff}
.rank-item label{flex:1;margin:0;min-width:0;overflow-wrap:break-word;hyphens:auto}
.rank-item input[type=text]{width:3.2rem;flex:none;text-align:center;font-size:1.2rem}
.rank-item input.duplicate{border-color:#b00020;background:#ffe3e7}
.rank-item.dragging{opacity:.6;border-style:dashed}
.rank-handle{flex:none;font:inherit;font-size:1.3rem;width:2.6rem;height:2.6rem;border:2px solid #555;border-radius:.35rem;background:#f3f4f6;cursor:grab;touch-action:none}
.rank-note{color:#8a0016;font-weight:600;min-height:1em}
.button{display:inline-block;font:inherit;font-weight:700;padding:.7rem 1.4rem;border:0;border-radius:.4rem;background:#0b4f9c;color:#fff;text-decoration:none;cursor:pointer}
ul.groups{list-style:none;padding:0}
ul.groups li{margin:.6rem 0}
ul.groups .button{display:block;text-align:center}
:focus-visible{outline:3px solid #f0a000;outline-offset:2px}
.table-scroll{overflow-x:auto}
table.counts{border-collapse:collapse;width:100%;font-size:1.3rem}
@media (max-width:40rem){table.counts{font-size:.85rem}table.counts th,table.counts td{padding:.3rem .15rem}}
table.counts th,table.counts td{border-bottom:1px solid #c9ced6;padding:.4rem;text-align:left}
table.counts td.number{text-align:right}
.presenter{max-width:60rem}
.presenter .qr{width:min(26rem,90vw);height:auto;display:block;margin:1rem auto}
.link{font-size:1.4rem;text-align:center;word-break:break-all}
)css";

}  // namespace peiling::web
