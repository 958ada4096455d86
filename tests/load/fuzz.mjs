// `npm run fuzz`: seeded hostile requests at every sandbox route: mutated tokens
// (every segment, every claim), unicode, huge numbers, nested JSON, duplicate and
// oversize cookies, wrong methods and media types, chunked and oversize bodies.
// Fails (exit 1) on any 5xx, any hang, any forgery accepted, or a server that is
// not healthy afterwards. The same seed sends the same requests.
//   node tests/load/fuzz.mjs --requests=10000 --seed=1 --concurrency=8
import { request as httpRequest } from 'node:http';
import { args, serve } from './servers.mjs';

const options = args({ requests: 10_000, seed: 1, concurrency: 8, store: 'memory' });

// mulberry32: small, fast, seedable.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(options.seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (n) => Math.floor(random() * n);

const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const unb64 = (part) => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString());
  } catch {
    return null;
  }
};

const WEIRD = ['', ' ', '\u0000', '💥', 'ａｄａ', 'a'.repeat(5000), '../../etc/passwd', '<script>', "' OR 1=1 --", '\uFEFF', '\uD800', 'null', 'NaN'];
const NUMBERS = ['1e309', '-1e309', '9007199254740993', '-0', '1.5', '0', '-1', '1e-400', '99999999999999999999999999', '0x10'];

function nested(depth) {
  return '['.repeat(depth) + ']'.repeat(depth);
}

function weirdValue() {
  return pick([() => pick(WEIRD), () => Number(pick(NUMBERS)), () => null, () => true, () => [], () => ({}), () => ({ $gt: '' }), () => int(1e9)])();
}

/** A genuine token with one thing changed, the way an attacker would change it. */
function mutate(token) {
  const [header = '', payload = '', signature = ''] = String(token).split('.');
  const h = unb64(header) ?? {};
  const p = unb64(payload) ?? {};
  const claim = pick(['sub', 'role', 'exp', 'iat', 'nbf', 'jti', 'iss', 'aud', 'sbx', 'mode', 'sid', 'gen', 'email']);
  const numeric = () => pick(NUMBERS);
  const rawPayload = (json) => `${header}.${b64(json)}.${signature}`;
  return pick([
    () => `${header}.${payload}.${signature.slice(0, -2)}${pick(['AA', 'zz', '__', '--'])}`,
    () => `${header}.${payload}.`,
    () => `${b64({ ...h, alg: pick(['none', 'None', 'nOnE', 'HS512', 'RS256', '', null]) })}.${payload}.${pick([signature, ''])}`,
    () => `${b64({ ...h, typ: pick(['rt+jwt', 'at+jwt', 'JWT', '', 'application/at+jwt']) })}.${payload}.${signature}`,
    () => `${b64({ ...h, kid: pick(['../../dev/null', "' UNION SELECT", 'x'.repeat(3000)]), jku: 'http://evil.example/jwks' })}.${payload}.${signature}`,
    () => `${b64({ ...h, jwk: { kty: 'oct', k: 'AAAA' } })}.${payload}.${signature}`,
    () => `${b64({ ...h, crit: ['exp'] })}.${payload}.${signature}`,
    () => `${header}.${b64({ ...p, [claim]: weirdValue() })}.${signature}`,
    () => rawPayload(JSON.stringify(p).replace(/"exp":\d+/, `"exp":${numeric()}`)),
    () => rawPayload(JSON.stringify(p).replace(/"iat":\d+/, `"iat":${numeric()}`)),
    () => rawPayload(`{${'"a":'.repeat(0)}"sub":"ada","exp":${numeric()},"x":${nested(2000)}}`),
    () => token.split('.').slice(0, 2).join('.'),
    () => `${token}.${signature}`,
    () => token.replace(/[A-Za-z]/, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())),
    () => pick(WEIRD),
    () => `${token}${'A'.repeat(5000)}`,
  ])();
}

