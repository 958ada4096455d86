// Builds the app into its own dist dir and serves it with `next start`, so the
// bench never touches anyone else's build. Fixture lessons come in through
// STEPWISE_EXTRA_CONTENT, which the lesson loader honours.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

const NEXT_BIN = 'node_modules/next/dist/bin/next';

/** The key the bench server signs with (production refuses to start without ≥ 32 bytes). */
export const BENCH_SESSION_SECRET = 'stepwise-bench-secret-0123456789-abcdefghijklmnop';

function baseEnv({ distDir, extraContent }) {
  const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', SESSION_SECRET: BENCH_SESSION_SECRET };
  if (extraContent) env.STEPWISE_EXTRA_CONTENT = extraContent;
  else delete env.STEPWISE_EXTRA_CONTENT;
  return env;
}

/** A clean production build; resolves with its wall time, rejects with Next's output on failure. */
export function build({ distDir, extraContent }) {
  rmSync(distDir, { recursive: true, force: true });
  // `next build` adds its dist dir's type folders to tsconfig.json's include: put the file back after.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const restore = () => writeFileSync('tsconfig.json', tsconfig);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, 'build'], {
      env: { ...baseEnv({ distDir, extraContent }), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      restore();
      if (code === 0) resolve({ ms, output });
      else reject(new Error(`next build (${distDir}) failed: ${firstErrors(output)}\n${output.slice(-4000)}`));
    });
  });
}

/** The lines that say what broke, for the one-line note in the table. */
function firstErrors(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = plain.split('\n').map((l) => l.trim());
  const errors = lines.filter((l) => /^(Type )?Error:/.test(l));
  return (errors.length ? errors : lines.filter((l) => /error/i.test(l))).slice(0, 3).join(' | ') || 'see the output below';
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `next start` on a free loopback port. TRUST_PROXY=1 lets the throughput
 * bench vary X-Forwarded-For so hashing logins are not all rate-limited as one client.
 */
export async function start({ distDir, extraContent, env = {}, cwd }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // `cwd`: another Next app (the Code Hike peer), served with its own `next`.
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...baseEnv({ distDir, extraContent }), NODE_ENV: 'production', TRUST_PROXY: '1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  try {
    await waitUntilUp(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, pid: child.pid, stop, log: () => output };
}

async function waitUntilUp(url, child, log) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer at ${url} within 60 s:\n${log()}`);
}
