// Access tokens this process has already verified, by their exact text. The
// same bytes under the same key verify the same way every time, so a token seen
// again skips jose's signature check, which is most of what `/me` costs. Only
// time can change the answer, so a token outside the lifetime it was verified
// for (the sandbox clock moves) goes back through jose in full, for jose's own
// error. Bounded, least recently used first; a new key starts empty. A hit only
// stamps its entry (moving it within the Map would cost more than the rest of
// the lookup); the rare eviction looks for the oldest stamp.
import type { JWTPayload } from 'jose';
import { sessionKey } from './key';
import { verifyToken } from './session';

type Verified = Awaited<ReturnType<typeof verifyToken>>;

interface Seen {
  verified: Verified;
  usedAt: number;
}

const MAX_TOKENS = 1000;
const byKey = new WeakMap<CryptoKey, Map<string, Seen>>();
let uses = 0;

export async function verifyAccessToken(token: string, now: number): Promise<Verified> {
  const key = await sessionKey();
  let seen = byKey.get(key);
  if (!seen) byKey.set(key, (seen = new Map()));
  const known = seen.get(token);
  if (known && stillValid(known.verified.payload, now)) {
    known.usedAt = ++uses;
    return known.verified;
  }
  if (known) seen.delete(token);
  const verified = await verifyToken('access', token, now);
  // Read-only from here on: every later caller gets these same objects.
  Object.freeze(verified.payload);
  Object.freeze(verified.header);
  seen.set(token, { verified, usedAt: ++uses });
  if (seen.size > MAX_TOKENS) forgetLeastRecent(seen);
  return verified;
}

function forgetLeastRecent(seen: Map<string, Seen>): void {
  let oldest: string | undefined;
  let oldestAt = Infinity;
  for (const [token, { usedAt }] of seen) {
    if (usedAt < oldestAt) [oldest, oldestAt] = [token, usedAt];
  }
  if (oldest !== undefined) seen.delete(oldest);
}

/** Inside the window jose (and checkLifetime) accepted: issued and valid by now, not yet expired. */
function stillValid({ iat, nbf, exp }: JWTPayload, now: number): boolean {
  return (iat as number) <= now && (nbf === undefined || nbf <= now) && now < (exp as number);
}
