// The researcher's workbench in headless Chromium: the whole cycle through its pages as a
// person clicks it (open the printed link, create a survey from an uploaded definition,
// edit a definition (its problems under their lines, a preview per group), start the
// respondent form and fill it in on a 360-px phone, import a CSV with a bad row
// and then a good one, map an exported form's columns, write the report and download it and
// a chart as PNG, and download it as a
// zip, code four open answers
// of another survey (two dragged onto their box, two with the keys, one undone), code them
// again as a second coder, see the agreement figures, resolve two disagreements, close it,
// ask to delete), with
// axe-core's WCAG 2.1 A/AA rules on every page on the way, 0 violations allowed, and a
// screenshot of each (in PEILING_KEEP_SCREENSHOTS when set, else the work folder).
//
//   node workbench_e2e.mjs WORK_DIR BASE_URL KEY DEFINITION.json BAD.csv GOOD.csv CODING_SURVEY_ID EXPORT.csv UNITS_SURVEY_ID
// (UNITS_SURVEY_ID: a survey with the schools klimop and esdoorn, whose Collect page gives each its link and QR code)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, runChecks } from './cdp.mjs';

const [workDir, base, key, definition, badCsv, goodCsv, codingSurvey, exportCsv, unitsSurvey] = process.argv.slice(2);
const shots = process.env.PEILING_KEEP_SCREENSHOTS || workDir;
const axeSource = readFileSync(fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The report in its frames is checked on its own by report_axe.mjs; here the workbench's page.
const runAxe = `axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ${JSON.stringify(tags)} },
    resultTypes: ['violations'] })
  .then((results) => results.violations.map((v) => v.id + ': ' + v.help + ' — ' +
    v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`;

runChecks(240, async (check) => {
  const chromium = launchChromium(workDir);
  try {
    const tab = await chromium.newPage(1280, 900);
    const { evaluate, navigate, call } = tab;
    let shot = 0;
    const text = () => evaluate('document.body.innerText');
    // axe-core on the page as it is now, and a screenshot of the whole of it.
    const audit = async (name) => {
      await evaluate(axeSource);
      const violations = await evaluate(runAxe);
      check(`${name}: no WCAG 2.1 A/AA violations (axe-core)`, violations.length === 0, violations.join('\n    '));
      await tab.screenshotWhole(join(shots, `workbench-${String(++shot).padStart(2, '0')}-${name.replace(/\W+/g, '-')}.png`), 1280);
    };
    const submit = async (selector) => {
      const loaded = tab.nextLoad();
      await evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);
      await loaded;
    };
    // A link (or button) in the list's row of the survey made here.
    const ourRow = `[...document.querySelectorAll('tr')].find((row) => row.textContent.includes('nulmeting 2026'))`;
    const follow = async (linkText) => {
      const loaded = tab.nextLoad();
      await evaluate(`[...${ourRow}.querySelectorAll('a')].find((a) => a.textContent.startsWith(${JSON.stringify(linkText)})).click()`);
      await loaded;
    };
    const press = async (name) => {
      const loaded = tab.nextLoad();
      await tab.key(name, name.length === 1 ? name.toUpperCase().charCodeAt(0) : 13);
      await loaded;
    };
    // Drags the answer card onto box number `index` (1-based) with the mouse, in steps.
    const drag = async (index) => {
      const at = await evaluate(`(() => {
        const centre = (e) => { const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; };
        return [centre(document.getElementById('answer-card')), centre(document.querySelectorAll('.box')[${index - 1}])];
      })()`);
      const [[x0, y0], [x1, y1]] = at;
      const mouse = (type, x, y) => call('Input.dispatchMouseEvent',
        { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 });
      await mouse('mousePressed', x0, y0);
      for (let step = 1; step <= 8; step++) await mouse('mouseMoved', x0 + (x1 - x0) * step / 8, y0 + (y1 - y0) * step / 8);
      const loaded = tab.nextLoad();
      await mouse('mouseReleased', x1, y1);
      await loaded;
    };
    const shown = () => evaluate(`document.querySelector('input[name=response]')?.value`);
    const remaining = async () => Number((await text()).match(/Nog (\d+) te coderen/)?.[1]);
    const chooseFile = async (selector, file) => {
      const { root } = await call('DOM.getDocument', {});
      const { nodeId } = await call('DOM.querySelector', { nodeId: root.nodeId, selector });
      await call('DOM.setFileInputFiles', { nodeId, files: [file] });
    };

    // Without the key (another host name: the cookie belongs to 127.0.0.1), then with it.
    await navigate(base.replace('127.0.0.1', 'localhost') + '/');
    check('without the key: the page that points to the terminal', (await text()).includes('Gebruik de link uit het terminalvenster'));
    await audit('zonder sleutel');
    await navigate(`${base}/?key=${key}`);
    check('the link opens the survey list, without the key in the address bar',
      (await evaluate('location.href')) === `${base}/` && (await text()).includes('Nieuwe peiling'));
    await audit('peilingen begin');
    // On a 390-px phone (with --listen) the list keeps the phone's width: a wide table
    // scrolls on its own, or the browser zooms the whole page out.
    await tab.phone(390, 844, 1);
    await navigate(`${base}/`);
    const phoneWidth = await evaluate(`[document.documentElement.scrollWidth, innerWidth,
      Math.round(document.querySelector('table.surveys caption').getBoundingClientRect().right)]`);
    check('the survey list keeps a 390-px phone\'s width, its caption on the screen',
          phoneWidth[0] <= 390 && phoneWidth[1] === 390 && phoneWidth[2] <= 390,
          `the page is ${phoneWidth[0]} px wide (layout ${phoneWidth[1]} px), the caption ends at ${phoneWidth[2]} px`);
    await tab.resize(1280, 900);
    await navigate(`${base}/`);

    // The definition editor: a bundled definition opened, broken (the problem shows under
    // its line), mended (a preview per group in phone-sized frames).
    await submit('a[href="/definitie"]');
    await evaluate(`document.getElementById('start-from').value = 'ib-taken-bespreking'`);
    await submit('.inline-form button[type=submit]');
    const editText = (from, to) => evaluate(`(() => { const area = document.getElementById('definition-text');
      area.value = area.value.replace(${JSON.stringify(from)}, ${JSON.stringify(to)}); })()`);
    await editText('"type": "choice"', '"type": "keuze"');
    await submit('button[value=controleren]');
    check('the editor shows the problem under its line', (await evaluate(
      `document.querySelector('.line-problem')?.parentElement.querySelector('code').textContent`))?.includes('"keuze"') &&
      (await text()).includes('regel 16, kolom 15'));
    await audit('definitie met probleem');
    await editText('"type": "keuze"', '"type": "choice"');
    await submit('button[value=controleren]');
    check('a sound definition is previewed per group', (await text()).includes('De definitie is in orde') &&
      (await evaluate(`document.querySelectorAll('iframe.preview-frame').length`)) === 3);
    check('the preview is the respondent\'s form', (await evaluate(`new Promise((done) => setTimeout(() => done(
      document.querySelector('iframe.preview-frame').contentDocument.querySelectorAll('fieldset').length), 500))`)) > 3);
    await audit('definitie voorbeeld');
    await navigate(`${base}/`);

    // Create from an uploaded definition.
    await chooseFile('#definition', definition);
    await submit('form:has(#definition) button[type=submit]');
    check('the uploaded definition is checked and accepted', (await text()).includes('De definitie is gecontroleerd en in orde'));
    await audit('nieuwe peiling');
    await evaluate(`document.getElementById('label').value = 'nulmeting 2026';
      document.querySelectorAll('input[type=number]').forEach((input) => { input.value = '4'; })`);
    await submit('button[type=submit]');
    check('the survey is made and listed', (await text()).includes('De peiling is gemaakt') && (await text()).includes('nulmeting 2026'));
    check('the live counts run', (await evaluate(`document.getElementById('live-note').textContent`)).includes('5 seconden'));
    await audit('peilingen');

    // Collect: start the respondent form (this computer only), and fill it in on a 360-px phone.
    await follow('Verzamelen');
    await audit('verzamelen');
    await submit('form[action$="/starten"] button[type=submit]');
    check('the form is started, with its links per group and QR code', (await text()).includes('Het formulier is gestart') &&
      (await evaluate(`document.querySelectorAll('.collect-qr svg.qr').length`)) === 1);
    await audit('verzamelen gestart');
    const ibLink = await evaluate(`[...document.querySelectorAll('a')].map((a) => a.href).find((h) => h.endsWith('/g/ib'))`);
    const phone = await chromium.newPage(360, 800);
    await phone.phone(360, 800);
    await phone.navigate(ibLink);
    check('the form fits a 360-px phone', await phone.evaluate(`document.documentElement.scrollWidth <= 360`));
    await phone.evaluate(`(() => {
      for (const [name, value] of [['a:hoe-vaak', 'nooit'], ['a:duidelijk', '3']]) {
        const input = document.querySelector('[name="' + name + '"][value="' + value + '"]') || document.querySelector('[name="' + name + '"]');
        if (input.type === 'radio' || input.type === 'checkbox') input.checked = true; else input.value = value;
      }
    })()`);
    await phone.screenshotWhole(join(shots, `workbench-${String(++shot).padStart(2, '0')}-formulier-telefoon.png`), 360);
    const thanked = phone.nextLoad();
    await phone.evaluate(`document.querySelector('button[type=submit]').click()`);
    await thanked;
    check('the phone\'s response is stored', (await phone.evaluate(`document.querySelector('h1').textContent`)) === 'Bedankt!');
    await phone.close();
    await call('Page.bringToFront');  // a tab in the background may never paint a screenshot
    await navigate(`${base}/`);

    // Collect for a board's survey: a link and QR code per school (the plain address refuses),
    // the slips form asks for the school; then the form is stopped again.
    await navigate(`${base}/peilingen/${unitsSurvey}/verzamelen`);
    await submit('form[action$="/starten"] button[type=submit]');
    const schoolLinks = await evaluate(`[...document.querySelectorAll('a')].map((a) => a.href).filter((h) => h.includes('/u/'))`);
    check('a board\'s survey gets a link and a QR code per school', schoolLinks.length === 2 &&
      schoolLinks[0].endsWith('/u/klimop/') && schoolLinks[1].endsWith('/u/esdoorn/') &&
      (await evaluate(`document.querySelectorAll('.collect-qr svg.qr').length`)) === 2 &&
      (await evaluate(`document.querySelectorAll('#slip-unit option').length`)) === 2, schoolLinks.join(' '));
    await audit('verzamelen per school');
    await submit('form[action$="/stoppen"] button[type=submit]');

    // The board's report page: a link per school's report and to the board report; each made
    // there (the same code as `peiling report --unit` / `--by-unit`) and shown in its frames.
    await navigate(`${base}/peilingen/${unitsSurvey}/rapport`);
    const schoolReports = await evaluate(`[...document.querySelectorAll('ul.unit-list a')].map((a) => a.textContent)`);
    check('a board\'s report page links each school\'s report', schoolReports.join('|') === 'De Klimop|esdoorn',
      schoolReports.join('|'));
    await audit('rapport met scholen');
    const opened = tab.nextLoad();
    await evaluate(`document.querySelector('ul.unit-list a').click()`);
    await opened;
    await submit('form[method=post] button[type=submit]');
    check('a school\'s report is made and framed', (await text()).includes('Het rapport van De Klimop is gemaakt') &&
      (await evaluate(`[...document.querySelectorAll('iframe.report-frame')].map((f) => f.src.split('/').pop()).join(' ')`)) ===
        'rapport.html vergelijking-bestuur.html slides.html');
    await audit('rapport van een school');
    await navigate(`${base}/peilingen/${unitsSurvey}/rapport-bestuur`);
    await submit('form[method=post] button[type=submit]');
    check('the board report is made and framed', (await text()).includes('Het bestuursrapport is gemaakt') &&
      (await evaluate(`document.querySelectorAll('iframe.report-frame').length`)) === 1);
    await audit('bestuursrapport');
    await navigate(`${base}/`);

    // Import: a file with bad rows is refused whole, with every reason; a good one is stored on confirmation.
    await follow('Importeren');
    await audit('importeren');
    await chooseFile('#csv', badCsv);
    await submit('button[type=submit]');
    const refused = await text();
    check('bad rows are listed before anything is stored', refused.includes('2 rijen zijn afgekeurd') &&
      refused.includes('rij 3, duidelijk') && refused.includes('rij 4, hoe-vaak'), refused.slice(0, 300));
    await audit('import afgekeurd');
    await chooseFile('#csv', goodCsv);
    await submit('button[type=submit]');
    check('a good file waits for confirmation', (await text()).includes('2 antwoorden zijn klaar om op te slaan'));
    await audit('import controleren');
    await submit('button[type=submit]');
    check('confirmed: stored', (await text()).includes('2 antwoorden zijn opgeslagen'));
    await audit('import opgeslagen');
    // An exported Google Form: its columns mapped on the page (the guesses kept, the group
    // column chosen), then the same dry run; cancelled, so the report's counts stay.
    await navigate(`${base}/`);
    await follow('Importeren');
    await chooseFile('#csv', exportCsv);
    await submit('button[type=submit]');
    check('an exported form gets the mapping page, with the questions guessed from its headers',
      (await text()).includes('Kolommen koppelen') && (await evaluate(`document.getElementById('kolom-2').value`)) === 'hoe-vaak');
    await audit('import kolommen koppelen');
    await evaluate(`document.getElementById('kolom-1').value = 'groep'`);
    await submit('form[action$="/koppelen"] button[type=submit]');
    check('the mapped file is checked whole before anything is stored', (await text()).includes('1 antwoord is klaar om op te slaan'));
    await audit('import gekoppeld');
    await navigate(`${base}/`);
    await follow('Rapport');

    // The report, shown in the page.
    await audit('rapport nog niet');
    await submit('button[type=submit]');
    check('the report is made and shown in frames', (await text()).includes('Het rapport is gemaakt') &&
      (await evaluate(`document.querySelectorAll('iframe.report-frame').length`)) === 2);
    const report = await evaluate(`fetch(document.querySelector('iframe').src).then((r) => r.text())`);
    check('the report counts the phone\'s and the imported responses: 2 of 4 ib\'ers, 1 of 4 teachers, 3 of 12 in all',
      report.includes('2 van de 4 = 50%') && report.includes('1 van de 4 = 25%') && report.includes('3 van de 12 = 25%'));
    const download = await evaluate(`fetch(document.querySelector('a[download]').href).then(async (r) =>
      [r.headers.get('content-type'), Array.from(new Uint8Array(await r.arrayBuffer()).slice(0, 4)).join(',')])`);
    check('the report folder downloads as a zip', download[0] === 'application/zip' && download[1] === '80,75,3,4',
      download.join(' '));
    await audit('rapport');

    // The schoenendoos: coder "ben" codes answers of the other survey.
    await navigate(`${base}/peilingen/${codingSurvey}/coderen`);
    await audit('coderen wie');
    await evaluate(`document.getElementById('coder').value = 'ben'`);
    await submit('button[type=submit]');
    const before = await remaining();
    const firstCoded = await shown();
    check('the first answer card and the frame\'s boxes', before > 4 && (await evaluate(`document.querySelectorAll('.box').length`)) >= 3,
      String(before));
    await audit('coderen');
    await drag(2);
    await drag(3);
    check('two answers dragged onto their box', (await remaining()) === before - 2);
    await press('1');
    await press('2');
    check('two answers coded with the keys', (await remaining()) === before - 4);
    await press('u');
    check('u undoes the last decision', (await text()).includes('ongedaan gemaakt') && (await remaining()) === before - 3);
    await audit('coderen ongedaan');
    await press('4');
    const first = await shown();
    await press('s');
    check('s skips to the next answer', (await shown()) !== first && (await remaining()) === before - 4);

    // A second coder codes the same answers under their own name, without ben's codes in
    // sight; then the agreement figures, and two of the disagreements resolved side by side.
    await navigate(`${base}/peilingen/${codingSurvey}/coderen`);
    check('the coder page lists the coders so far', (await evaluate(
      `[...document.querySelectorAll('ul.rows a')].map((a) => a.textContent).join(',')`)).includes('ben'));
    await evaluate(`document.getElementById('coder').value = 'codeur 2'`);
    await submit('button[type=submit]');
    check('the second coder starts at the answer ben coded first', (await shown()) === firstCoded);
    await audit('coderen tweede codeur');
    for (let answer = 0; answer < 4; answer++) await press('1');
    await navigate(`${base}/peilingen/${codingSurvey}/overeenstemming?a=ben&b=codeur%202`);
    check('the agreement of ben and codeur 2: 1 of the 4 answers both coded',
      (await text()).includes('25% (1 van 4)'), (await text()).slice(0, 400));
    await audit('overeenstemming');
    await submit('a[href*="/overeenstemming/oplossen"]');
    check('the first of 3 disagreements, both coders side by side',
      (await text()).includes('Verschil 1 van 3') && (await evaluate(`document.querySelectorAll('.coder-side').length`)) === 2);
    await audit('verschillen oplossen');
    await press('b');
    check('b takes the second coder\'s code', (await text()).includes('Vastgelegd') && (await text()).includes('Verschil 1 van 2'));
    await tab.key('2', '2'.charCodeAt(0));
    check('2 ticks the frame\'s second code', await evaluate(`document.querySelector('[data-key="2"]').checked`));
    await submit('button[value=eigen]');
    check('an own code is recorded', (await text()).includes('Verschil 1 van 1'));
    await audit('verschillen opgelost');

    // The coded survey's report: its charts (with the agreed codes) as PNG downloads.
    await navigate(`${base}/peilingen/${codingSurvey}/rapport`);
    await submit('button[type=submit]');
    const png = await evaluate(`(() => { const link = document.querySelector('.png-charts a[download]');
      return link ? fetch(link.href).then((r) => r.headers.get('content-type')) : 'none'; })()`);
    check('the charts download as PNG', png === 'image/png', png);
    await audit('rapport grafieken');

    // Close, then ask to delete (and go back): the confirmation page.
    await navigate(`${base}/`);
    const closed = tab.nextLoad();
    await evaluate(`${ourRow}.querySelector('.actions button[type=submit]').click()`);
    await closed;
    check('the survey is closed', (await text()).includes('De peiling is gesloten'));
    await follow('Verwijderen');
    check('deleting asks first', (await text()).includes('definitief verwijderen'));
    await audit('verwijderen bevestigen');
    await navigate(`${base}/bestaat-niet`);
    await audit('niet gevonden');
    await tab.close();
  } finally {
    await chromium.close();
  }
});
