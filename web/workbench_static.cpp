// The workbench's style (wider pages, tables of surveys, report frames, the coding page's
// card and boxes, two coders side by side) and script: the coding page's keys and dragging
// (see workbench_coding_routes.cpp), the resolve page's keys (workbench_resolve_routes.cpp), and the live counts of the survey list: it asks /tellingen
// every five seconds and writes the numbers into the list (no meta refresh, which moves
// the page under a screen reader and a keyboard user); without it, "Aantallen vernieuwen"
// reloads the page.
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
/* A phone (with --listen): the list scrolls sideways on its own, the page keeps the phone's width.
   position:relative keeps the visually hidden names (absolutely placed) inside the scrolling box;
   the caption, a block, wraps on the screen instead of scrolling away with the columns. */
@media (max-width:40rem){table.surveys{display:block;overflow-x:auto;position:relative}table.surveys caption{display:block}}
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
.collect-qr .qr{width:14rem;height:auto;display:block;margin:.5rem 0}
.definition-text{font-family:ui-monospace,monospace;font-size:.9rem;min-height:24rem;white-space:pre;overflow-wrap:normal;overflow-x:auto}
.inline-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0}
.inline-form label{margin:0}
.editor-actions .button{margin:0 .5rem .5rem 0}
ol.listing{font-family:ui-monospace,monospace;font-size:.9rem;background:#f3f4f6;border:1px solid #c9ced6;border-radius:.35rem;padding:.5rem .5rem .5rem 3.5rem;margin:.5rem 0;overflow-x:auto}
ol.listing code{white-space:pre}
.line-problem{margin:.15rem 0 .4rem;color:#8a0016;font-family:system-ui,sans-serif;white-space:normal}
.previews{display:flex;flex-wrap:wrap;gap:1rem}
.preview{margin:0}
.preview figcaption{font-weight:700;margin-bottom:.25rem}
.preview-frame{width:360px;height:40rem;border:2px solid #555;border-radius:1rem;background:#fff}
.report-frame{width:100%;height:36rem;border:2px solid #c9ced6;border-radius:.35rem}
.answer-card{border:2px solid #0b4f9c;border-radius:.5rem;padding:.75rem 1rem;background:#fffdf3;box-shadow:0 2px 6px rgba(0,0,0,.15);max-width:40rem;touch-action:none;cursor:grab}
.answer-card.dragging{cursor:grabbing;position:relative;z-index:2;opacity:.9}
.answer-text{font-size:1.15rem;margin:.25rem 0;white-space:pre-wrap;overflow-wrap:break-word}
.boxes{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.75rem}
.box{font:inherit;text-align:left;min-height:6rem;padding:.6rem;border:3px dashed #555;border-radius:.5rem;background:#f3f4f6;color:#111;cursor:pointer;display:flex;flex-direction:column;gap:.25rem}
.box.suggested{border-style:solid;border-color:#0b4f9c;background:#e3edfa}
.box.drop-target{background:#fff3c4;border-color:#8a5a00}
.box-key{font-weight:700;font-size:.9rem;background:#111;color:#fff;border-radius:.25rem;padding:0 .4rem;align-self:flex-start}
.box-label{font-weight:700}
.suggestion-tag{font-size:.85rem;color:#0b4f9c;font-weight:700}
.box.unplaceable{background:#fff;border-color:#8a0016}
.choice{display:flex;gap:.5rem;align-items:center;margin:.3rem 0}
.choice input{width:1.3rem;height:1.3rem}
.choice label{margin:0;font-weight:400}
.code-id{font-family:ui-monospace,monospace;font-size:.9rem;background:#f3f4f6;border-radius:.25rem;padding:0 .3rem}
.side-by-side{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;margin:1rem 0}
.coder-side{border:2px solid #c9ced6;border-radius:.5rem;padding:.75rem}
.coder-side h3{margin:0 0 .25rem}
.coder-side .box-key{display:inline-block;margin-right:.25rem;background:#fff;color:#111}
table.confusion td{text-align:right}
table.mapping select{width:24rem;max-width:100%}
ul.png-charts{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.75rem}
ul.png-charts a{display:flex;flex-direction:column;gap:.25rem;overflow-wrap:anywhere}
ul.png-charts img{width:100%;height:auto;border:1px solid #c9ced6;background:#fff}
table.confusion td.agree{font-weight:700;background:#e3edfa}
ul.unit-list{columns:16rem;column-gap:2rem;margin:.5rem 0;padding-left:1.25rem}
ul.unit-list li{margin:0 0 .4rem;break-inside:avoid}
.made-mark{color:#2e6b30;font-size:.9rem}
)css";

const std::string_view kWorkbenchScript = R"js('use strict';
// The coding page: the same keys as the terminal session, and the card dragged onto a box
// (pointer events, so a mouse, a finger and a pen all work); a box is a submit button.
(function () {
  var form = document.getElementById('coding-form');
  if (!form) return;
  var card = document.getElementById('answer-card');
  function box(selector) { return form.querySelector(selector); }
  function choose(button) { if (button) button.click(); }
  document.addEventListener('keydown', function (event) {
    var target = event.target, typing = target.tagName === 'TEXTAREA' || target.tagName === 'INPUT';
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    var key = event.key;
    if (key === 'Enter' && (target === document.body || target === card)) { event.preventDefault(); choose(box('[data-suggested]')); }
    else if (/^[1-9]$/.test(key)) { event.preventDefault(); choose(box('[data-key="' + key + '"]')); }
    else if (key === 'n') { event.preventDefault(); choose(box('[data-key="n"]')); }
    else if (key === 's') { var skip = document.getElementById('skip-link'); if (skip) { event.preventDefault(); skip.click(); } }
    else if (key === 'u') { event.preventDefault(); document.getElementById('undo-form').submit(); }
    else if (key === 'm') { event.preventDefault(); document.getElementById('memo').focus(); }
  });
  if (!card || !window.PointerEvent) return;
  var start = null, over = null;
  function boxAt(x, y) {
    var element = document.elementFromPoint(x, y);
    return element && element.closest ? element.closest('.box') : null;
  }
  card.addEventListener('pointerdown', function (event) {
    start = { x: event.clientX, y: event.clientY };
    card.setPointerCapture(event.pointerId);
    card.classList.add('dragging');
  });
  card.addEventListener('pointermove', function (event) {
    if (!start) return;
    card.style.transform = 'translate(' + (event.clientX - start.x) + 'px,' + (event.clientY - start.y) + 'px)';
    card.style.pointerEvents = 'none';
    var found = boxAt(event.clientX, event.clientY);
    card.style.pointerEvents = '';
    if (found !== over) {
      if (over) over.classList.remove('drop-target');
      over = found;
      if (over) over.classList.add('drop-target');
    }
  });
  function end(drop) {
    if (!start) return;
    start = null;
    card.classList.remove('dragging');
    card.style.transform = '';
    if (over) over.classList.remove('drop-target');
    if (drop && over) choose(over);
    over = null;
  }
  card.addEventListener('pointerup', function () { end(true); });
  card.addEventListener('pointercancel', function () { end(false); });
})();
// The resolve page: the terminal's keys of `code resolve` (a, b a coder's code; 1-9 and n tick
// a code of the frame; s skip; m memo); without the script every choice is a button.
(function () {
  var form = document.getElementById('resolve-form');
  if (!form) return;
  document.addEventListener('keydown', function (event) {
    var target = event.target, typing = target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' ||
      (target.tagName === 'INPUT' && target.type !== 'radio' && target.type !== 'checkbox');
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    var key = event.key, found = form.querySelector('[data-key="' + key + '"]');
    if ((key === 'a' || key === 'b') && found) { event.preventDefault(); found.click(); }
    else if ((/^[1-9]$/.test(key) || key === 'n') && found) {
      event.preventDefault();
      found.checked = found.type === 'checkbox' ? !found.checked : true;
      found.focus();
    }
    else if (key === 's') { var skip = document.getElementById('skip-link'); if (skip) { event.preventDefault(); skip.click(); } }
    else if (key === 'm') { event.preventDefault(); document.getElementById('memo').focus(); }
  });
})();
(function () {
  var note = document.getElementById('live-note');
  if (!note || !window.fetch) return;
  note.textContent = note.dataset.live;
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
      .catch(function () { note.textContent = note.dataset.stopped; });
  }
  setTimeout(poll, 5000);
})();
)js";

}  // namespace peiling::web
