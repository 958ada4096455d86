// Vitest global setup for the integration and e2e projects: starts the real
// production server (`next start`, from the build `npm test` made) on a free
// port and hands its URL to the tests as `inject('baseURL')`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** The secret the test server signs with; tests use it to forge "valid" tokens. */
export const TEST_SESSION_SECRET = 'stepwise-test-secret-0123456789-abcdefghijklmnop';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer at ${url} within 60 s:\n${log()}`);
}

export interface RunningServer {
  url: string;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** `next start` on a free loopback port, with the test secret, TRUST_PROXY=1 and `env` on top. */
export async function startNext(env: Record<string, string> = {}): Promise<RunningServer> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(`${distDir}/BUILD_ID`)) {
    throw new Error('No production build found: run `npm run build` first (npm test does this for you).');
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    // TRUST_PROXY=1: the sandbox's login throttle keys clients by X-Forwarded-For, so each test can be its own client.
    env: { ...process.env, NODE_ENV: 'production', SESSION_SECRET: TEST_SESSION_SECRET, TRUST_PROXY: '1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  await waitUntilUp(url, child, () => output);
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export default async function setup(project: TestProject) {
  const server = await startNext();
  project.provide('baseURL', server.url);
  return server.stop;
}
