// JS a lesson page makes the browser load, beyond what a bare page of the same
// app loads (its 404 page). Every script response counts, including chunks
// fetched lazily after the page settles and after the first keypress. Bodies are
// gzipped here at level 9, so the number does not depend on the server's gzip.
import { gzipSync } from 'node:zlib';
import { newPage } from './browser.mjs';
import { row, errorRow } from './report.mjs';

const QUIET_MS = 1000;
const LIMIT_MS = 15_000;

/** Waits until no script response has arrived for QUIET_MS. */
async function settle(page, lastSeen) {
  const deadline = Date.now() + LIMIT_MS;
  while (Date.now() < deadline && Date.now() - lastSeen() < QUIET_MS) await page.waitForTimeout(100);
}

export async function scriptsLoadedBy(browser, url) {
  const { page, close } = await newPage(browser);
  const scripts = new Map();
  const pending = [];
  let last = Date.now();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    last = Date.now();
    pending.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        scripts.set(response.url(), { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, transfer: sizes.responseBodySize });
      })(),
    );
  });
  try {
    // Not 'networkidle': a prefetch the router abandons can stay "in flight" forever.
    const response = await page.goto(url, { waitUntil: 'load' });
    await settle(page, () => last);
    await page.keyboard.press('ArrowRight');
    await settle(page, () => last);
    await Promise.all(pending);
    return { status: response?.status() ?? 0, scripts };
  } finally {
    await close();
  }
}

const sum = (scripts, key) => [...scripts.values()].reduce((total, s) => total + s[key], 0);

function shortName(url) {
  return new URL(url).pathname.replace('/_next/static/chunks/', '');
}

export async function measureJs({ browser, baseURL, lessonPath, barePath }) {
  const lesson = await scriptsLoadedBy(browser, baseURL + lessonPath);
  if (lesson.status !== 200) return { rows: [errorRow('JS beyond bare page (gzip -9)', `${lessonPath} answered ${lesson.status}`)] };
  const bare = await scriptsLoadedBy(browser, baseURL + barePath);
  const extra = [...lesson.scripts].filter(([url]) => !bare.scripts.has(url));
  const details = {
    lesson: { files: lesson.scripts.size, bytes: sum(lesson.scripts, 'bytes'), gzip: sum(lesson.scripts, 'gzip'), transfer: sum(lesson.scripts, 'transfer') },
    bare: { files: bare.scripts.size, bytes: sum(bare.scripts, 'bytes'), gzip: sum(bare.scripts, 'gzip'), transfer: sum(bare.scripts, 'transfer'), status: bare.status },
    lessonOnlyChunks: extra.map(([url, s]) => ({ file: shortName(url), ...s })),
  };
  const kb = (n) => n / 1024;
  return {
    rows: [
      row('JS beyond bare page (gzip -9)', kb(details.lesson.gzip - details.bare.gzip), 'KB', { max: 15 }),
      row('JS beyond bare page (transfer)', kb(details.lesson.transfer - details.bare.transfer), 'KB'),
      row('JS lesson page total (gzip -9)', kb(details.lesson.gzip), 'KB'),
      row('JS bare page total (gzip -9)', kb(details.bare.gzip), 'KB'),
    ],
    details,
  };
}
