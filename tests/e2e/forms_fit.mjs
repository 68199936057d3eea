// Every form of every bundled questionnaire on a 360-px phone: the page fits without
// sideways scrolling, no field or label reaches past the screen's edge, and every input of
// a Likert matrix can be reached and ticked.
//
//   node forms_fit.mjs WORK_DIR [--screenshots DIR] FORM_URL...
// Prints one line per check; exit code 0 when every check held.
import { basename } from 'node:path';
import { launchChromium, runChecks } from './cdp.mjs';

const args = process.argv.slice(2);
const workDir = args.shift();
let shots = null;
if (args[0] === '--screenshots') { args.shift(); shots = args.shift(); }

runChecks(120, async (check) => {
  const chromium = launchChromium(workDir);
  try {
    const page = await chromium.newPage(360, 800);
    await page.phone(360, 800, 1);
    for (const url of args) {
      await page.navigate(url);
      const name = url.replace(/^https?:\/\/[^/]+/, '');
      check(`${name}: fits a 360-px phone (no sideways scrolling)`,
            await page.evaluate('document.documentElement.scrollWidth <= 360'),
            await page.evaluate(`document.documentElement.scrollWidth + ' px wide'`));
      const outside = await page.evaluate(`[...document.querySelectorAll('main *')]
        .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -0.5 || r.right > 360.5); })
        .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).slice(0, 5).join(', ')`);
      check(`${name}: every element within the screen's width`, outside === '', outside);
      const statements = await page.evaluate(`document.querySelectorAll('fieldset.statement').length`);
      if (statements > 0) {
        const ticked = await page.evaluate(`(() => {
          let ticked = 0;
          for (const statement of document.querySelectorAll('fieldset.statement')) {
            const radios = statement.querySelectorAll('input[type=radio]');
            const last = radios[radios.length - 1];
            last.scrollIntoView();
            const r = last.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (hit === last || hit?.htmlFor === last.id) { last.click(); ticked += last.checked ? 1 : 0; }
          }
          return ticked;
        })()`);
        check(`${name}: each of the ${statements} matrix statements can be ticked on its scale`, ticked === statements,
              `${ticked} ticked`);
      }
      if (shots) {  // where the matrix is, if there is one: the hardest part to fit
        await page.evaluate(`(document.querySelector('fieldset.statement')?.closest('fieldset.question') ??
                              document.body).scrollIntoView()`);
        await page.screenshot(`${shots}/form-${basename(name)}.png`);
      }
    }
  } finally {
    await chromium.close();
  }
});
