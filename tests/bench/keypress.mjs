// Keypress → the next animation frame in which the new step is lit.
// In the page: a capture keydown listener (installed before any app script)
// notes performance.now(), then checks in each requestAnimationFrame callback
// whether the lit lines changed; the first frame that shows them ends the sample.
// A MutationObserver also notes when the DOM changed (work done, frame not yet drawn).
import { newPage } from './browser.mjs';
import { row } from './report.mjs';
import { percentile, round } from './stats.mjs';

/** How the player marks a lit line (components/walkthrough). */
export const LIT_SELECTOR = '[data-lit]';

function installProbe() {
  const state = { before: null, selector: null };
  const signature = () => {
    let text = '';
    for (const el of document.querySelectorAll(state.selector)) text += `${el.getAttribute('data-line') ?? el.textContent}|`;
    return text;
  };
  window.__keypressProbe = {
    arm(selector) {
      state.selector = selector;
      state.before = signature();
      return state.before.length > 0;
    },
  };
  addEventListener(
    'keydown',
    (event) => {
      if (state.before === null) return;
      const t0 = performance.now();
      // How long the event waited before any listener ran (the main thread was busy).
      const queued = t0 - event.timeStamp;
      const before = state.before;
      state.before = null;
      let dom = null;
      const observer = new MutationObserver(() => {
        if (dom === null && signature() !== before) dom = performance.now() - t0;
      });
      observer.observe(document.documentElement, { subtree: true, attributes: true, childList: true, characterData: true });
      const finish = (result) => {
        observer.disconnect();
        window.__keypressDone({ key: event.key, queued, ...result });
      };
      const onFrame = () => {
        const now = performance.now();
        if (signature() !== before) finish({ frame: now - t0, dom: dom ?? now - t0 });
        else if (now - t0 > 2000) finish({ timeout: true });
        else requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(onFrame);
    },
    true,
  );
}

/**
 * When the next press comes. "reading": once the page is still (no animation
 * running, nothing scrolling) plus a short random pause, as when someone reads
 * and then steps on; the browser is idle, so the frame comes as soon as the work
 * is done — what the budget is about. "rapid": 40–120 ms after the previous
 * step lit, mid-animation, while frames already run at 60 Hz, so each press
 * also waits for the next vsync (0–16.7 ms) whatever the work.
 * Random pauses put each press at a different point of the frame cycle.
 */
export const PACE = { reading: { still: true, pause: [100, 300] }, rapid: { still: false, pause: [40, 120] } };

/** A fingerprint of everything that moves: running animations and scroll offsets. */
function motion() {
  const running = document.getAnimations().filter((a) => a.playState === 'running').length;
  let scroll = window.scrollY;
  for (const el of document.querySelectorAll('*')) if (el.scrollHeight > el.clientHeight) scroll += el.scrollTop * 7 + el.scrollLeft;
  return `${running}:${scroll}`;
}

async function untilStill(page) {
  const deadline = Date.now() + 5000;
  let last = '';
  while (Date.now() < deadline) {
    const now = await page.evaluate(motion);
    if (now === last && now.startsWith('0:')) return;
    last = now;
    await page.waitForTimeout(50);
  }
}

/** Presses until `presses` ArrowRight samples are taken, Home to wrap at the last step. */
async function pressMany(page, { selector, steps, presses, pace }) {
  let resolveDone;
  await page.exposeFunction('__keypressDone', (result) => resolveDone(result));
  await page.evaluate(() => document.activeElement?.blur?.());
  const samples = [];
  const wraps = [];
  let step = 1;
  while (samples.length < presses) {
    const key = step === steps ? 'Home' : 'ArrowRight';
    const done = new Promise((r) => (resolveDone = r));
    if (!(await page.evaluate((s) => window.__keypressProbe.arm(s), selector))) {
      throw new Error(`no element matches ${selector}: is the player marking lit lines differently?`);
    }
    await page.keyboard.press(key);
    const result = await done;
    (key === 'Home' ? wraps : samples).push(result);
    step = key === 'Home' ? 1 : step + 1;
    if (pace.still) await untilStill(page);
    await page.waitForTimeout(pace.pause[0] + Math.random() * (pace.pause[1] - pace.pause[0]));
  }
  return { samples, wraps };
}

function summarise(samples) {
  const ok = samples.filter((s) => !s.timeout);
  const frames = ok.map((s) => s.frame);
  const doms = ok.map((s) => s.dom);
  const queued = ok.map((s) => s.queued);
  return {
    count: samples.length,
    timeouts: samples.length - ok.length,
    frame: { p50: round(percentile(frames, 50)), p95: round(percentile(frames, 95)), max: round(Math.max(...frames)) },
    dom: { p50: round(percentile(doms, 50)), p95: round(percentile(doms, 95)), max: round(Math.max(...doms)) },
    queuedBeforeListeners: { p50: round(percentile(queued, 50)), p95: round(percentile(queued, 95)) },
  };
}

/** The same procedure on a trivial page: the floor this browser and machine allow. */
async function floor(browser, presses) {
  const { page, close } = await newPage(browser);
  try {
    await page.addInitScript(installProbe);
    const lines = Array.from({ length: 200 }, (_, i) => `<div data-line="${i + 1}"${i < 5 ? ' data-lit' : ''}>line ${i + 1}</div>`).join('');
    const html = `<!doctype html><main>${lines}</main><script>
      let step = 0;
      addEventListener('keydown', (e) => {
        step = e.key === 'Home' ? 0 : step + 1;
        document.querySelectorAll('[data-lit]').forEach((el) => el.removeAttribute('data-lit'));
        for (let i = 0; i < 5; i++) document.querySelector('[data-line="' + ((step * 20 + i) % 200 + 1) + '"]').setAttribute('data-lit', '');
      });
    </script>`;
    // Served by the browser itself, so no network is involved.
    await page.route('http://floor.bench/', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto('http://floor.bench/');
    return summarise((await pressMany(page, { selector: '[data-lit]', steps: 10, presses, pace: PACE.reading })).samples);
  } finally {
    await close();
  }
}

async function pressLesson(browser, url, { steps, presses, pace }) {
  const { page, close } = await newPage(browser);
  try {
    await page.addInitScript(installProbe);
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    // Hydration and the router's prefetches settle before the first press.
    await page.waitForTimeout(1500);
    const { samples, wraps } = await pressMany(page, { selector: LIT_SELECTOR, steps, presses, pace });
    return { ...summarise(samples), wraps: summarise(wraps), pace };
  } finally {
    await close();
  }
}

/** `versions`: the lesson changes its code's version on every step (only its own rows are reported; the floor is the same). */
export async function measureKeypress({ browser, baseURL, lessonPath, steps, presses = 100, versions = false }) {
  const reading = await pressLesson(browser, baseURL + lessonPath, { steps, presses, pace: PACE.reading });
  const rapid = await pressLesson(browser, baseURL + lessonPath, { steps, presses, pace: PACE.rapid });
  if (versions) {
    const f = reading.frame;
    const missed = reading.timeouts ? `${reading.timeouts} presses lit nothing within 2 s; ` : '';
    return {
      rows: [
        row('Keypress → lit frame p95, 200 lines, new version each step', reading.timeouts ? NaN : f.p95, 'ms', { max: 16 }, `${missed}p50 ${f.p50} ms, max ${f.max} ms`),
        row('… DOM done p95 (work only)', reading.dom.p95, 'ms'),
        row('… rapid presses p95', rapid.frame.p95, 'ms', undefined, `p50 ${rapid.frame.p50} ms`),
      ],
      details: { reading, rapid, selector: LIT_SELECTOR },
    };
  }
  const base = await floor(browser, presses);
  const f = reading.frame;
  const missed = reading.timeouts ? `${reading.timeouts} presses lit nothing within 2 s; ` : '';
  return {
    rows: [
      row('Keypress → lit frame p95 (200 lines)', reading.timeouts ? NaN : f.p95, 'ms', { max: 16 }, `${missed}p50 ${f.p50} ms, max ${f.max} ms`),
      row('Keypress → lit frame p50', f.p50, 'ms'),
      row('Keypress → lit frame max', f.max, 'ms'),
      row('Keypress → DOM lit p95 (work only)', reading.dom.p95, 'ms'),
      row('Keypress floor, trivial page, p95', base.frame.p95, 'ms'),
      row('Rapid presses (mid-animation) p95', rapid.frame.p95, 'ms', undefined, `p50 ${rapid.frame.p50} ms; includes waiting for the next vsync`),
    ],
    details: { reading, rapid, floor: base, selector: LIT_SELECTOR },
  };
}
