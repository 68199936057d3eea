// End-to-end check of conditional questions (show_if) in headless Chromium on a 360-px
// phone, with the ib-overleg questionnaire: with JavaScript a follow-up question appears
// only once an option it depends on is chosen, disappears again (with the question that
// depends on it) when the answer changes, and nothing of a hidden question is sent;
// without JavaScript every question shows its condition in words and the server refuses
// an answer to a question whose condition does not hold.
//
//   node show_if_e2e.mjs FORM_URL WORK_DIR
// Writes the screenshots and Chromium's profile into WORK_DIR. Prints one line per step;
// exit code 0 when every check held.
import { join } from 'node:path';
import { launchChromium, runChecks } from './cdp.mjs';

const [formUrl, shots] = process.argv.slice(2);

async function main(check, chromium) {
  const tab = await chromium.newPage(360, 800);
  const page = tab.call;
  await tab.phone(360, 800);
  const { evaluate, navigate } = tab;
  const screenshot = (name) => tab.screenshotWhole(join(shots, name), 360);
  const shown = () => evaluate(`Array.from(document.querySelectorAll('fieldset.question'))
    .filter(f => !f.hidden).map(f => f.id.replace('vraag-', '')).join(' ')`);
  const click = (selector) => evaluate(`document.querySelector('${selector}').click()`);
  const fits = async () => evaluate(`document.documentElement.scrollWidth <= 360`);

  await navigate(formUrl);
  check('with JavaScript, the follow-up questions wait for an answer', (await shown()) === 'hoe-vaak wens', await shown());
  check('the form fits a 360-px phone', await fits());
  await click('input[name="a:hoe-vaak"][value="nooit"]');
  check('choosing "Nooit" shows why-not', (await shown()) === 'hoe-vaak waarom-niet wens', await shown());
  await click('input[name="m:waarom-niet"][value="anders"]');
  check('ticking "Een andere reden" shows the question that depends on it',
        (await shown()) === 'hoe-vaak waarom-niet anders-reden wens', await shown());
  await evaluate(`document.querySelector('[name="a:anders-reden"]').value = 'Ziek'`);
  check('the shown questions still fit', await fits());
  await screenshot('show-if-nooit.png');
  await click('input[name="a:hoe-vaak"][value="soms"]');
  check('changing the answer hides why-not and what depends on it, and shows the other follow-up',
        (await shown()) === 'hoe-vaak nuttig wens', await shown());
  check('a hidden question is disabled, so its answers are not sent',
        await evaluate(`document.querySelector('#vraag-waarom-niet').disabled && document.querySelector('#vraag-anders-reden').disabled`));
  await click('input[name="a:nuttig"][value="4"]');
  await screenshot('show-if-soms.png');
  const sent = tab.nextLoad();
  await click('button[type=submit]');
  await sent;
  check('the form is taken', await evaluate(`document.querySelector('h1').textContent`) === 'Bedankt!');

  await page('Emulation.setScriptExecutionDisabled', { value: true });
  await navigate(formUrl);
  check('without JavaScript every question is shown', (await shown()) === 'hoe-vaak waarom-niet nuttig anders-reden wens',
        await shown());
  const notes = await evaluate(`Array.from(document.querySelectorAll('.condition')).map(p => p.textContent).join(' | ')`);
  check('each follow-up shows its condition in words', notes.split(' | ').length === 3 && notes.startsWith('Alleen invullen als je bij'), notes);
  check('the form without JavaScript fits a 360-px phone', await fits());
  await screenshot('show-if-nojs.png');
  await click('input[name="a:hoe-vaak"][value="soms"]');
  await click('input[name="m:waarom-niet"][value="geen-tijd"]');
  await click('input[name="a:nuttig"][value="5"]');
  const refused = tab.nextLoad();
  await click('button[type=submit]');
  await refused;
  const marked = await evaluate(`Array.from(document.querySelectorAll('fieldset.invalid')).map(f => f.id).join(' ')`);
  check('the server refuses an answer to a question whose condition does not hold', marked === 'vraag-waarom-niet', marked);
  await screenshot('show-if-nojs-refused.png');
  await click('input[name="m:waarom-niet"][value="geen-tijd"]');
  const taken = tab.nextLoad();
  await click('button[type=submit]');
  await taken;
  check('left empty, the form is taken', await evaluate(`document.querySelector('h1').textContent`) === 'Bedankt!');
}

runChecks(60, async (check) => {
  const chromium = launchChromium(shots);
  try {
    await main(check, chromium);
  } finally {
    await chromium.close();
  }
});
