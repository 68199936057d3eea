// The script: progressive enhancement. Without it the form works as typed numbers and
// shows every conditional question with its condition in words; with it a rank item can
// be dragged or moved with the arrow keys (its numbers follow the order), a number used
// twice is flagged before submitting, and a conditional question is shown only once an
// option it depends on is chosen (hidden, it is disabled, so nothing of it is sent).
#include "web/static_assets.h"

namespace peiling::web {

const std::string_view kScript = R"js('use strict';
(function () {
  // The page gives the words in its own language (data-* on the list), {} marks the value.
  function fill(pattern, value) { return pattern.replace('{}', value); }

  function inputs(list) { return Array.prototype.slice.call(list.querySelectorAll('input')); }

  function renumber(list) {
    var count = Number(list.dataset.count), highFirst = list.dataset.highFirst === '1';
    Array.prototype.forEach.call(list.children, function (item, index) {
      item.querySelector('input').value = String(highFirst ? count - index : index + 1);
    });
    flagDuplicates(list);
  }

  function flagDuplicates(list) {
    var seen = {}, repeated = [];
    inputs(list).forEach(function (input) {
      var value = input.value.trim();
      if (value !== '') seen[value] = (seen[value] || 0) + 1;
    });
    inputs(list).forEach(function (input) {
      var value = input.value.trim(), twice = value !== '' && seen[value] > 1;
      input.classList.toggle('duplicate', twice);
      if (twice) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      if (twice && repeated.indexOf(value) < 0) repeated.push(value);
    });
    var note = list.parentNode.querySelector('.rank-note');
    note.textContent = repeated.length === 0 ? '' :
      (repeated.length === 1 ? fill(list.dataset.repeatedOne, repeated[0])
                             : fill(list.dataset.repeatedMany, repeated.join(', '))) +
      ' ' + list.dataset.useOnce;
    return repeated.length;
  }

  function move(list, item, offset) {
    var target = offset < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!target) return;
    list.insertBefore(item, offset < 0 ? target : target.nextElementSibling);
    renumber(list);
  }

  function addHandle(list, item) {
    var handle = document.createElement('button');
    handle.type = 'button';
    handle.className = 'rank-handle';
    handle.textContent = '\u21C5';
    handle.setAttribute('aria-label', fill(list.dataset.move, item.querySelector('strong').textContent));
    handle.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      event.preventDefault();
      move(list, item, event.key === 'ArrowUp' ? -1 : 1);
      handle.focus();
    });
    // Listeners on the document, not pointer capture: moving the item in the DOM would
    // release a capture on its handle.
    handle.addEventListener('pointerdown', function (event) {
      event.preventDefault();
      item.classList.add('dragging');
      function follow(moveEvent) {
        var under = document.elementFromPoint(moveEvent.clientX, moveEvent.clientY);
        var over = under && under.closest('.rank-item');
        if (!over || over === item || over.parentNode !== list) return;
        var box = over.getBoundingClientRect();
        var before = moveEvent.clientY < box.top + box.height / 2 ? over : over.nextElementSibling;
        if (before !== item && before !== item.nextElementSibling) list.insertBefore(item, before);
      }
      function drop() {
        document.removeEventListener('pointermove', follow);
        document.removeEventListener('pointerup', drop);
        document.removeEventListener('pointercancel', drop);
        item.classList.remove('dragging');
        renumber(list);
      }
      document.addEventListener('pointermove', follow);
      document.addEventListener('pointerup', drop);
      document.addEventListener('pointercancel', drop);
    });
    item.insertBefore(handle, item.firstChild);
  }

  // Blocks in page order, so a question that depends on a conditional one sees it already
  // updated.
  function applyConditions(blocks) {
    blocks.forEach(function (block) {
      var values = block.dataset.showValues.split(' '), shown = false;
      Array.prototype.forEach.call(document.getElementsByName(block.dataset.showField), function (input) {
        var source = input.closest('fieldset.question');
        if (input.checked && values.indexOf(input.value) >= 0 && !(source && source.hidden)) shown = true;
      });
      block.hidden = !shown;
      block.disabled = !shown;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var conditional = Array.prototype.slice.call(document.querySelectorAll('fieldset[data-show-field]'));
    if (conditional.length > 0) {
      document.addEventListener('change', function () { applyConditions(conditional); });
      applyConditions(conditional);
    }
    var lists = Array.prototype.slice.call(document.querySelectorAll('ol.rank'));
    lists.forEach(function (list) {
      Array.prototype.forEach.call(list.children, function (item) { addHandle(list, item); });
      list.addEventListener('input', function () { flagDuplicates(list); });
      flagDuplicates(list);
    });
    var form = document.querySelector('form');
    if (!form) return;
    form.addEventListener('submit', function (event) {
      var bad = lists.filter(function (list) { return flagDuplicates(list) > 0; });
      if (bad.length === 0) return;
      event.preventDefault();
      bad[0].querySelector('input.duplicate').focus();
    });
  });
})();
)js";

}  // namespace peiling::web
