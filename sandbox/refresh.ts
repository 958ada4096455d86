// Refresh token families (RFC 9700 §4.14, OWASP): every login starts a family;
// every refresh spends the family's newest token and issues the next generation;
// presenting a spent token means two parties hold it, so the whole family dies.
// Sliding idle and absolute timeouts end a family on the server, whatever its tokens say.
import { decodeJwt } from 'jose';
import { realNow } from './clock';
import { MAX_FAMILIES, MAX_GENERATIONS, REFRESH_GRACE_MS, SANDBOX_TTL_MS, type Settings } from './config';
import { SandboxError } from './errors';
import { findSandbox, sandboxKeys, sandboxTag, type Sandbox } from './sandbox-id';
import { rejection, signToken, verifyToken } from './session';
import { store } from './store';
import type { User } from './users';

export interface Family {
  id: string;
  sandboxId: string;
  user: User;
  /** Sandbox time of the login. */
  startedAt: number;
}

export interface Generation {
  gen: number;
  jti: string;
  issuedAt: number;
  expiresAt: number;
  /** Kept so the sandbox can show it and replay it; a real server would keep only the jti. */
  token: string;
}

export type RevokeReason = 'logout' | 'reuse' | 'idle_timeout' | 'absolute_timeout' | 'new_login' | 'reset';

export interface Revocation {
  reason: RevokeReason;
  at: number;
}

/** What a login or a refresh hands back: both tokens and when the session can last until. */
export interface IssuedSession {
  user: User;
  familyId: string;
  /** Sandbox time the tokens were signed at. */
  issuedAt: number;
  access: { token: string; exp: number };
  refresh: { token: string; exp: number; jti: string };
}

const keys = (familyId: string) => ({
  family: `fam:${familyId}`,
  generations: `fam:${familyId}:gens`,
  lastUsed: `fam:${familyId}:last`,
  revoked: `fam:${familyId}:revoked`,
});
const spentKey = (jti: string) => `rt:${jti}`;

/** The spent marker a refresh token leaves: when, by which sandbox, and what it was exchanged for. */
interface Spent {
  /** Real time, ms. */
  at: number;
  sandboxId: string;
  next: IssuedSession;
}

// #region issue
/** Both tokens of one generation, signed but not yet recorded. */
async function sign(family: Family, gen: number, now: number, settings: Settings): Promise<IssuedSession> {
  const { user } = family;
  // A refresh token never outlives the absolute timeout; an access token never outlives its refresh token.
  const refreshTtl = Math.min(settings.refreshTtl, family.startedAt + settings.absoluteTimeout - now);
  const accessTtl = Math.min(settings.accessTtl, refreshTtl);
  // sbx and mode bind the tokens to this sandbox: see access.ts.
  const bound = { sid: family.id, sbx: sandboxTag(family.sandboxId), mode: settings.mode };
  const access = await signToken('access', user.id, { email: user.email, name: user.name, role: user.role, ...bound }, now, accessTtl);
  const refresh = await signToken('refresh', user.id, { ...bound, gen }, now, refreshTtl);
  return { user, familyId: family.id, issuedAt: now, access, refresh };
}
// #endregion

async function record(session: IssuedSession, gen: number): Promise<void> {
  const k = keys(session.familyId);
  const { refresh, issuedAt } = session;
  const generation: Generation = { gen, jti: refresh.jti, issuedAt, expiresAt: refresh.exp, token: refresh.token };
  await Promise.all([
    store().push(k.generations, generation, MAX_GENERATIONS, SANDBOX_TTL_MS),
    store().set(k.lastUsed, issuedAt, SANDBOX_TTL_MS),
    store().touch(k.family, SANDBOX_TTL_MS),
    store().touch(k.revoked, SANDBOX_TTL_MS),
  ]);
}

// #region start
/** Login: a new family, generation 1. Earlier families of this sandbox end (a new session per login). */
export async function startFamily(sandbox: Sandbox, user: User): Promise<IssuedSession> {
  const now = sandbox.now();
  await revokeSandboxFamilies(sandbox, 'new_login');
  const family: Family = { id: crypto.randomUUID(), sandboxId: sandbox.id, user, startedAt: now };
  await Promise.all([
    store().set(keys(family.id).family, family, SANDBOX_TTL_MS),
    store().push(sandboxKeys(sandbox.id).families, family.id, MAX_FAMILIES, SANDBOX_TTL_MS),
  ]);
  const session = await sign(family, 1, now, sandbox.settings);
  await record(session, 1);
  return session;
}
// #endregion

