// GET /api/sandbox/me (verifies a real access cookie) against GET /api/bare
// (the same headers and a body of the same size, no work), same server, same
// run, alternating rounds of autocannon at 50 connections; the ratio is the
// median of each round's me ÷ the bare round beside it, so the machine's slow
// swings (rounds of one route vary by ±15 % here) fall on both sides of a pair.
// Both carry the Cookie header a logged-in browser sends them (both cookies are
// Path=/), so the requests differ only in the route: Next.js parses and copies
// every request cookie for any Route Handler, before and after the handler.
// Bare sent no cookies is reported beside it. Then me's p99 while logins hash passwords.
import autocannon from 'autocannon';
import { errorRow, row } from './report.mjs';
import { median, round } from './stats.mjs';

const ADA = { email: 'ada@example.com', password: 'lovelace-1815' };

/** Set-Cookie headers into a jar (a Map of name → {value, path}), as a browser keeps them. */
function remember(jar, response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair, ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    const path = attributes.map((a) => a.trim()).find((a) => /^path=/i.test(a))?.slice(5) || '/';
    jar.set(pair.slice(0, eq).trim(), { value: pair.slice(eq + 1).trim(), path });
  }
}

/** RFC 6265 §5.1.4: the request path equals the cookie's path or continues it after a "/". */
const pathMatches = (requestPath, cookiePath) =>
  requestPath === cookiePath || (requestPath.startsWith(cookiePath) && (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'));

/**
 * The Cookie header a browser sends to `path`. The refresh cookie is scoped to
 * /api/sandbox/refresh, so `me` never carries it: sending it anyway would make
 * every `me` request some 450 bytes heavier than any browser's.
 */
const cookieHeader = (jar, path) =>
  [...jar]
    .filter(([, c]) => c.value !== '' && pathMatches(path, c.path))
    .map(([k, c]) => `${k}=${c.value}`)
    .join('; ');

async function post(baseURL, path, body, jar) {
  const response = await fetch(baseURL + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL, cookie: cookieHeader(jar, path) },
    body: JSON.stringify(body),
  });
  remember(jar, response);
  return { status: response.status, body: await response.json().catch(() => null) };
}

/**
 * A logged-in sandbox whose access token outlives the whole run: the access TTL
 * is raised to the contract's maximum (1 h) before logging in. Resolves with
 * `cookieFor(path)`: the Cookie header a browser then sends to that path.
 */
export async function loggedIn(baseURL) {
  const jar = new Map();
  const settings = await post(baseURL, '/api/sandbox/settings', { accessTtl: 3600, refreshTtl: 3600, idleTimeout: 3600, absoluteTimeout: 7200 }, jar);
  if (settings.status !== 200) throw new Error(`POST /api/sandbox/settings answered ${settings.status}: ${JSON.stringify(settings.body)}`);
  const login = await post(baseURL, '/api/sandbox/login', ADA, jar);
  if (login.status !== 200) throw new Error(`POST /api/sandbox/login answered ${login.status}: ${JSON.stringify(login.body)}`);
  const me = await fetch(`${baseURL}/api/sandbox/me`, { headers: { cookie: cookieHeader(jar, '/api/sandbox/me') } });
  if (me.status !== 200) throw new Error(`GET /api/sandbox/me with the login cookie answered ${me.status}`);
  return { cookieFor: (path) => cookieHeader(jar, path) };
}

/**
 * The baseline prices the work only if it sends what `me` sends: the same
 * headers and a body of the same size. When `me`'s answer changes, this says
 * so instead of measuring bytes (update app/api/bare/route.ts to match).
 */
async function answerMismatch(me, bare) {
  const answer = async ({ url, headers }) => {
    const response = await fetch(url, { headers: { ...headers, 'accept-encoding': 'identity' } });
    return { bytes: (await response.arrayBuffer()).byteLength, headers: [...response.headers.keys()].filter((k) => k !== 'date').sort().join(', ') };
  };
  const [a, b] = [await answer(me), await answer(bare)];
  if (a.bytes !== b.bytes) return `/api/bare's body is ${b.bytes} bytes and me's ${a.bytes}: make bare answer what me answers`;
  if (a.headers !== b.headers) return `/api/bare sends the headers [${b.headers}] and me [${a.headers}]: make them the same`;
  return undefined;
}

function cannon(options) {
  return autocannon({ connections: 50, duration: 10, ...options });
}

function summary(result) {
  return {
    reqPerSec: round(result.requests.average, 0),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** Wrong-password logins, each from a new (forwarded) client, so they hash instead of hitting the 429 limit. */
function loginLoad(baseURL, { rate, duration }) {
  let n = 0;
  const statuses = {};
  const instance = autocannon({
    url: `${baseURL}/api/sandbox/login`,
    connections: 4,
    overallRate: rate,
    duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: baseURL },
        body: JSON.stringify({ email: ADA.email, password: 'not-the-password' }),
        setupRequest: (request) => {
          n += 1;
          const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
          return { ...request, headers: { ...request.headers, 'x-forwarded-for': ip } };
        },
      },
    ],
  });
  instance.on('response', (_client, status) => (statuses[status] = (statuses[status] ?? 0) + 1));
  return instance.then((result) => ({ ...summary(result), statuses }));
}

