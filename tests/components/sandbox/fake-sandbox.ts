// A small stand-in for the sandbox routes with state of its own (sessions,
// refresh families, modes, the clock, a timeline), enough for the page's
// components to run whole scenarios in jsdom. The real routes are tested over
// HTTP in tests/integration and in Chromium in tests/e2e; this follows their
// contract (sandbox/README.md), not their code.
import { encodeJson } from '@/lib/sandbox-client/base64url';
import { fakeSandbox } from './fake-server';

type Json = Record<string, unknown>;
const START = 1_800_000_000;
const BOUNDS = { accessTtl: [5, 3600], refreshTtl: [30, 86400], idleTimeout: [30, 86400], absoluteTimeout: [60, 604800], maxAdvanceSeconds: 2592000 };
const ACCOUNTS = [
  { email: 'ada@example.com', password: 'lovelace-1815', role: 'user', name: 'Ada Lovelace', id: 'ada' },
  { email: 'grace@example.com', password: 'hopper-1906', role: 'admin', name: 'Grace Hopper', id: 'grace' },
];
const DEFAULTS = { mode: 'stateless', accessTtl: 30, refreshTtl: 300, idleTimeout: 600, absoluteTimeout: 3600 };

interface Gen {
  gen: number;
  jti: string;
  token: string;
  status: 'active' | 'spent' | 'revoked';
}

