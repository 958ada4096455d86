// Lighthouse 13, mobile (its default form factor and simulated throttling),
// performance only: the lesson page against the bare page, alternating, three
// runs each in the same session, medians compared. Scores on this machine
// drift between runs, so only the side-by-side difference is budgeted.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.mjs';
import { errorRow, row } from './report.mjs';
import { median, round } from './stats.mjs';

const LIGHTHOUSE_CLI = 'node_modules/lighthouse/cli/index.js';
const WARM_UP_LOADS = 3;

function runLighthouse(url, outputPath) {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--only-categories=performance',
    '--form-factor=mobile',
    '--output=json',
    `--output-path=${outputPath}`,
    // The bare page is a 404 by design; Lighthouse refuses error statuses unless told.
    '--ignore-status-code',
    '--quiet',
    `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}: ${output.slice(-2000)}`))));
  });
}

function readReport(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    score: round(report.categories.performance.score * 100, 0),
    cls: audit('cumulative-layout-shift'),
    fcpMs: round(audit('first-contentful-paint'), 0),
    lcpMs: round(audit('largest-contentful-paint'), 0),
    tbtMs: round(audit('total-blocking-time'), 0),
    siMs: round(audit('speed-index'), 0),
    transferKB: round(audit('total-byte-weight') / 1024, 1),
    warnings: report.runWarnings ?? [],
  };
}

/**
 * `pages`: `{ name, url, budget?, against? }` where budget may hold `transferKB`
 * (a ceiling); each is compared with `bare` (the same server's 404) by score
 * (≥ bare − 2), LCP (≤ bare + 300 ms) and CLS (0), and with the page named by
 * `against`, when given, by score alone (≥ that page − 2). `peer`: a Code Hike page and
 * its own 404, measured in the same alternation, shown beside ours unbudgeted.
 * A page with `probe: true` is a measuring aid, not a page readers get: only its
 * difference from `against` is shown, unbudgeted.
 */
export async function measureLighthouse({ pages, bare, peer, runs = 3, resultsDir }) {
  const dir = path.join(resultsDir, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const all = [...pages, bare, ...(peer ? [peer.lesson, peer.bare] : [])];
  const results = Object.fromEntries(all.map((page) => [page.name, []]));
  // Every row here is about a warm server: a page rendered per request (the
  // shared /w page) would otherwise pay for loading its code in its first run.
  for (const page of all) for (let i = 0; i < WARM_UP_LOADS; i++) await (await fetch(page.url)).arrayBuffer();
  for (let i = 1; i <= runs; i++) {
    // Every other round runs backwards, so no page always runs first or right after the same one
    // (by hand, the same two pages read 5 points apart one way round and 2 the other way).
    for (const page of i % 2 ? all : [...all].reverse()) {
      const file = path.join(dir, `${page.name.replace(/[^\w-]+/g, '_')}-${i}.json`);
      await runLighthouse(page.url, file);
      results[page.name].push(readReport(file));
    }
  }
  const med = (name, key) => median(results[name].map((r) => r[key]));
  const bareScore = med(bare.name, 'score');
  const bareLcp = med(bare.name, 'lcpMs');
  if (!Number.isFinite(bareScore)) return { rows: [errorRow('Lighthouse bare page', 'no scores')], details: results };
  const rows = [row(`Lighthouse mobile: ${bare.name} (median)`, bareScore, '', undefined, `LCP ${bareLcp} ms, ${med(bare.name, 'transferKB')} KB`)];
  for (const page of pages) {
    const scores = results[page.name].map((r) => r.score);
    const lcp = med(page.name, 'lcpMs');
    if (!page.probe) rows.push(
      row(`Lighthouse: ${page.name} − ${bare.name}`, med(page.name, 'score') - bareScore, 'pts', { min: -2 }, `${page.name} ${scores.join('/')}, bare ${results[bare.name].map((r) => r.score).join('/')}`),
      row(`LCP: ${page.name} − ${bare.name}`, lcp - bareLcp, 'ms', { max: 300 }, `${lcp} vs ${bareLcp} ms (medians)`),
      row(`CLS: ${page.name} (worst of runs)`, round(Math.max(...results[page.name].map((r) => r.cls)), 4), '', { max: 0 }),
      row(`Transfer: ${page.name} (median)`, med(page.name, 'transferKB'), 'KB', page.budget?.transferKB ? { max: page.budget.transferKB } : undefined),
    );
    if (page.against) {
      // Runs alternate, so run i of each page met the same machine: the median of those
      // differences is shown beside the budgeted one (a difference of medians), not instead of it.
      const paired = median(results[page.name].map((r, i) => r.score - results[page.against][i].score));
      const detail = `${scores.join('/')} vs ${results[page.against].map((r) => r.score).join('/')}; paired: ${paired}; blocking time ${med(page.name, 'tbtMs')} vs ${med(page.against, 'tbtMs')} ms`;
      const budget = page.probe ? undefined : { min: -2 };
      rows.push(row(`Lighthouse: ${page.name} − ${page.against}`, med(page.name, 'score') - med(page.against, 'score'), 'pts', budget, detail));
    }
  }
  if (peer) {
    for (const page of [peer.lesson, peer.bare]) {
      rows.push(row(`Lighthouse mobile: ${page.name} (median)`, med(page.name, 'score'), '', undefined, `LCP ${med(page.name, 'lcpMs')} ms, ${med(page.name, 'transferKB')} KB, CLS ${round(Math.max(...results[page.name].map((r) => r.cls)), 4)}`));
    }
  }
  return { rows, details: results };
}
