// End-to-end check of the web form in headless Chromium, as a respondent on a phone
// (390 px wide): open the greven-fasen form for leerkrachten, fill it in, see a repeated
// rank number flagged, order the ranking with the arrow keys and by dragging, submit, and find the
// response counted on the presenter page. Speaks the DevTools protocol over
// --remote-debugging-pipe, so it needs nothing but node and chromium.
//
//   node form_e2e.mjs FORM_URL PRESENTER_URL WORK_DIR
// Writes the screenshots and Chromium's profile into WORK_DIR (the caller removes it).
// Prints one line per step; exit code 0 when every check held.
import { join } from 'node:path';
import { launchChromium, runChecks } from './cdp.mjs';

const [formUrl, presenterUrl, shots] = process.argv.slice(2);

async function main(check, chromium) {
  const tab = await chromium.newPage(390, 844);
  const page = tab.call;
  await tab.phone(390, 844);
  const { evaluate, navigate } = tab;
  const screenshot = (name) => tab.screenshotWhole(join(shots, name), 390);
  const key = async (name, code) => {
    await page('Input.dispatchKeyEvent', { type: 'keyDown', key: name, code, windowsVirtualKeyCode: code === 'ArrowUp' ? 38 : 40 });
    await page('Input.dispatchKeyEvent', { type: 'keyUp', key: name, code, windowsVirtualKeyCode: code === 'ArrowUp' ? 38 : 40 });
  };

  // Many phones are 360 px wide: the form must fit without sideways scrolling (a long
  // word such as "systeemontwikkelaar" once pushed a rank box off the screen).
  await tab.phone(360, 800);
  await navigate(formUrl);
  check('the form fits a 360-px phone (no sideways scrolling)',
        await evaluate(`document.documentElement.scrollWidth <= 360`),
        await evaluate(`document.documentElement.scrollWidth + ' px wide'`));
  await tab.phone(390, 844);

  await navigate(formUrl);
  check('the form opens', await evaluate(`document.querySelector('form') !== null`));
  check('the script added a move handle to every rank item',
        await evaluate(`document.querySelectorAll('.rank-handle').length`) === 5);

  // Type the ranking by hand with a repeated number: flagged before submitting.
  await evaluate(`(() => {
    const set = (name, value) => { const input = document.querySelector('[name="' + name + '"]');
      input.focus(); input.value = value; input.dispatchEvent(new Event('input', { bubbles: true })); };
    set('a:jaren', '12');
    ['1', '2', '2', '4', '5'].forEach((v, i) => set('r:fasen:f' + (i + 1), v));
    document.querySelector('[name="a:taak"]').value = 'Meedenken <b>met</b> de leerkracht';
    document.querySelector('[name="a:hulp"]').value = 'Vaker in de klas';
  })()`);
  check('a repeated number is flagged', await evaluate(`document.querySelectorAll('input.duplicate').length`) === 2,
        await evaluate(`document.querySelector('.rank-note').textContent`));
  await evaluate(`document.querySelector('button[type=submit]').click()`);
  check('submitting with a repeated number is held back', await evaluate(`location.pathname`) === new URL(formUrl).pathname &&
        await evaluate(`document.activeElement.classList.contains('duplicate')`));
  await screenshot('form-duplicate.png');

  // Order with the keyboard: move the last item (f5) to the top; the numbers follow the order.
  await evaluate(`document.querySelectorAll('.rank-handle')[4].focus()`);
  for (let i = 0; i < 4; i++) await key('ArrowUp', 'ArrowUp');
  const order = await evaluate(`Array.from(document.querySelectorAll('ol.rank input')).map(i => i.name.split(':')[2] + '=' + i.value).join(' ')`);
  check('arrow keys reorder the ranking and renumber it', order === 'f5=5 f1=4 f2=3 f3=2 f4=1', order);
  check('no number is flagged any more', await evaluate(`document.querySelectorAll('input.duplicate').length`) === 0);

  // Order by dragging: the top item's handle onto the lower half of the item below it.
  const spots = await evaluate(`(() => {
    const items = document.querySelectorAll('ol.rank li');
    items[0].scrollIntoView({ block: 'start' });
    const handle = items[0].querySelector('.rank-handle').getBoundingClientRect();
    const below = items[1].getBoundingClientRect();
    return { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2,
             toY: Math.min(below.bottom - 8, innerHeight - 4), toX: below.x + below.width / 2 };
  })()`);
  const mouse = (type, x, y) => page('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 });
  await mouse('mousePressed', spots.x, spots.y);
  for (let step = 1; step <= 5; step++)
    await mouse('mouseMoved', spots.x + (spots.toX - spots.x) * step / 5, spots.y + (spots.toY - spots.y) * step / 5);
  await mouse('mouseReleased', spots.toX, spots.toY);
  const dragged = await evaluate(`Array.from(document.querySelectorAll('ol.rank input')).map(i => i.name.split(':')[2] + '=' + i.value).join(' ')`);
  check('dragging reorders the ranking and renumbers it', dragged === 'f1=5 f5=4 f2=3 f3=2 f4=1', dragged);
  await evaluate(`document.querySelectorAll('.rank-handle')[1].focus()`);
  await key('ArrowUp', 'ArrowUp');
  await screenshot('form-filled.png');

  const submitted = tab.nextLoad();
  await evaluate(`document.querySelector('button[type=submit]').click()`);
  await submitted;
  check('the thank-you page follows', await evaluate(`document.querySelector('h1').textContent`) === 'Bedankt!');
  await screenshot('thanks.png');

  await tab.phone(390, 844, 1);
  await navigate(presenterUrl);
  const counted = await evaluate(`document.querySelector('[data-group="leerkrachten"]').textContent`);
  check('the presenter page counts the response', counted === '1', `leerkrachten: ${counted}`);
  await screenshot('presenter.png');

  // Without JavaScript the form still works; the server marks the wrong fields.
  await page('Emulation.setScriptExecutionDisabled', { value: true });
  await navigate(formUrl);
  check('without JavaScript the ranking is plain number fields',
        await evaluate(`document.querySelectorAll('.rank-handle').length`) === 0);
  await evaluate(`document.querySelector('[name="a:jaren"]').value = '99'`);
  const answered = tab.nextLoad();
  await evaluate(`document.querySelector('button[type=submit]').click()`);
  await answered;
  const marked = await evaluate(`Array.from(document.querySelectorAll('fieldset.invalid')).map(f => f.id).join(' ')`);
  check('the server marks each wrong field', marked === 'vraag-jaren vraag-fasen', marked);
  check('what was typed is kept', await evaluate(`document.querySelector('[name="a:jaren"]').value`) === '99');
  await screenshot('form-errors-nojs.png');
}

runChecks(60, async (check) => {
  const chromium = launchChromium(shots);
  try {
    await main(check, chromium);
  } finally {
    await chromium.close();
  }
});
