// The presenter page's script: the live counts without a meta refresh. Every five seconds
// it asks /presenter/tellingen (same origin, the key's cookie) and writes the numbers into
// the table, so nothing moves under a screen reader or the keyboard focus. Once the survey
// is closed (from the terminal, say) it loads the page again to show the closed state.
// Its texts come from the page (data-live, data-stopped), so the script holds no language.
#include "web/presenter_page.h"

namespace peiling::web {

const std::string_view kPresenterScript = R"js('use strict';
(function () {
  var note = document.getElementById('live-note');
  if (!note || !window.fetch) return;
  note.textContent = note.dataset.live;
  function put(selector, value) {
    var cell = document.querySelector(selector);
    if (cell && cell.textContent !== String(value)) cell.textContent = String(value);
  }
  function show(counts) {
    counts.responded.forEach(function (count, index) {
      put('[data-count="' + index + '"]', count);
      var invited = document.querySelector('[data-invited="' + index + '"]');
      if (invited) put('[data-missing="' + index + '"]', Math.max(0, Number(invited.textContent) - count));
    });
    put('#totaal', counts.total);
  }
  function poll() {
    fetch('/presenter/tellingen', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
      .then(function (counts) {
        if (!counts.open) { location.reload(); return; }
        show(counts);
        setTimeout(poll, 5000);
      })
      .catch(function () { note.textContent = note.dataset.stopped; });
  }
  setTimeout(poll, 5000);
})();
)js";

}  // namespace peiling::web