/** The family a refresh token names, read before verifying it only to pick whose clock to verify it on. */
function claimedFamily(token: string): string | undefined {
  try {
    const { sid } = decodeJwt(token);
    return typeof sid === 'string' ? sid : undefined;
  } catch {
    return undefined;
  }
}

// #region rotate
/**
 * Refresh: verify the refresh token on its own sandbox's clock, check the family,
 * spend the token, issue the next pair. The token's family, not the caller's
 * cookie, says whose it is: a spent token is reuse whoever presents it.
 */
export async function rotate(sandbox: Sandbox, token: string, { grace = true } = {}): Promise<IssuedSession> {
  const sid = claimedFamily(token);
  const family = sid ? await store().get<Family>(keys(sid).family) : undefined;
  const home = family && family.sandboxId !== sandbox.id ? await findSandbox(family.sandboxId, false) : sandbox;
  if (!home) throw new SandboxError('session_expired', 'This session no longer exists: log in again.');
  const now = home.now();
  const claims = await verifyToken('refresh', token, now).then(
    ({ payload }) => payload,
    (err: unknown) => {
      const rejected = rejection(err);
      // An expired refresh token is an idle session: the reader must log in again.
      if (rejected.code !== 'token_expired') throw rejected;
      throw new SandboxError('session_expired', 'The refresh token has expired: log in again.', rejected.jose);
    },
  );
  const { gen, jti } = claims;
  if (claims.sid !== sid || typeof gen !== 'number' || typeof jti !== 'string') {
    throw new SandboxError('invalid_token', 'The refresh token lacks its family claims.');
  }
  if (!family) throw new SandboxError('session_expired', 'This session no longer exists: log in again.');
  await checkStillOpen(family, now, home.settings);
  return spendOnce(family, jti, gen, home, sandbox, grace);
}
// #endregion

// #region timeouts
async function checkStillOpen(family: Family, now: number, settings: Settings): Promise<void> {
  const [revoked, lastUsed] = await Promise.all([
    store().get<Revocation>(keys(family.id).revoked),
    store().get<number>(keys(family.id).lastUsed),
  ]);
  if (revoked?.reason === 'reuse') throw reuseDetected();
  if (revoked) throw new SandboxError('session_expired', `This session has ended (${revoked.reason.replace('_', ' ')}).`);
  if (now >= family.startedAt + settings.absoluteTimeout) {
    await revokeFamily(family.id, 'absolute_timeout', now);
    throw new SandboxError('session_expired', 'The session reached its absolute timeout: log in again.');
  }
  if (now >= (lastUsed ?? family.startedAt) + settings.idleTimeout) {
    await revokeFamily(family.id, 'idle_timeout', now);
    throw new SandboxError('session_expired', 'The session was idle too long: log in again.');
  }
}
// #endregion

// #region reuse
/**
 * Only the family's newest token may be spent, and only once: the next pair is
 * signed first, then the store's set-if-absent lets exactly one of any number of
 * racing requests leave its spent marker. A loser from the same sandbox within
 * REFRESH_GRACE_MS (two tabs refreshing at once) gets the winner's pair, as long
 * as that pair is still the newest. Anything else is a replay: the family dies.
 * (The page's deliberate replay sends the token in the body and gets no grace.)
 */
async function spendOnce(family: Family, jti: string, gen: number, home: Sandbox, caller: Sandbox, grace: boolean): Promise<IssuedSession> {
  const newest = (await store().list<Generation>(keys(family.id).generations)).at(-1);
  if (newest?.jti === jti && caller.id === home.id) {
    const next = await sign(family, gen + 1, home.now(), home.settings);
    if (await store().setIfAbsent<Spent>(spentKey(jti), { at: realNow(), sandboxId: caller.id, next }, SANDBOX_TTL_MS)) {
      await record(next, gen + 1);
      return next;
    }
  } else if (newest?.jti === jti) {
    // The newest token, from another sandbox: copied, not yet replayed. Refused; it stays the owner's.
    throw new SandboxError('invalid_token', 'This refresh token belongs to another sandbox.');
  }
  const spent = await store().get<Spent>(spentKey(jti));
  const withinGrace = grace && spent && spent.sandboxId === caller.id && realNow() - spent.at <= REFRESH_GRACE_MS;
  const stillNewest = newest?.jti === jti || newest?.jti === spent?.next.refresh.jti;
  if (spent && withinGrace && stillNewest) return spent.next;
  await revokeFamily(family.id, 'reuse', home.now());
  throw reuseDetected();
}

