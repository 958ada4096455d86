// What `npm run load` and `npm run fuzz` run against: the production build under
// `next start` (tests/bench/server.mjs), with the in-memory store or with a real
// redis-server started here on a free loopback port; and the server's memory.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { freePort, start } from '../bench/server.mjs';

const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const distDir = process.env.NEXT_DIST_DIR || '.next';

function ping(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => (socket.destroy(), resolve(d.toString().startsWith('+PONG'))));
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export async function startRedis() {
  if (!existsSync(REDIS_SERVER)) throw new Error(`redis-server not found at ${REDIS_SERVER}: apt-get install -y redis-server (or set REDIS_SERVER)`);
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!(await ping(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** The production server with the given store ('memory' or 'redis'); stop() stops both. */
export async function serve(storeName) {
  if (!existsSync(`${distDir}/BUILD_ID`)) throw new Error('No production build: run `npm run build` first.');
  const redis = storeName === 'redis' ? await startRedis() : undefined;
  const server = await start({ distDir, env: redis ? { REDIS_URL: redis.url } : {} });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await redis?.stop();
    },
  };
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
export function rssMb(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  let kb = 0;
  const visit = (p) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return Math.round(kb / 1024);
}

/** `--name=value` arguments, with defaults. */
export function args(defaults) {
  const out = { ...defaults };
  for (const arg of process.argv.slice(2)) {
    const [, name, value] = /^--([\w-]+)=(.*)$/.exec(arg) ?? [];
    if (name && name in defaults) out[name] = typeof defaults[name] === 'number' ? Number(value) : value;
  }
  return out;
}

export function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}
