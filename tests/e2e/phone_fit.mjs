// Reports on a phone: opens each page in headless Chromium as a 390 x 844 phone (mobile
// layout, the page's own viewport meta) and fails, naming the page and the elements, when
// the page is wider than the phone. A wider page makes the browser zoom the whole report
// out to its widest table, so every line is set too small to read; a wide table should
// scroll on its own instead, with its caption wrapped on the screen, not scrolled away.
// A chart's text, too, must stay readable there, and a chart whole on the screen.
//
//   node phone_fit.mjs WORK_DIR PAGE.html...
import { basename, dirname, resolve } from 'node:path';
import { launchChromium, runChecks } from './cdp.mjs';

const [workDir, ...pages] = process.argv.slice(2);
const [width, height] = [390, 844];

// The outermost elements that reach past the phone's right edge (not those inside an
// element that scrolls sideways: they are where they should be).
const overflowing = String.raw`(() => {
  const found = [];
  const scrolls = (element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
  const walk = (element) => {
    for (const child of element.children) {
      if (child.getBoundingClientRect().right > ${width} + 1) {
        const words = (child.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
        found.push(child.tagName.toLowerCase() + ' (' + Math.round(child.getBoundingClientRect().width) + ' px) "' + words + '"');
        continue;
      }
      if (!scrolls(child)) walk(child);
    }
  };
  walk(document.body);
  // A table's caption is read, not scrolled: it wraps within the phone's width.
  for (const caption of document.querySelectorAll('caption'))
    if (caption.getBoundingClientRect().right > ${width} + 1)
      found.push('caption "' + caption.textContent.trim().slice(0, 50) + '" runs ' +
                 Math.round(caption.getBoundingClientRect().right - ${width}) + ' px past the screen');
  return [document.documentElement.scrollWidth, innerWidth, found.slice(0, 6)];
})()`;

// The smallest text of the charts the phone shows, in css px as drawn (an SVG's text is
// scaled with it): a chart laid out for a wide page and shrunk to the phone's width sets its
// labels at a third of their size. Returns [smallest, where] for the visible charts.
const minimumChartText = 9.5;
const smallestChartText = String.raw`(() => {
  let smallest = Infinity, where = '';
  for (const svg of document.querySelectorAll('figure.chart svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || !svg.viewBox.baseVal || svg.viewBox.baseVal.width === 0) continue;  // not shown
    const scale = box.width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text')) {
      const size = parseFloat(text.getAttribute('font-size') || getComputedStyle(text).fontSize) * scale;
      if (size < smallest) {
        smallest = size;
        where = '"' + text.textContent.trim().slice(0, 30) + '" in the chart "' +
                (svg.getAttribute('aria-label') || svg.querySelector('title')?.textContent || '').slice(0, 60) + '"';
      }
    }
  }
  return [smallest === Infinity ? 0 : Math.round(smallest * 10) / 10, where];
})()`;

// The phone's charts that do not fit the screen and scroll sideways in their box: a bar
// chart's bars lie on a phone, so that each keeps the screen's width; only a chart that
// cannot be read at that width may scroll. Returns their names.
const scrollingCharts = String.raw`(() => {
  const found = [];
  for (const box of document.querySelectorAll('.chart-phone')) {
    if (box.getBoundingClientRect().width === 0 || box.scrollWidth <= box.clientWidth + 1) continue;
    const svg = box.querySelector('svg');
    found.push('"' + (svg?.querySelector('title')?.textContent || '').slice(0, 60) + '" (' + box.scrollWidth + ' px in ' +
               box.clientWidth + ')');
  }
  return found.slice(0, 6);
})()`;

runChecks(300, async (check) => {
  const chromium = launchChromium(workDir);
  try {
    const page = await chromium.newPage(width, height);
    await page.phone(width, height, 1);
    for (const file of pages) {
      const path = resolve(file);
      await page.navigate(`file://${path}`);
      const [scrollWidth, layoutWidth, elements] = await page.evaluate(overflowing);
      const fits = scrollWidth <= width && layoutWidth === width && elements.length === 0;
      check(`${basename(dirname(path))}/${basename(path)} fits a ${width}-px phone`, fits,
            fits ? '' : `the page is ${scrollWidth} px wide (layout ${layoutWidth} px): ${elements.join('; ')}`);
      const [smallest, where] = await page.evaluate(smallestChartText);
      const readable = smallest === 0 || smallest >= minimumChartText;
      check(`${basename(dirname(path))}/${basename(path)} sets its charts' text at ${minimumChartText} px or more`,
            readable, readable ? '' : `the smallest is ${smallest} px: ${where}`);
      const scrolling = await page.evaluate(scrollingCharts);
      check(`${basename(dirname(path))}/${basename(path)} shows its charts whole, without scrolling sideways`,
            scrolling.length === 0, scrolling.length ? `these scroll: ${scrolling.join('; ')}` : '');
    }
    await page.close();
  } finally {
    await chromium.close();
  }
});
