// `npm run bench`: builds the app with the bench fixtures, serves it, takes every
// measurement, prints one table and writes tests/bench/results/latest.json.
// Exits 1 when any budget fails or any measurement could not be taken.
//   --quick        skip Lighthouse and the build-cost builds (the slow parts)
//   --reuse-build  serve the existing .next-bench build instead of rebuilding
//   --only=a,b     run only these measurements (shiki, html, js, keypress, lighthouse, throughput, highlight, buildcost)
//   --lighthouse-runs=N  runs per page (default 3; more steadies the medians)
//   --lessons=a,b  Lighthouse only these real lessons (default: every lesson in content/,
//                  ~1 min each at 3 runs; the JWT lesson, which has the transfer budget, always)
//   --codehike=DIR a built Code Hike peer (see tests/bench/README.md) to measure beside ours;
//                  default: $CODEHIKE_DIR, else ../shared/peers/codehike when it has a build
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, launchBrowser } from './browser.mjs';
import { measureBuildCost } from './build-cost.mjs';
import { measureHighlight } from './highlight.mjs';
import { measureHtml } from './html-size.mjs';
import { measureJs } from './js-bytes.mjs';
import { measureKeypress } from './keypress.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { sharedWalkthroughPath } from './shared-link.mjs';
import { startShortAddress } from './short-address.mjs';
import { errorRow, machineInfo, printTable, row, skippedRow, writeJson } from './report.mjs';
import { build, start } from './server.mjs';
import { measureShiki } from './shiki-scan.mjs';
import { measureThroughput } from './throughput.mjs';
import { waitForQuiet } from './quiet.mjs';
import { startRedis } from '../support/redis-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
process.chdir(root);

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const reuseBuild = args.includes('--reuse-build');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name) => !only || only.includes(name);
const lighthouseRuns = Number(args.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3);

const DIST_DIR = '.next-bench';
const FIXTURES = path.relative(root, path.join(here, 'fixtures'));
const RESULTS = path.relative(root, path.join(here, 'results'));
const LESSON_48 = '/explainers/bench-48';
const LESSON_200 = '/explainers/bench-200';
const LESSON_200_VERSIONS = '/explainers/bench-200-versions';
const BARE_PAGE = '/this-page-does-not-exist';
const SANDBOX_PAGE = '/sandbox';
const TRANSFER_BUDGET_KB = { 'jwt-session-cookies': 200 };
/** The real lessons, by their files in content/ (or --lessons); the JWT one, which carries the transfer budget, always. */
const lessonsArg = args.find((a) => a.startsWith('--lessons='))?.slice('--lessons='.length).split(',');
const REAL_LESSONS = readdirSync(path.join(root, 'content'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -'.mdx'.length))
  .filter((slug) => !lessonsArg || lessonsArg.includes(slug) || slug in TRANSFER_BUDGET_KB)
  .sort();
const peerDir = [args.find((a) => a.startsWith('--codehike='))?.slice('--codehike='.length), process.env.CODEHIKE_DIR, path.resolve(root, '../shared/peers/codehike')]
  .filter(Boolean)
  .map((dir) => path.resolve(root, dir))
  .find((dir) => existsSync(path.join(dir, '.next', 'BUILD_ID')) && existsSync(path.join(dir, 'node_modules', 'next')));

const log = (message) => console.log(`▶ ${message}`);
const rows = [];
const details = {};
const startedAt = new Date();
const machine = machineInfo(CHROMIUM_PATH);

