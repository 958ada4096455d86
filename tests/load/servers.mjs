// What `npm run load` and `npm run fuzz` run against: the production build under
// `next start` (tests/bench/server.mjs), with the in-memory store or with a real
// redis-server started here on a free loopback port; and the server's memory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { start } from '../bench/server.mjs';
import { startRedis } from '../support/redis-server.mjs';

const distDir = process.env.NEXT_DIST_DIR || '.next';

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
