// A small client of Chromium's DevTools protocol over --remote-debugging-pipe, shared by the
// browser scripts (form_e2e.mjs, forms_fit.mjs, slides_fit.mjs, report_axe.mjs): one headless Chromium per script, one
// page (tab) per document, so a test opens many documents without starting Chromium again.
// Needs nothing but node and chromium.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Starts Chromium with its profile in `workDir`; returns { newPage, close }.
export function launchChromium(workDir) {
  const browser = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars', '--remote-debugging-pipe',
    `--user-data-dir=${join(workDir, 'chromium-profile')}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });

  // NUL-terminated JSON messages on fd 3 (to Chromium) and fd 4 (from it).
  let nextId = 1;
  const waiting = new Map();
  const listeners = [];
  let buffered = '';
  browser.stdio[4].on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      if (message.id && waiting.has(message.id)) {
        const { resolve, reject } = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) reject(new Error(JSON.stringify(message.error))); else resolve(message.result);
      } else {
        for (const listener of listeners.slice()) listener(message);
      }
    }
  });
  const send = (method, params = {}, sessionId = undefined) => {
    const id = nextId++;
    browser.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
  };
  const once = (method, sessionId) => new Promise((resolve) => {
    const listener = (message) => {
      if (message.method === method && message.sessionId === sessionId) {
        listeners.splice(listeners.indexOf(listener), 1);
        resolve(message.params);
      }
    };
    listeners.push(listener);
  });

  // A tab of `width` x `height` CSS pixels.
  async function newPage(width, height) {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    const call = (method, params) => send(method, params, sessionId);
    await call('Page.enable');
    await call('Runtime.enable');
    const resize = (w, h) => call('Emulation.setDeviceMetricsOverride',
      { width: w, height: h, deviceScaleFactor: 1, mobile: false });
    await resize(width, height);
    const evaluate = async (expression) => {
      const reply = await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? expression);
      return reply.result.value;
    };
    // A phone's screen: `width` x `height` CSS pixels, touch-style (mobile) layout.
    const phone = (w, h, deviceScaleFactor = 2) => call('Emulation.setDeviceMetricsOverride',
      { width: w, height: h, deviceScaleFactor, mobile: true });
    return {
      call, evaluate, resize, phone,
      async navigate(url) {
        const loaded = once('Page.loadEventFired', sessionId);
        await call('Page.navigate', { url });
        await loaded;
      },
      // The next page load, e.g. after a click that submits a form.
      nextLoad: () => once('Page.loadEventFired', sessionId),
      async key(name, keyCode) {
        for (const type of ['keyDown', 'keyUp'])
          await call('Input.dispatchKeyEvent', { type, key: name, code: name, windowsVirtualKeyCode: keyCode });
      },
      async screenshot(file) {
        const { data } = await call('Page.captureScreenshot', { format: 'png' });
        writeFileSync(file, Buffer.from(data, 'base64'));
      },
      // The whole page, `width` CSS pixels wide, however long it is.
      async screenshotWhole(file, width) {
        const { cssContentSize } = await call('Page.getLayoutMetrics');
        const { data } = await call('Page.captureScreenshot', {
          format: 'png', captureBeyondViewport: true,
          clip: { x: 0, y: 0, width, height: Math.ceil(cssContentSize.height), scale: 1 } });
        writeFileSync(file, Buffer.from(data, 'base64'));
      },
      close: () => send('Target.closeTarget', { targetId }),
    };
  }

  async function close() {
    const exited = new Promise((resolve) => browser.on('exit', resolve));
    send('Browser.close').catch(() => browser.kill());
    await exited;
  }
  return { newPage, close, kill: () => browser.kill() };
}

// Runs `main(check)` with a time limit; prints "ok  what" or "FAIL what: detail" per check
// and exits 0 only when every check held.
export function runChecks(seconds, main) {
  let failures = 0;
  const check = (what, ok, detail = '') => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ': ' + detail : ''}`);
    if (!ok) failures++;
    return ok;
  };
  const timer = setTimeout(() => { console.log('FAIL timed out'); process.exit(1); }, seconds * 1000);
  main(check).then(() => 0, (error) => { console.log('FAIL ' + (error.stack || error.message)); return 1; })
    .then((code) => {
      clearTimeout(timer);
      console.log(`${failures} failed`);
      process.exit(code || (failures ? 1 : 0));
    });
}
