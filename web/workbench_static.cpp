// The workbench's style (wider pages, tables of surveys, report frames) and script. The
// script only makes the counts live: it asks /tellingen every five seconds and writes the
// numbers into the list (no meta refresh, which moves the page under a screen reader and
// a keyboard user); without it, "Aantallen vernieuwen" reloads the page.
#include "web/workbench_assets.h"

namespace peiling::web {

const std::string_view kWorkbenchStyle = R"css(
main{max-width:72rem}
.workbench-nav{border-bottom:2px solid #c9ced6;padding:.25rem 0 .5rem;margin-bottom:.5rem}
.workbench-nav a{font-weight:700;color:#0b4f9c}
a{color:#0b4f9c}
.muted{color:#444;font-size:.9rem;font-weight:400}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.surveys{border-collapse:collapse;width:100%}
table.surveys caption{text-align:left;font-weight:700;padding:.25rem 0}
table.surveys th,table.surveys td{border-bottom:1px solid #c9ced6;padding:.5rem;text-align:left;vertical-align:top}
ul.tallies{list-style:none;margin:0;padding:0}
.total{margin:.25rem 0 0;font-weight:700}
.actions a,.actions form{display:inline-block;margin:0 .6rem .4rem 0}
.button.secondary{background:#eef3fb;color:#0b4f9c;border:2px solid #0b4f9c;padding:.35rem .8rem}
.button.danger{background:#8a0016}
.notice{border:2px solid #2e7d32;border-radius:.5rem;padding:.5rem .75rem;background:#f1f8f1}
select,input[type=number],input[type=file]{font:inherit;padding:.4rem;border:2px solid #555;border-radius:.35rem;background:#fff;color:#111;max-width:100%}
input[type=number]{width:8rem}
fieldset{border:2px solid #c9ced6;border-radius:.5rem;margin:1rem 0;padding:.75rem}
.rows{margin:.5rem 0;padding-left:1.25rem}
.rows li{margin:.3rem 0}
.report-frame{width:100%;height:36rem;border:2px solid #c9ced6;border-radius:.35rem}
)css";

const std::string_view kWorkbenchScript = R"js('use strict';
(function () {
  var note = document.getElementById('live-note');
  if (!note || !window.fetch) return;
  note.textContent = '(worden elke 5 seconden bijgewerkt)';
  function show(counts) {
    counts.surveys.forEach(function (survey) {
      survey.groups.forEach(function (count, index) {
        var cell = document.querySelector('[data-count="' + survey.id + ':' + index + '"]');
        if (cell && cell.textContent !== String(count)) cell.textContent = String(count);
      });
      var total = document.querySelector('[data-total="' + survey.id + '"]');
      if (total && total.textContent !== String(survey.total)) total.textContent = String(survey.total);
    });
  }
  function poll() {
    fetch('/tellingen', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
      .then(function (counts) { show(counts); setTimeout(poll, 5000); })
      .catch(function () { note.textContent = '(niet meer vanzelf bijgewerkt: gebruik de link)'; });
  }
  setTimeout(poll, 5000);
})();
)js";

}  // namespace peiling::web
