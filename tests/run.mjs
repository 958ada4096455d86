// `npm test`: every check, in the order a failure is cheapest to find.
// lint → typecheck → unit + component tests → content checks → production build →
// integration (real server over HTTP) and e2e (real Chromium) tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingPackages } from './support/code-tools.mjs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The build and tests run offline: Next's telemetry would only knock on a closed network.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Debian's Chromium is the browser for e2e tests: install it when we can, say what to do when we cannot. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('install Chromium (Debian)', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {});
    if (existsSync(CHROMIUM)) return;
  }
  console.error(
    `\n✖ The browser tests need Chromium at ${CHROMIUM} and none was found.\n` +
      '  On Debian or Ubuntu: sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium and set CHROME_PATH to its binary.',
  );
  process.exit(1);
}

/** The tools that check lessons' inline code (gofmt, rustfmt, sqlite3, …): install Debian's when we can. */
function ensureCodeTools() {
  let missing = missingPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const list = missing.join(' ');
    run('install code checkers (Debian)', 'sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${list}`], {});
    missing = missingPackages();
    if (missing.length === 0) return;
  }
  console.error(
    `\n✖ The content tests check each lesson's code with its language's own tool, and some are missing.\n` +
      `  On Debian or Ubuntu: sudo apt-get install -y ${missing.join(' ')}`,
  );
  process.exit(1);
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/** The Redis store's tests run a real redis-server (Debian's): install it like Chromium, or say what to do. */
function ensureRedis() {
  if (existsSync(REDIS_SERVER)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('install redis-server (Debian)', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server'], {});
    if (existsSync(REDIS_SERVER)) return;
  }
  console.error(
    `\n✖ The Redis store tests need redis-server at ${REDIS_SERVER} and none was found.\n` +
      '  On Debian or Ubuntu: sudo apt-get install -y redis-server\n' +
      '  Elsewhere: install Redis (6.2 or newer) and set REDIS_SERVER to its redis-server binary.',
  );
  process.exit(1);
}

const bin = (name) => `node_modules/.bin/${name}`;

ensureChromium();
ensureCodeTools();
ensureRedis();
run('lint', bin('eslint'), ['.']);
run('route types', bin('next'), ['typegen']);
run('typecheck', bin('tsc'), ['--noEmit']);
run('unit and component tests', bin('vitest'), ['run', '--project', 'unit', '--project', 'components']);
// On their own: the code checkers (tsc, go vet, …) are heavy enough to starve the unit tests' timeouts.
run('content checks', bin('vitest'), ['run', '--project', 'content']);
run('production build', bin('next'), ['build']);
run('integration and browser tests', bin('vitest'), ['run', '--project', 'integration', '--project', 'e2e']);
// Small runs of `npm run load` and `npm run fuzz`: the full ones take minutes.
run('load, small (in memory and Redis)', 'node', ['tests/load/load.mjs', '--visitors=4', '--seconds=8', '--idle=3']);
run('fuzz, small', 'node', ['tests/load/fuzz.mjs', '--requests=1000', '--seed=7']);
console.log('\nAll checks passed.');
