// Walks every slide of one or more slides.html files in headless Chromium, at 1280 x 720
// and at 1024 x 768 (an old beamer), the way a presenter does: with the arrow key. Fails,
// naming the deck, the slide and the element, when anything reaches outside the screen or
// the slide, is clipped by an overflow, runs under the slide counter, or is set smaller
// than a classroom can read: 18 px for any text and chart text, 20 px in tables, at
// 1280 x 720 (in proportion at other sizes, since the slide scales with the screen).
// It prints each deck to PDF (one page per slide), and checks that the deck without
// JavaScript shows every slide one under another.
//
//   node slides_fit.mjs WORK_DIR [--screenshots DIR] SLIDES.html...
// With --screenshots, writes DIR/<deck>-<width>-<n>.png of every slide.
import { basename, dirname, resolve } from 'node:path';
import { launchChromium, runChecks } from './cdp.mjs';

const args = process.argv.slice(2);
const workDir = args.shift();
let shots = null;
if (args[0] === '--screenshots') { args.shift(); shots = args.shift(); }
const decks = args.map((file) => resolve(file));
const screens = [[1280, 720], [1024, 768]];

// Runs in the page on the slide that is shown; returns a list of problems, each naming
// the element. The slide's own box is the limit: its padding holds only the counter.
const inspectSlide = String.raw`(() => {
  const slide = document.querySelector('.slide.current') || document.querySelector('.slide');
  return window.__inspect(slide);
})()`;

const inspector = String.raw`window.__inspect = (slide) => {
  const problems = [];
  const scale = slide.getBoundingClientRect().width / 1280;
  const name = (element) => {
    let text = element.tagName.toLowerCase() + (element.className && typeof element.className === 'string'
      ? '.' + element.className.trim().split(/\s+/).join('.') : '');
    const words = (element.textContent || '').trim().replace(/\s+/g, ' ');
    return text + (words ? ' "' + words.slice(0, 50) + (words.length > 50 ? '…' : '') + '"' : '');
  };
  const box = slide.getBoundingClientRect();
  const slack = 0.5;
  if (box.left < -slack || box.top < -slack || box.right > innerWidth + slack || box.bottom > innerHeight + slack)
    problems.push('the slide (' + Math.round(box.width) + ' x ' + Math.round(box.height) + ') is larger than the screen');
  if (slide.scrollHeight > slide.clientHeight + 1)
    problems.push('the content is ' + (slide.scrollHeight - slide.clientHeight) + ' px taller than the slide');
  if (slide.scrollWidth > slide.clientWidth + 1)
    problems.push('the content is ' + (slide.scrollWidth - slide.clientWidth) + ' px wider than the slide');
  const counter = slide.querySelector('.counter');
  const counterBox = counter ? counter.getBoundingClientRect() : null;
  for (const element of slide.querySelectorAll('*')) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const outside = [];
    if (r.left < box.left - slack) outside.push((box.left - r.left).toFixed(0) + ' px left');
    if (r.right > box.right + slack) outside.push((r.right - box.right).toFixed(0) + ' px right');
    if (r.top < box.top - slack) outside.push((box.top - r.top).toFixed(0) + ' px above');
    if (r.bottom > box.bottom + slack) outside.push((r.bottom - box.bottom).toFixed(0) + ' px below');
    if (outside.length) { problems.push(name(element) + ' reaches ' + outside.join(', ') + ' the slide'); continue; }
    if (!(element instanceof HTMLElement)) continue;
    const style = getComputedStyle(element);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (clips && element !== slide && (element.scrollHeight > element.clientHeight + 1 ||
                                       element.scrollWidth > element.clientWidth + 1))
      problems.push(name(element) + ' clips its content');
    if (/^(TD|TH|LI|P|H1|H2|H3|FIGCAPTION|SPAN)$/.test(element.tagName) && element.scrollWidth > element.clientWidth + 1)
      problems.push(name(element) + ': text runs ' + (element.scrollWidth - element.clientWidth) + ' px out of its box');
    if (counterBox && element !== counter && !counter.contains(element) && element.children.length === 0 &&
        r.right > counterBox.left && r.left < counterBox.right && r.bottom > counterBox.top && r.top < counterBox.bottom)
      problems.push(name(element) + ' runs under the slide counter');
  }
  // Text size: each text node's element, and SVG text as drawn (font size x the SVG's scale).
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  const reported = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || reported.has(element)) continue;
    const inSvg = element.closest('svg');
    if (inSvg && !(element instanceof SVGTextContentElement)) continue;  // <title>, <desc>
    const size = parseFloat(getComputedStyle(element).fontSize) * (inSvg ? Math.hypot(element.getScreenCTM().a, element.getScreenCTM().b) : 1);
    const minimum = (element.closest('table') ? 20 : 18) * scale;
    if (size < minimum - 0.05) {
      reported.add(element);
      problems.push(name(element) + ' is ' + size.toFixed(1) + ' px, under ' + minimum.toFixed(1) + ' px' +
                    (inSvg ? ' (chart text)' : ''));
    }
  }
  return problems;
}`;

