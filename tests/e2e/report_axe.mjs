// Runs axe-core (installed from npm into tests/e2e/node_modules by scripts/setup.sh
// --with-browser; never fetched at run time) in headless Chromium on report pages and
// fails on any violation of the WCAG 2.1 A and AA rules, printing the rule and the
// elements (in a deck, #dia-N names the slide).
//
//   node report_axe.mjs WORK_DIR [--pending RULE]... PAGE.html...
// A --pending rule (one another branch fixes) is reported but not counted; once it no
// longer occurs on any page, that fails too, so the exception is removed with the fix.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, runChecks } from './cdp.mjs';

const [workDir, ...rest] = process.argv.slice(2);
const pending = new Set();
while (rest[0] === '--pending') { rest.shift(); pending.add(rest.shift()); }
const pages = rest;
const pendingSeen = new Set();
const axePath = fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url));
const axeSource = readFileSync(axePath, 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The violations on the page as it is shown now, one line each with its elements.
const runAxe = `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} }, resultTypes: ['violations'] })
  .then((results) => results.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + '\\n      ' +
    v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160))
      .join('\\n      ') + (v.nodes.length > 4 ? '\\n      (and ' + (v.nodes.length - 4) + ' more)' : '')))`;

const listed = (lines) => (lines.length ? '\n    ' + lines.join('\n    ') : '');

// The violations that count; pending ones are remembered and printed once.
function counted(violations, label) {
  return violations.filter((violation) => {
    const rule = violation.split(' ')[0];
    if (!pending.has(rule)) return true;
    if (!pendingSeen.has(rule)) console.log(`pending (not counted) on ${label}: ${violation.split('\n')[0]}`);
    pendingSeen.add(rule);
    return false;
  });
}

runChecks(300, async (check) => {
  const chromium = launchChromium(workDir);
  try {
    const page = await chromium.newPage(1280, 720);
    for (const file of pages.map((p) => resolve(p))) {
      const label = `${basename(dirname(file))}/${basename(file)}`;
      await page.navigate(`file://${file}#1`);
      await page.evaluate(axeSource);
      const slides = await page.evaluate(`document.querySelectorAll('.slide').length`);
      if (!slides) {
        const violations = counted(await page.evaluate(runAxe), label);
        check(`${label}: no WCAG 2.1 A/AA violations (axe-core)`, violations.length === 0, listed(violations));
        continue;
      }
      // Every slide shown at once, one under another (the deck's layout without its script),
      // so one run sees them all; the slide each element is on names it.
      await page.evaluate(`document.documentElement.classList.remove('js')`);
      const lines = counted(await page.evaluate(runAxe), label);
      check(`${label}: no WCAG 2.1 A/AA violations on any of its ${slides} slides (axe-core)`, lines.length === 0,
            listed(lines));
    }
    await page.close();
    for (const rule of pending)
      check(`the pending rule ${rule} still occurs (else remove --pending ${rule} from the test)`, pendingSeen.has(rule));
  } finally {
    await chromium.close();
  }
});
