// `npm run load`: simulated sandbox visitors on loopback against the production
// server, with the in-memory store and with Redis. Each visitor loops: log in,
// `me` several times, refresh, fast-forward past the access token's exp, see it
// refused, refresh, replay the spent refresh token (refused), log out.
// Reports requests, p50/p99, answers by status, and the server's RSS before,
// after, and after an idle minute. Fails (exit 1) on any 5xx, any valid session
// that did not verify, any spent token accepted, or memory over 1.5× of before.
//   node tests/load/load.mjs --visitors=20 --seconds=30 --idle=60 --stores=memory,redis
import { percentile } from '../bench/stats.mjs';
import { args, rssMb, serve } from './servers.mjs';

const options = args({ visitors: 20, seconds: 30, idle: 60, stores: 'memory,redis' });
const ADA = { email: 'ada@example.com', password: 'lovelace-1815' };
/**
 * Each sandbox's token lifetimes: long enough that a slow answer on a busy
 * machine never expires a token by itself (the default 30 s did, at p99s of a
 * minute), so an expiry is always the fast-forward's.
 */
const SETTINGS = { accessTtl: 300, refreshTtl: 3600, idleTimeout: 3600, absoluteTimeout: 7200 };

class Visitor {
  constructor(base, n, stats) {
    Object.assign(this, { base, n, stats, jar: new Map() });
  }

  async call(method, path, body) {
    const headers = { origin: this.base, 'x-forwarded-for': `10.9.${this.n >> 8}.${this.n & 255}` };
    const cookie = [...this.jar].filter(([, v]) => v).map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    const response = await fetch(this.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await response.json().catch(() => null);
    this.stats.latencies.push(performance.now() - started);
    this.stats.byStatus[response.status] = (this.stats.byStatus[response.status] ?? 0) + 1;
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair.indexOf('=');
      this.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return { status: response.status, body: json };
  }

  expect(what, answer, status, error) {
    if (answer.status === status && (!error || answer.body?.error === error)) return true;
    this.stats.failures.push(`${what}: expected ${status}${error ? ` ${error}` : ''}, got ${answer.status} ${answer.body?.error ?? ''}`);
    return false;
  }

  async loop() {
    if (!this.jar.has('sandbox-id') && !this.expect('settings', await this.call('POST', '/api/sandbox/settings', SETTINGS), 200)) return;
    if (!this.expect('login', await this.call('POST', '/api/sandbox/login', ADA), 200)) return;
    for (let i = 0; i < 3; i++) if (this.expect('me after login', await this.call('GET', '/api/sandbox/me'), 200)) this.stats.verified++;
    const spent = this.jar.get('sandbox-refresh');
    this.expect('refresh', await this.call('POST', '/api/sandbox/refresh', {}), 200);
    this.expect('me after refresh', await this.call('GET', '/api/sandbox/me'), 200);
    this.expect('fast-forward', await this.call('POST', '/api/sandbox/clock', { advanceSeconds: SETTINGS.accessTtl + 1 }), 200);
    this.expect('me past exp', await this.call('GET', '/api/sandbox/me'), 401, 'token_expired');
    this.expect('refresh past exp', await this.call('POST', '/api/sandbox/refresh', {}), 200);
    if (this.expect('me after second refresh', await this.call('GET', '/api/sandbox/me'), 200)) this.stats.verified++;
    if (this.expect('spent token replayed', await this.call('POST', '/api/sandbox/refresh', { token: spent }), 401, 'refresh_reuse_detected')) this.stats.spentRefused++;
    this.expect('logout', await this.call('POST', '/api/sandbox/logout', {}), 200);
    // Forget the sandbox now and then, as readers leave; its state must expire, not pile up.
    if (Math.random() < 0.5) this.jar.clear();
    this.stats.loops++;
  }
}

async function runOne(storeName) {
  const server = await serve(storeName);
  try {
    const warm = { latencies: [], byStatus: {}, failures: [], verified: 0, spentRefused: 0, loops: 0 };
    await new Visitor(server.url, 999, warm).loop();
    if (warm.failures.length) throw new Error(`warm-up failed: ${warm.failures.join('; ')}`);
    const rssBefore = rssMb(server.pid);
    const stats = { latencies: [], byStatus: {}, failures: [], verified: 0, spentRefused: 0, loops: 0 };
    const until = Date.now() + options.seconds * 1000;
    await Promise.all(
      Array.from({ length: options.visitors }, async (_, n) => {
        const visitor = new Visitor(server.url, n, stats);
        while (Date.now() < until) await visitor.loop().catch((error) => stats.failures.push(`network: ${error.message}`));
      }),
    );
    const rssAfter = rssMb(server.pid);
    await new Promise((r) => setTimeout(r, options.idle * 1000));
    const rssIdle = rssMb(server.pid);
    const sorted = stats.latencies.sort((a, b) => a - b);
    const fivexx = Object.entries(stats.byStatus).filter(([s]) => Number(s) >= 500).reduce((t, [, n]) => t + n, 0);
    return {
      store: storeName,
      visitors: options.visitors,
      seconds: options.seconds,
      requests: sorted.length,
      reqPerSec: Math.round(sorted.length / options.seconds),
      p50: Math.round(percentile(sorted, 50) * 10) / 10,
      p99: Math.round(percentile(sorted, 99) * 10) / 10,
      byStatus: stats.byStatus,
      loops: stats.loops,
      sessionsVerified: stats.verified,
      spentTokensRefused: stats.spentRefused,
      failures: stats.failures.length,
      firstFailures: [...new Set(stats.failures)].slice(0, 5),
      fivexx,
      rssMb: { before: rssBefore, after: rssAfter, afterIdle: rssIdle, idleSeconds: options.idle },
      passed: fivexx === 0 && stats.failures.length === 0 && stats.loops > 0 && rssIdle <= 1.5 * rssBefore,
    };
  } finally {
    await server.stop();
  }
}

const results = [];
for (const storeName of options.stores.split(',')) {
  const result = await runOne(storeName);
  results.push(result);
  console.log(JSON.stringify(result));
}
const failed = results.filter((r) => !r.passed);
console.log(failed.length ? `✖ load: ${failed.map((r) => r.store).join(', ')} failed` : '✔ load: every store passed');
process.exit(failed.length ? 1 : 0);
