// What one more lesson costs `next build`: clean builds without and with N
// generated lessons (copies of bench-48 under new slugs), alternating, the
// median of each; (with − without) / N. Slow: `--quick` skips it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from './server.mjs';
import { row } from './report.mjs';
import { median, round } from './stats.mjs';

function lessonsDir(template, count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `stepwise-bench-${count}-`));
  for (let i = 1; i <= count; i++) writeFileSync(path.join(dir, `bench-copy-${i}.mdx`), template);
  return dir;
}

export async function measureBuildCost({ distDir, template, count = 20, rounds = 2, log = () => {} }) {
  const source = readFileSync(template, 'utf8');
  const without = lessonsDir(source, 0);
  const withN = lessonsDir(source, count);
  const times = { without: [], with: [] };
  try {
    for (let i = 1; i <= rounds; i++) {
      log(`build cost: round ${i}/${rounds}, without extra lessons`);
      times.without.push((await build({ distDir, extraContent: without })).ms);
      log(`build cost: round ${i}/${rounds}, with ${count} extra lessons`);
      times.with.push((await build({ distDir, extraContent: withN })).ms);
    }
  } finally {
    for (const dir of [without, withN]) rmSync(dir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
  const perLesson = (median(times.with) - median(times.without)) / count;
  return {
    rows: [
      row('Build cost per added lesson', round(perLesson, 0), 'ms', { max: 100 }, `${count} lessons; builds without ${times.without.map((t) => (t / 1000).toFixed(1)).join('/')} s, with ${times.with.map((t) => (t / 1000).toFixed(1)).join('/')} s`),
      row('next build, no extra lessons (median)', round(median(times.without) / 1000, 1), 's'),
    ],
    details: { count, rounds, ms: times },
  };
}