runChecks(600, async (check) => {
  const chromium = launchChromium(workDir);
  try {
    for (const [width, height] of screens) {
      const page = await chromium.newPage(width, height);
      for (const deck of decks) {
        const label = `${basename(dirname(deck))}/${basename(deck)} at ${width}x${height}`;
        await page.navigate(`file://${deck}#1`);
        await page.evaluate(inspector);
        const count = await page.evaluate(`document.querySelectorAll('.slide').length`);
        const failing = [];
        for (let number = 1; number <= count; number++) {
          const shown = await page.evaluate(`[location.hash, document.querySelector('.slide.current .counter')?.textContent]`);
          if (shown[0] !== '#' + number || shown[1] !== `${number} / ${count}`) {
            check(`${label}: the arrow key shows slide ${number}`, false, `address ${shown[0]}, counter ${shown[1]}`);
            break;
          }
          const problems = await page.evaluate(inspectSlide);
          if (problems.length) failing.push(`slide ${number}: ` + problems.slice(0, 8).join('; ') +
                                             (problems.length > 8 ? ` (and ${problems.length - 8} more)` : ''));
          if (shots) await page.screenshot(`${shots}/${basename(dirname(deck))}-${width}-${number}.png`);
          await page.key('ArrowRight', 39);
        }
        check(`${label}: all ${count} slides fit the screen, in readable type`, failing.length === 0,
              failing.join('\n    '));
        if (width === screens[0][0]) {
          // Printed (to PDF, in the page size the deck asks for): one slide per page.
          const { data } = await page.call('Page.printToPDF', { preferCSSPageSize: true, printBackground: true });
          const pages = (Buffer.from(data, 'base64').toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
          check(`${basename(dirname(deck))}/${basename(deck)} prints one slide per page`, pages === count,
                `${pages} pages for ${count} slides`);
        }
      }
      await page.close();
    }

    // Without JavaScript every slide stands on the page, one under another, each whole.
    const page = await chromium.newPage(1280, 720);
    await page.call('Emulation.setScriptExecutionDisabled', { value: true });
    for (const deck of decks) {
      await page.navigate(`file://${deck}`);
      await page.evaluate(inspector);
      const result = await page.evaluate(`(() => {
        const slides = Array.from(document.querySelectorAll('.slide'));
        const failing = [];
        slides.forEach((slide, i) => {
          const box = slide.getBoundingClientRect();
          if (box.height < 100 || getComputedStyle(slide).display === 'none') failing.push('slide ' + (i + 1) + ' is hidden');
          const problems = window.__inspect(slide).filter((p) => !p.includes('larger than the screen'));
          if (problems.length) failing.push('slide ' + (i + 1) + ': ' + problems.slice(0, 4).join('; '));
        });
        return failing;
      })()`);
      check(`${basename(dirname(deck))}/${basename(deck)} without JavaScript: every slide shows, whole`,
            result.length === 0, result.join('\n    '));
    }
    await page.close();
  } finally {
    await chromium.close();
  }
});