const ROUTES = ['login', 'me', 'refresh', 'logout', 'verify', 'state', 'events', 'clock', 'settings', 'reset'];
const TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'APPLICATION/JSON', 'application/json-patch+json', undefined];

function body(route, tokens) {
  const fields = {
    login: () => ({ email: pick([weirdValue(), 'ada@example.com', 'grace@example.com']), password: pick([weirdValue(), 'wrong', 'lovelace-1815']) }),
    refresh: () => (random() < 0.5 ? {} : { token: mutate(pick(tokens.refresh)) }),
    verify: () => ({ token: random() < 0.8 ? mutate(pick([...tokens.access, ...tokens.refresh])) : weirdValue(), kind: pick(['access', 'refresh', weirdValue()]) }),
    clock: () => ({ advanceSeconds: random() < 0.3 ? Number(pick(NUMBERS)) : weirdValue() }),
    settings: () => ({ [pick(['mode', 'accessTtl', 'refreshTtl', 'idleTimeout', 'absoluteTimeout', '__proto__', 'constructor'])]: weirdValue() }),
  }[route];
  return pick([
    () => JSON.stringify(fields ? fields() : {}),
    () => JSON.stringify(fields ? fields() : {}).replace(/[0-9]+/, pick(NUMBERS)),
    () => nested(int(20000)),
    () => `{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
    () => '{"email":',
    () => Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    () => 'x'.repeat(8 * 1024 + int(4000)),
    () => '',
    () => JSON.stringify([1, 2, 3]),
    () => '"just a string"',
  ])();
}

function cookies(tokens, sandboxId) {
  const access = pick([...tokens.access, mutate(pick(tokens.access))]);
  return pick([
    () => `sandbox-access=${mutate(access)}; sandbox-id=${sandboxId}`,
    () => `sandbox-access=junk; sandbox-access=${access}; sandbox-id=${sandboxId}`,
    () => `sandbox-access=${access}; sandbox-access=${mutate(access)}; sandbox-id=${sandboxId}`,
    () => `sandbox-id=${'A'.repeat(22)}; sandbox-access=${access}`,
    () => `sandbox-id=${pick(WEIRD)}; sandbox-access=${access}`,
    () => `sandbox-access=${'x'.repeat(5000)}`,
    () => `sandbox-refresh=${mutate(pick(tokens.refresh))}; sandbox-id=${sandboxId}`,
    () => `sandbox-id=${sandboxId}; ${'a=b; '.repeat(500)}`,
    () => '=; ;;; =x; sandbox-access',
    () => '',
  ])();
}

function send(base, { method, path, headers, payload, chunked }) {
  const url = new URL(path, base);
  return new Promise((resolve) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: url.pathname + url.search, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, text }));
      res.on('error', () => resolve({ status: res.statusCode, text }));
    });
    // Slow is not hung: a login waits its turn for scrypt on a busy machine.
    req.setTimeout(30_000, () => {
      req.destroy();
      resolve({ status: 'hang' });
    });
    req.on('error', (error) => resolve({ status: `reset:${error.code}` }));
    if (payload !== undefined) {
      if (chunked) for (let i = 0; i < payload.length; i += 4096) req.write(payload.subarray(i, i + 4096));
      else req.write(payload);
    }
    req.end();
  });
}

async function genuineSession(base) {
  const jar = new Map();
  const call = async (path, json) => {
    const response = await fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': '10.7.7.7', cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: JSON.stringify(json),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return response;
  };
  if ((await call('/api/sandbox/login', { email: 'ada@example.com', password: 'lovelace-1815' })).status !== 200) throw new Error('the genuine login failed');
  const tokens = { access: [jar.get('sandbox-access')], refresh: [jar.get('sandbox-refresh')] };
  await call('/api/sandbox/refresh', {});
  tokens.access.push(jar.get('sandbox-access'));
  tokens.refresh.push(jar.get('sandbox-refresh'));
  return { tokens, sandboxId: jar.get('sandbox-id') };
}

/** A payload accepted as valid that no genuine token carries is a forgery that got through. */
function acceptedForgery(route, status, text, genuine) {
  if (status !== 200 || (route !== 'me' && route !== 'verify')) return false;
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    return false;
  }
  const payload = route === 'me' ? answer.token?.payload : answer.valid ? answer.payload : undefined;
  const header = route === 'me' ? answer.token?.header : answer.header;
  if (!payload) return false;
  return !genuine.some((g) => JSON.stringify(g.payload) === JSON.stringify(payload) && JSON.stringify(g.header) === JSON.stringify(header));
}

const server = await serve(options.store);
const started = Date.now();
let failed = false;
try {
  const { tokens, sandboxId } = await genuineSession(server.url);
  const genuine = [...tokens.access, ...tokens.refresh].map((t) => ({ header: unb64(t.split('.')[0]), payload: unb64(t.split('.')[1]) }));
  const byStatus = {};
  const problems = [];
  let sent = 0;
  const next = () => {
    const route = pick(ROUTES);
    const method = random() < 0.8 ? (['me', 'state', 'events'].includes(route) ? 'GET' : 'POST') : pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
    // A few clients, not thousands: each client may hash five wrong passwords a minute per account, and
    // scrypt at OWASP's cost takes about a second here, so thousands of clients would only measure the hashing queue.
    const headers = { 'x-forwarded-for': `10.8.0.${int(4)}` };
    // Node sends only header-safe bytes (tab, 0x20–0x7e, 0x80–0xff): anything else goes as Latin-1 noise.
    if (random() < 0.9) headers.cookie = cookies(tokens, sandboxId).replace(/[^\t\x20-\x7e\x80-\xff]/g, (c) => String.fromCharCode(0x80 + (c.charCodeAt(0) % 128)));
    const type = pick(TYPES);
    if (type) headers['content-type'] = type;
    headers.origin = random() < 0.85 ? server.url : pick(['https://evil.example', 'null', 'http://127.0.0.1.evil.example', '']);
    if (random() < 0.05) headers['sec-fetch-site'] = 'cross-site';
    const query = route === 'events' ? `?since=${encodeURIComponent(pick(['1', '-1', '1e309', '99999999999999999999', 'x', '']))}` : '';
    const hasBody = !['GET', 'HEAD'].includes(method);
    const raw = hasBody ? body(route, tokens) : undefined;
    const payload = raw === undefined ? undefined : Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    const chunked = payload !== undefined && random() < 0.3;
    if (payload && !chunked) headers['content-length'] = String(payload.length);
    if (chunked) headers['transfer-encoding'] = 'chunked';
    return { route, request: { method, path: `/api/sandbox/${route}${query}`, headers, payload, chunked } };
  };
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (sent < options.requests) {
        sent++;
        const { route, request } = next();
        const { status, text } = await send(server.url, request);
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        if (typeof status !== 'number' || status >= 500) problems.push(`${request.method} ${request.path} → ${status}`);
        if (acceptedForgery(route, status, text, genuine)) problems.push(`forgery accepted by ${route}: ${text.slice(0, 300)}`);
      }
    }),
  );
  // Healthy after: a fresh visitor logs in and verifies, pages still serve.
  const after = await genuineSession(server.url).then(() => 'ok', (error) => error.message);
  const page = (await fetch(`${server.url}/`)).status;
  const alive = server.log().includes('FATAL') ? 'crashed' : 'alive';
  const report = {
    seed: options.seed,
    requests: sent,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    byStatus,
    problems: problems.length,
    firstProblems: problems.slice(0, 10),
    healthyAfter: after === 'ok' && page === 200 && alive === 'alive',
  };
  console.log(JSON.stringify(report));
  failed = problems.length > 0 || !report.healthyAfter;
  console.log(failed ? '✖ fuzz failed' : `✔ fuzz: ${sent} hostile requests, no 5xx, no hang, no forgery accepted, healthy after`);
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