function reuseDetected(): SandboxError {
  return new SandboxError('refresh_reuse_detected', 'A spent refresh token was presented again: the whole session is revoked.');
}
// #endregion

// #region revoke
/** Ends a family for good; the first reason recorded is kept. */
export async function revokeFamily(familyId: string, reason: RevokeReason, now: number): Promise<void> {
  await store().setIfAbsent<Revocation>(keys(familyId).revoked, { reason, at: now }, SANDBOX_TTL_MS);
}

/** Logout (and a new login): every family of this sandbox still open ends. */
export async function revokeSandboxFamilies(sandbox: Sandbox, reason: RevokeReason): Promise<void> {
  const ids = await store().list<string>(sandboxKeys(sandbox.id).families);
  await Promise.all(ids.map((id) => revokeFamily(id, reason, sandbox.now())));
}
// #endregion

/** Stateful mode's session record check: is this family (the access token's `sid`) still open? */
export async function isFamilyOpen(sandbox: Sandbox, familyId: unknown): Promise<boolean> {
  if (typeof familyId !== 'string') return false;
  const family = await store().get<Family>(keys(familyId).family);
  if (!family || family.sandboxId !== sandbox.id) return false;
  return (await store().get<Revocation>(keys(familyId).revoked)) === undefined;
}

/** `expired`: past a timeout or its token's exp, though nobody has presented it since. */
export type GenerationStatus = 'active' | 'spent' | 'revoked' | 'expired';

export interface FamilyView extends Omit<Family, 'sandboxId'> {
  status: 'active' | 'revoked' | 'expired';
  revoked?: Revocation;
  lastUsedAt: number;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
  generations: (Generation & { status: GenerationStatus })[];
}

/** The sandbox's families, newest first, as the inspector shows them. */
export async function familyViews(sandbox: Sandbox): Promise<FamilyView[]> {
  const ids = await store().list<string>(sandboxKeys(sandbox.id).families);
  const views = await Promise.all(ids.map((id) => familyView(id, sandbox.settings, sandbox.now())));
  return views.filter((v): v is FamilyView => v !== undefined).reverse();
}

async function familyView(id: string, settings: Settings, now: number): Promise<FamilyView | undefined> {
  const k = keys(id);
  const family = await store().get<Family>(k.family);
  if (!family) return undefined;
  const [revoked, generations, lastUsed] = await Promise.all([
    store().get<Revocation>(k.revoked),
    store().list<Generation>(k.generations),
    store().get<number>(k.lastUsed),
  ]);
  const lastUsedAt = lastUsed ?? family.startedAt;
  const idleExpiresAt = lastUsedAt + settings.idleTimeout;
  const absoluteExpiresAt = family.startedAt + settings.absoluteTimeout;
  const newestExp = generations.at(-1)?.expiresAt ?? now;
  const timedOut = now >= Math.min(idleExpiresAt, absoluteExpiresAt, newestExp);
  const withStatus = await Promise.all(
    generations.map(async (g, i) => {
      const newest = i === generations.length - 1;
      const spent = (await store().get(spentKey(g.jti))) !== undefined || !newest;
      const status: GenerationStatus = spent ? 'spent' : revoked ? 'revoked' : timedOut ? 'expired' : 'active';
      return { ...g, status };
    }),
  );
  // Everything but the sandbox id, which is its cookie's secret.
  return {
    id: family.id,
    user: family.user,
    startedAt: family.startedAt,
    status: revoked ? 'revoked' : timedOut ? 'expired' : 'active',
    ...(revoked ? { revoked } : {}),
    lastUsedAt,
    idleExpiresAt,
    absoluteExpiresAt,
    generations: withStatus,
  };
}