/** Runs one measurement; a crash becomes an error row instead of ending the bench. */
/** `key`: where its details go in the results (default: `name`), when one measurement runs twice. */
async function measure(name, label, fn, key = name) {
  if (!wanted(name)) return;
  const waited = await waitForQuiet();
  if (waited > 2_000) log(`waited ${(waited / 1000).toFixed(0)} s for the machine to quieten`);
  log(label);
  const started = performance.now();
  try {
    const result = await fn();
    rows.push(...result.rows);
    details[key] = result.details ?? null;
  } catch (error) {
    rows.push(errorRow(label, error instanceof Error ? error.message : String(error)));
    details[key] = { error: String(error?.stack ?? error) };
  }
  log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function skip(name, label, reason) {
  if (wanted(name)) rows.push(skippedRow(label, reason));
}

const SERVED = ['html', 'js', 'keypress', 'lighthouse', 'throughput', 'highlight'];

/** Builds with the fixtures, scans the chunks, then serves the build for the page and API measurements. */
async function buildAndServe() {
  if (reuseBuild && existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    log(`reusing the build in ${DIST_DIR}`);
  } else {
    log(`next build → ${DIST_DIR} (with fixtures from ${FIXTURES})`);
    const { ms } = await build({ distDir: DIST_DIR, extraContent: FIXTURES });
    rows.push(row('next build with fixtures', ms / 1000, 's'));
  }
  await measure('shiki', 'Shiki in client chunks', () => measureShiki({ distDir: DIST_DIR }));
  if (!SERVED.some(wanted)) return;

  log('next start');
  const server = await start({ distDir: DIST_DIR, extraContent: FIXTURES });
  const baseURL = server.url;
  let browser;
  try {
    await measure('html', 'Lesson HTML size', () => measureHtml({ baseURL, lessonPath: LESSON_48, probe: 'maxEntries must be at least 1' }));
    if (wanted('js') || wanted('keypress')) browser = await launchBrowser();
    await measure('js', 'JS beyond the bare page', () => measureJs({ browser, baseURL, lessonPath: LESSON_48, barePath: BARE_PAGE }));
    await measure('keypress', 'Keypress → lit frame', () => measureKeypress({ browser, baseURL, lessonPath: LESSON_200, steps: 10, presses: 100 }));
    await measure('keypress', 'Keypress → lit frame, a version change every step', () =>
      measureKeypress({ browser, baseURL, lessonPath: LESSON_200_VERSIONS, steps: 10, presses: 100, versions: true }),
      'keypressVersions',
    );
    await browser?.close();
    browser = undefined;

    if (quick) skip('lighthouse', 'Lighthouse', '--quick');
    else {
      const peer = peerDir ? await start({ cwd: peerDir, distDir: '.next' }) : null;
      if (!peerDir) skip('lighthouse', 'Code Hike peer', 'no built peer (see tests/bench/README.md)');
      let shortAddress;
      try {
        const sharedPath = await sharedWalkthroughPath({ root, fixtures: FIXTURES, outDir: RESULTS });
        shortAddress = await startShortAddress({ target: baseURL, sharedPath });
        const pages = [
          { name: 'bench-48', url: baseURL + LESSON_48 },
          ...REAL_LESSONS.map((slug) => ({ name: slug, url: `${baseURL}/explainers/${slug}`, budget: { transferKB: TRANSFER_BUDGET_KB[slug] } })),
          { name: 'sandbox', url: baseURL + SANDBOX_PAGE },
          // bench-48 as a studio walkthrough: a shared page within 2 points of the same lesson's page.
          { name: 'shared /w (bench-48)', url: baseURL + sharedPath, against: 'bench-48' },
          // The same page at a short address: what the page costs, apart from what its address adds.
          { name: 'shared page at a short address', url: shortAddress.url, against: 'bench-48', probe: true },
        ];
        const peerPages = peer && { lesson: { name: 'Code Hike /lesson', url: `${peer.url}/lesson` }, bare: { name: 'Code Hike 404', url: `${peer.url}/nope` } };
        await measure('lighthouse', `Lighthouse (${lighthouseRuns} runs each, alternating)`, () =>
          measureLighthouse({ pages, bare: { name: '404', url: baseURL + BARE_PAGE }, peer: peerPages, resultsDir: RESULTS, runs: lighthouseRuns }),
        );
      } finally {
        await shortAddress?.stop();
        await peer?.stop();
      }
    }

    // Before the load runs: those leave this process with a heap full of their
    // garbage, and the highlight row is about a warm highlighter, not that.
    await measure('highlight', 'Studio highlight latency', () => measureHighlight({ baseURL }));
    await measure('throughput', 'Sandbox throughput', () => measureThroughput({ baseURL }));
    await measure('throughput', 'Sandbox throughput, Redis store', () => withRedisServer((url) => measureThroughput({ baseURL: url, store: 'redis' })), 'throughputRedis');
  } finally {
    await browser?.close();
    await server.stop();
  }
}

/** A second server on the same build, its sandbox state in a fresh redis-server. */
async function withRedisServer(fn) {
  const redis = await startRedis();
  try {
    const server = await start({ distDir: DIST_DIR, extraContent: FIXTURES, env: { REDIS_URL: redis.url } });
    try {
      return await fn(server.url);
    } finally {
      await server.stop();
    }
  } finally {
    await redis.stop();
  }
}

async function main() {
  if (wanted('shiki') || SERVED.some(wanted)) {
    try {
      await buildAndServe();
    } catch (error) {
      rows.push(errorRow('build and serve', error instanceof Error ? error.message : String(error)));
    }
  }

  if (quick) skip('buildcost', 'Build cost per lesson', '--quick');
  else await measure('buildcost', 'Build cost per lesson (6 clean builds)', () => measureBuildCost({ distDir: `${DIST_DIR}-cost`, template: path.join(FIXTURES, 'bench-48.mdx'), log }));

  printTable(rows);
  const busy = Math.max(...machine.loadAverageAtStart.slice(0, 1), os.loadavg()[0]);
  if (busy > machine.cores) {
    console.log(`\n⚠ The machine was busy (1-min load ${busy.toFixed(1)} on ${machine.cores} cores): timings are pessimistic; re-run when it is idle.`);
  }
  const failed = rows.filter((r) => r.status === 'fail' || r.status === 'error');
  const file = path.join(RESULTS, 'latest.json');
  writeJson(file, {
    timestamp: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: { ...machine, loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))) },
    options: { quick, reuseBuild, only: only ?? null, lighthouseRuns },
    passed: failed.length === 0,
    rows,
    details,
  });
  console.log(`\n${failed.length ? `✖ ${failed.length} budget(s) failed or could not be measured` : '✔ every budget met'}; JSON in ${file}`);
  process.exitCode = failed.length ? 1 : 0;
}

await main();
