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
    warnings: report.runWarnings ?? [],
  };
}

export async function measureLighthouse({ baseURL, lessonPath, barePath, runs = 3, resultsDir }) {
  const dir = path.join(resultsDir, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const pages = { lesson: lessonPath, bare: barePath };
  const results = { lesson: [], bare: [] };
  for (let i = 1; i <= runs; i++) {
    for (const [name, pagePath] of Object.entries(pages)) {
      const file = path.join(dir, `${name}-${i}.json`);
      await runLighthouse(baseURL + pagePath, file);
      results[name].push(readReport(file));
    }
  }
  const scores = (name) => results[name].map((r) => r.score);
  const lesson = median(scores('lesson'));
  const bare = median(scores('bare'));
  const cls = Math.max(...results.lesson.map((r) => r.cls));
  if (!Number.isFinite(lesson)) return { rows: [errorRow('Lighthouse lesson − bare', 'no scores')], details: results };
  return {
    rows: [
      row('Lighthouse mobile: lesson − bare', lesson - bare, 'pts', { min: -2 }, `lesson ${scores('lesson').join('/')}, bare ${scores('bare').join('/')}`),
      row('Lighthouse mobile: lesson (median)', lesson, ''),
      row('Lighthouse mobile: bare (median)', bare, ''),
      row('Lesson CLS (worst of runs)', round(cls, 4), '', { max: 0 }),
      row('Lesson TBT (median)', median(results.lesson.map((r) => r.tbtMs)), 'ms'),
      row('Lesson LCP (median)', median(results.lesson.map((r) => r.lcpMs)), 'ms'),
    ],
    details: results,
  };
}
