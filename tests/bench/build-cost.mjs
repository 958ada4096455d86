// What one more lesson costs `next build`: clean builds without and with N
// generated lessons (copies of bench-48 under new slugs), alternating, the
// fastest of each (other work on the machine only ever adds time);
// (with − without) / N. Slow: `--quick` skips it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from './server.mjs';
import { row } from './report.mjs';
import { round } from './stats.mjs';

function lessonsDir(template, count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `stepwise-bench-${count}-`));
  for (let i = 1; i <= count; i++) writeFileSync(path.join(dir, `bench-copy-${i}.mdx`), template);
  return dir;
}

export async function measureBuildCost({ distDir, template, count = 20, rounds = 3, log = () => {} }) {
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
  const fastest = (list) => Math.min(...list);
  const perLesson = (fastest(times.with) - fastest(times.without)) / count;
  const seconds = (list) => list.map((t) => (t / 1000).toFixed(1)).join('/');
  return {
    rows: [
      row('Build cost per added lesson', round(perLesson, 0), 'ms', { max: 100 }, `${count} lessons; builds without ${seconds(times.without)} s, with ${seconds(times.with)} s`),
      row('next build, no extra lessons (fastest)', round(fastest(times.without) / 1000, 1), 's'),
    ],
    details: { count, rounds, ms: times },
  };
}