export function statefulSandbox() {
  let seq = 0;
  let w = fresh();
  function fresh() {
    return {
      offset: 0,
      settings: { ...DEFAULTS } as Json & typeof DEFAULTS,
      events: [] as Json[],
      failures: 0,
      cookies: { access: null as string | null, refresh: null as string | null },
      family: null as null | { id: string; user: (typeof ACCOUNTS)[number]; startedAt: number; lastUsed: number; status: 'active' | 'revoked' | 'expired'; reason?: string; gens: Gen[] },
      issued: new Map<string, { exp: number; sid: string; user: (typeof ACCOUNTS)[number] }>(),
    };
  }
  const now = () => START + w.offset;
  const record = (method: string, path: string, status: number, extra: Json = {}) =>
    w.events.push({ id: w.events.length + 1, at: now() * 1000, sandboxTime: now(), method, path: `/api/sandbox/${path}`, status, setCookies: [], ...extra });
  const fail = (status: number, error: string, message: string, extra: Json = {}) => ({ status, body: { error, message, ...extra } });

  function token(typ: string, claims: Json) {
    const jti = `jti-${++seq}`;
    return { jti, token: `${encodeJson({ alg: 'HS256', typ })}.${encodeJson({ iss: 'urn:stepwise:sandbox', aud: 'urn:stepwise:sandbox:api', jti, iat: now(), ...claims })}.sig${seq}` };
  }
  function issue(user: (typeof ACCOUNTS)[number], sid: string) {
    const access = token('at+jwt', { sub: user.id, name: user.name, email: user.email, role: user.role, sid, exp: now() + w.settings.accessTtl });
    w.issued.set(access.token, { exp: now() + w.settings.accessTtl, sid, user });
    const family = w.family!;
    const refresh = token('rt+jwt', { sub: user.id, sid, gen: family.gens.length + 1, exp: now() + w.settings.refreshTtl });
    family.gens.push({ gen: family.gens.length + 1, jti: refresh.jti, token: refresh.token, status: 'active' });
    w.cookies = { access: access.token, refresh: refresh.token };
  }
  function judge(tokenText: string | null) {
    if (!tokenText) return fail(401, 'no_session', 'No access cookie: log in first.');
    const t = w.issued.get(tokenText);
    if (!t) return fail(401, 'invalid_token', 'The token was rejected.', { jose: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
    if (t.exp <= now()) return fail(401, 'token_expired', 'The token has expired.', { jose: 'ERR_JWT_EXPIRED' });
    if (w.settings.mode === 'stateful' && w.family?.id === t.sid && w.family.status !== 'active') return fail(401, 'revoked', 'The token verifies, but its session was revoked (stateful mode).');
    return { status: 200, body: { user: t.user, token: { header: {}, payload: {} } } };
  }
  const view = (kind: 'access' | 'refresh', text: string) => {
    const [h = '', p = '', s = ''] = text.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Json;
    return { name: `sandbox-${kind}`, path: kind === 'access' ? '/' : '/api/sandbox/refresh', source: 'request', token: text, parts: { header: h, payload: p, signature: s }, header: JSON.parse(Buffer.from(h, 'base64url').toString()), payload, verdict: { ok: true }, expiresIn: Number(payload.exp) - now() };
  };
  const revoke = (reason: string) => {
    if (!w.family || w.family.status !== 'active') return;
    w.family.status = 'revoked';
    w.family.reason = reason;
    for (const g of w.family.gens) if (g.status === 'active') g.status = 'revoked';
  };

  const server = fakeSandbox({
    'GET state': () => ({
      status: 200,
      body: {
        clock: { now: now(), offset: w.offset, realNow: Math.floor(Date.now() / 1000) },
        settings: w.settings,
        bounds: BOUNDS,
        secure: false,
        cookies: { access: w.cookies.access ? view('access', w.cookies.access) : null, refresh: w.cookies.refresh ? view('refresh', w.cookies.refresh) : null },
        families: w.family
          ? [{ id: w.family.id, user: w.family.user, startedAt: w.family.startedAt, status: w.family.status, ...(w.family.reason ? { revoked: { reason: w.family.reason, at: now() } } : {}), lastUsedAt: w.family.lastUsed, idleExpiresAt: w.family.lastUsed + w.settings.idleTimeout, absoluteExpiresAt: w.family.startedAt + w.settings.absoluteTimeout, generations: w.family.gens.map((g) => ({ ...g, issuedAt: now(), expiresAt: now() + 300 })) }]
          : [],
        accounts: ACCOUNTS.map(({ email, password, role }) => ({ email, password, role })),
      },
    }),
    'GET events': (call) => {
      const since = Number(call.query.get('since') ?? 0);
      return { status: 200, body: { events: w.events.filter((e) => Number(e.id) > since), last: w.events.length } };
    },
    'POST login': ({ body }) => {
      const { email, password } = body as Json;
      if (w.failures >= 5) {
        record('POST', 'login', 429, { error: 'rate_limited' });
        return { ...fail(429, 'rate_limited', 'Too many failed logins.'), headers: { 'retry-after': '42' } };
      }
      const user = ACCOUNTS.find((a) => a.email === email && a.password === password);
      if (!user) {
        w.failures += 1;
        record('POST', 'login', 401, { error: 'invalid_credentials' });
        return fail(401, 'invalid_credentials', 'Wrong email or password.');
      }
      revoke('new_login');
      w.family = { id: `fam-${++seq}`, user, startedAt: now(), lastUsed: now(), status: 'active', gens: [] };
      issue(user, w.family.id);
      record('POST', 'login', 200, {
        setCookies: [
          { name: 'sandbox-access', value: 'eyJ…', path: '/', httpOnly: true, secure: false, sameSite: 'Lax', cleared: false },
          { name: 'sandbox-device', value: 'eyJ…', path: '/api/sandbox/login', httpOnly: true, secure: false, sameSite: 'Lax', cleared: false },
        ],
      });
      return { status: 200, body: { user } };
    },
    'GET me': () => {
      const answer = judge(w.cookies.access);
      record('GET', 'me', answer.status, answer.status === 200 ? { verdict: { ok: true } } : { error: (answer.body as Json).error });
      return answer;
    },
    'POST refresh': ({ body }) => {
      const presented = ((body as Json).token as string | undefined) ?? w.cookies.refresh;
      const f = w.family;
      const gen = f?.gens.find((g) => g.token === presented);
      let answer: { status: number; body: Json };
      if (!presented || !f || !gen) answer = fail(401, 'no_refresh_token', 'No refresh token.');
      else if (gen.status === 'spent') {
        revoke('reuse');
        w.cookies = { access: null, refresh: null };
        answer = fail(401, 'refresh_reuse_detected', 'A spent refresh token was presented again.');
      } else if (f.status !== 'active' || now() - f.lastUsed > w.settings.idleTimeout || now() - f.startedAt > w.settings.absoluteTimeout) {
        f.status = f.status === 'active' ? 'expired' : f.status;
        w.cookies = { access: null, refresh: null };
        answer = fail(401, 'session_expired', 'The session has ended: log in again.');
      } else {
        gen.status = 'spent';
        f.lastUsed = now();
        issue(f.user, f.id);
        answer = { status: 200, body: { user: f.user } };
      }
      record('POST', 'refresh', answer.status, answer.status === 200 ? {} : { error: answer.body.error });
      return answer;
    },
    'POST logout': () => {
      revoke('logout');
      w.cookies = { access: null, refresh: null };
      record('POST', 'logout', 200);
      return { status: 200, body: { ok: true } };
    },
    'POST verify': ({ body }) => {
      const b = body as Json;
      if (b.asMe) {
        const answer = judge(b.token as string);
        record('POST', 'verify', answer.status, answer.status === 200 ? { verdict: { ok: true } } : { error: (answer.body as Json).error });
        return answer;
      }
      const valid = w.issued.has(b.token as string) && (b.kind ?? 'access') === 'access';
      const checks = [{ name: 'format', ok: true, detail: 'ok' }, { name: 'signature', ok: valid, detail: valid ? 'ok' : 'no', ...(valid ? {} : { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' }) }];
      record('POST', 'verify', 200, { verdict: valid ? { ok: true } : { ok: false, error: 'invalid_token', jose: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' } });
      return { status: 200, body: { valid, kind: 'access', checks, header: {}, payload: {}, ...(valid ? {} : { error: 'invalid_token', jose: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' }), ...(b.specimen ? { token: 'specimen.token.sig' } : {}) } };
    },
    'POST settings': ({ body }) => {
      for (const [name, value] of Object.entries(body as Json)) {
        const bounds = (BOUNDS as Json)[name] as [number, number] | undefined;
        if (name === 'mode' ? value !== 'stateless' && value !== 'stateful' : !bounds || typeof value !== 'number' || value < bounds[0] || value > bounds[1]) {
          record('POST', 'settings', 400, { error: 'bad_request' });
          return fail(400, 'bad_request', `${name}: ${name} is out of bounds`, { field: name });
        }
      }
      Object.assign(w.settings, body);
      record('POST', 'settings', 200);
      return { status: 200, body: { settings: w.settings } };
    },
    'POST clock': ({ body }) => {
      w.offset += Number((body as Json).advanceSeconds);
      record('POST', 'clock', 200);
      return { status: 200, body: { offset: w.offset, now: now() } };
    },
    'POST reset': () => {
      w = fresh();
      return { status: 200, body: { ok: true } };
    },
  });
  return { ...server, world: () => w };
}