/**
 * `store`: which store the server runs with ('memory', or 'redis' for a server
 * started with REDIS_URL). The Redis run measures only me against bare; the
 * one-connection and hashing rows come from the in-memory run.
 */
export async function measureThroughput({ baseURL, store = 'memory', rounds = 9, duration = 4 }) {
  const redis = store === 'redis';
  const label = (name) => (redis ? `${name}, Redis` : name);
  let session;
  try {
    session = await loggedIn(baseURL);
  } catch (error) {
    return { rows: [errorRow(label('me/bare throughput'), error.message)] };
  }
  const targets = {
    me: { url: `${baseURL}/api/sandbox/me`, headers: { cookie: session.cookieFor('/api/sandbox/me') } },
    bare: { url: `${baseURL}/api/bare`, headers: { cookie: session.cookieFor('/api/bare') } },
    bareNoCookies: { url: `${baseURL}/api/bare` },
  };
  const mismatch = await answerMismatch(targets.me, targets.bare);
  if (mismatch) return { rows: [errorRow(label('me/bare throughput'), mismatch)] };
  // Warm both routes up (JIT, lazy route compilation) before anything counts.
  for (const target of Object.values(targets)) await cannon({ ...target, duration: 2 });
  const runs = { me: [], bare: [], bareNoCookies: [] };
  for (let i = 0; i < rounds; i++) {
    for (const [name, target] of Object.entries(targets)) runs[name].push(summary(await cannon({ ...target, duration })));
  }
  const med = (name, key) => median(runs[name].map((r) => r[key]));
  const failures = (name) => runs[name].reduce((total, r) => total + r.errors + r.timeouts + r.non2xx, 0);
  const meRate = med('me', 'reqPerSec');
  const bareRate = med('bare', 'reqPerSec');
  const bareNoCookiesRate = med('bareNoCookies', 'reqPerSec');
  const pairedRatio = (name) => 100 * median(runs.me.map((me, i) => me.reqPerSec / runs[name][i].reqPerSec));
  const ratio = row(label('me throughput / bare throughput'), pairedRatio('bare'), '%', { min: redis ? 60 : 90 }, `median of ${rounds} paired rounds; me ${meRate} req/s, bare ${bareRate} req/s (medians), both sent a browser's cookies`);
  const ratioNoCookies = row(label('me / bare sent no cookies'), pairedRatio('bareNoCookies'), '%', undefined, `bare without a Cookie header ${bareNoCookiesRate} req/s`);
  if (redis) {
    return {
      rows: [
        ratio,
        ratioNoCookies,
        row(label('me req/s (50 conns)'), meRate, 'req/s'),
        row(label('me p99 latency (50 conns)'), med('me', 'p99'), 'ms', undefined, `bare p99 ${med('bare', 'p99')} ms`),
        row(label('me errors + timeouts + non-2xx'), failures('me'), '', { max: 0 }, `over ${rounds} rounds`),
      ],
      details: { runs },
    };
  }

  // Saturated, latency is mostly queueing (50 connections ÷ req/s). One
  // connection at a time shows what a request itself costs. (autocannon's
  // overallRate releases requests in bursts each second, so it cannot do this.)
  const single = {};
  for (const name of ['me', 'bare']) single[name] = summary(await cannon({ ...targets[name], duration: 5, connections: 1 }));

  const [underLoad, logins] = await Promise.all([cannon({ ...targets.me, duration }), loginLoad(baseURL, { rate: 20, duration })]);
  const loaded = summary(underLoad);
  return {
    rows: [
      ratio,
      ratioNoCookies,
      row('me req/s (50 conns)', meRate, 'req/s'),
      row('bare req/s (50 conns)', bareRate, 'req/s'),
      // Saturated, 50 connections queue for at least 50 ÷ req/s (over 50 ms here):
      // queueing, reported; the budget is on one request's own time.
      row('me p99 latency (50 conns)', med('me', 'p99'), 'ms', undefined, `bare p99 ${med('bare', 'p99')} ms`),
      row('bare p99 latency (50 conns)', med('bare', 'p99'), 'ms'),
      row('me p99, 1 connection', single.me.p99, 'ms', { max: 25 }, `p50 ${single.me.p50} ms; bare p50 ${single.bare.p50} ms`),
      row('bare p99, 1 connection', single.bare.p99, 'ms'),
      row('me errors + timeouts + non-2xx', failures('me'), '', { max: 0 }, `over ${rounds} rounds`),
      row('bare errors + timeouts + non-2xx', failures('bare'), ''),
      row('me p99 while logins hash', loaded.p99, 'ms', undefined, `p99 without logins ${med('me', 'p99')} ms`),
      row('me req/s while logins hash', loaded.reqPerSec, 'req/s', undefined, `errors+timeouts+non-2xx ${loaded.errors + loaded.timeouts + loaded.non2xx}`),
      row('logins hashed meanwhile (401s)', logins.statuses[401] ?? 0, '', undefined, `statuses ${JSON.stringify(logins.statuses)}`),
    ],
    details: { runs, oneConnection: single, underLoad: { me: loaded, logins } },
  };
}
