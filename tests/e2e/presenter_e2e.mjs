// The presenter page and the respondent form in headless Chromium, with axe-core's WCAG
// 2.1 A/AA rules on each page (0 violations allowed): the presenter page's counts follow a
// response without reloading the page (its script polls; no meta refresh), the form of
// every group on a 360-px phone, the thank-you page, the form's errors without
// JavaScript, and closing the survey (the question, then the closed page). Screenshots in
// PEILING_KEEP_SCREENSHOTS when set, else the work folder.
//
//   node presenter_e2e.mjs WORK_DIR BASE_URL KEY GROUP...
// The survey is greven-fasen's: the leerkrachten form is filled in as form_e2e.mjs does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, runChecks } from './cdp.mjs';

const [workDir, base, key, ...groups] = process.argv.slice(2);
const shots = process.env.PEILING_KEEP_SCREENSHOTS || workDir;
const axeSource = readFileSync(fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const runAxe = `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} }, resultTypes: ['violations'] })
  .then((results) => results.violations.map((v) => v.id + ': ' + v.help + ' — ' +
    v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

runChecks(120, async (check) => {
  const chromium = launchChromium(workDir);
  try {
    let shot = 0;
    const audit = async (tab, name, width) => {
      await tab.evaluate(axeSource);
      const violations = await tab.evaluate(runAxe);
      check(`${name}: no WCAG 2.1 A/AA violations (axe-core)`, violations.length === 0, violations.join('\n    '));
      await tab.screenshotWhole(join(shots, `presenter-${String(++shot).padStart(2, '0')}-${name.replace(/\W+/g, '-')}.png`), width);
    };
    const submit = async (tab, selector) => {
      const loaded = tab.nextLoad();
      await tab.evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);
      await loaded;
    };

    // The presenter on the beamer.
    const presenter = await chromium.newPage(1280, 800);
    await presenter.navigate(`${base}/presenter?key=${key}`);
    check('the presenter page has no meta refresh',
      await presenter.evaluate(`document.querySelector('meta[http-equiv=refresh]') === null`));
    check('its script keeps the counts up', (await presenter.evaluate(`document.getElementById('live-note').textContent`))
      .includes('5 seconden'));
    const before = await presenter.evaluate(`document.querySelector('[data-group="leerkrachten"]').textContent`);
    await presenter.evaluate(`window.notReloaded = true`);
    await audit(presenter, 'presentatie', 1280);

    // The respondent form of every group on a 360-px phone.
    const phone = await chromium.newPage(360, 800);
    await phone.phone(360, 800);
    for (const group of groups) {
      await phone.navigate(`${base}/g/${group}`);
      check(`the form for ${group} fits a 360-px phone`, await phone.evaluate(`document.documentElement.scrollWidth <= 360`));
      await audit(phone, `formulier ${group}`, 360);
    }
    await phone.navigate(`${base}/g/leerkrachten`);
    await phone.evaluate(`(() => {
      const set = (name, value) => { const input = document.querySelector('[name="' + name + '"]');
        input.value = value; input.dispatchEvent(new Event('input', { bubbles: true })); };
      set('a:jaren', '12');
      ['1', '2', '3', '4', '5'].forEach((v, i) => set('r:fasen:f' + (i + 1), v));
    })()`);
    await submit(phone, 'button[type=submit]');
    check('the response is stored', (await phone.evaluate(`document.querySelector('h1').textContent`)) === 'Bedankt!');
    await audit(phone, 'bedankt', 360);

    // Without JavaScript the form is checked by the server; its error page passes too.
    await phone.call('Emulation.setScriptExecutionDisabled', { value: true });
    await phone.navigate(`${base}/g/leerkrachten`);
    await phone.evaluate(`document.querySelector('[name="a:jaren"]').value = '99'`);
    await submit(phone, 'button[type=submit]');
    check('the server marks the wrong fields', await phone.evaluate(`document.querySelectorAll('fieldset.invalid').length`) > 0);
    await phone.call('Emulation.setScriptExecutionDisabled', { value: false });
    await audit(phone, 'formulier fouten zonder script', 360);
    // Back to the beamer's tab (a tab in the background may never paint a screenshot).
    await phone.close();
    await presenter.call('Page.bringToFront');

    // The presenter's count follows without the page being loaded again.
    let counted = before;
    for (let waited = 0; waited < 15000 && counted === before; waited += 250) {
      await sleep(250);
      counted = await presenter.evaluate(`document.querySelector('[data-group="leerkrachten"]').textContent`);
    }
    check('the presenter page counts the response without reloading', counted === String(Number(before) + 1) &&
      await presenter.evaluate(`window.notReloaded === true`), `${before} -> ${counted}`);
    check('the total and the "not yet" column follow too',
      (await presenter.evaluate(`document.getElementById('totaal').textContent`)) === counted &&
      (await presenter.evaluate(`document.querySelector('[data-missing="' +
        document.querySelector('[data-group="leerkrachten"]').dataset.count + '"]').textContent`)) ===
        String(5 - Number(counted)));

    // Closing: the question first, then the closed page.
    await submit(presenter, 'form[action="/presenter/close"] button[type=submit]');
    check('closing asks first', (await presenter.evaluate('document.body.innerText')).includes('Weet u het zeker?'));
    await audit(presenter, 'sluiten bevestigen', 1280);
    await submit(presenter, 'form[action="/presenter/close"] button[type=submit]');
    check('the survey is closed', (await presenter.evaluate('document.body.innerText')).includes('De peiling is gesloten'));
    await audit(presenter, 'gesloten', 1280);
    await presenter.close();
  } finally {
    await chromium.close();
  }
});
