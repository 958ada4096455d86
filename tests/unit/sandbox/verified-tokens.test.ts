// The verified-token memo: a token verified once skips only the signature check
// when it comes again; every answer stays the one jose would give.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSessionKey } from '@/sandbox/key';
import { rejection, signToken } from '@/sandbox/session';
import { verifyAccessToken } from '@/sandbox/verified-tokens';
import { freshWorld, type World } from './world';

let world: World;
let hmacChecks: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  world = freshWorld();
  hmacChecks = vi.spyOn(crypto.subtle, 'verify');
});
afterEach(() => vi.restoreAllMocks());

const access = (ttl = 30, now = world.seconds()) => signToken('access', 'ada', { role: 'user' }, now, ttl).then((t) => t.token);
const refusal = (token: string, now: number) => verifyAccessToken(token, now).then(() => undefined, rejection);

describe('verifyAccessToken', () => {
  it('checks the signature once for a token it sees again, and answers with the same claims', async () => {
    const token = await access();
    const first = await verifyAccessToken(token, world.seconds());
    const again = await verifyAccessToken(token, world.seconds() + 10);
    expect(hmacChecks).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);
    expect(again.payload.sub).toBe('ada');
  });

  it('hands out claims nobody can change for the next caller', async () => {
    const token = await access();
    const { payload } = await verifyAccessToken(token, world.seconds());
    expect(() => Object.assign(payload, { role: 'admin' })).toThrow(TypeError);
    expect((await verifyAccessToken(token, world.seconds())).payload.role).toBe('user');
  });

  it('sends a token past its exp back through jose, for jose’s own error', async () => {
    const now = world.seconds();
    const token = await access(30, now);
    await verifyAccessToken(token, now);
    const err = await refusal(token, now + 30);
    expect(err?.code).toBe('token_expired');
    expect(err?.jose).toBe('ERR_JWT_EXPIRED');
    expect(hmacChecks).toHaveBeenCalledTimes(2);
  });

  it('verifies in full a token whose iat is after the clock it is asked on', async () => {
    const now = world.seconds();
    const token = await access(30, now);
    await verifyAccessToken(token, now);
    // Another sandbox's clock may be behind this one: jose is asked again (and accepts within the allowed skew).
    await verifyAccessToken(token, now - 1);
    expect(hmacChecks).toHaveBeenCalledTimes(2);
  });

  it('never serves a different text, however close: a changed signature is checked and refused', async () => {
    const token = await access();
    await verifyAccessToken(token, world.seconds());
    // A character well inside the signature (the last one also carries padding bits).
    const at = token.length - 10;
    const forged = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
    const err = await refusal(forged, world.seconds());
    expect(err?.code).toBe('invalid_token');
    expect(err?.jose).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });

  it('starts empty under a new key: a token verified under the old one is refused', async () => {
    const token = await access();
    await verifyAccessToken(token, world.seconds());
    process.env.SESSION_SECRET = 'another-secret-of-at-least-32-bytes-0123456789';
    forgetSessionKey();
    const err = await refusal(token, world.seconds());
    expect(err?.jose).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });

  it('keeps at most a thousand tokens, forgetting the least recently used', async () => {
    const now = world.seconds();
    const tokens = await Promise.all(Array.from({ length: 1001 }, () => access(30, now)));
    for (const token of tokens) await verifyAccessToken(token, now);
    expect(hmacChecks).toHaveBeenCalledTimes(1001);
    await verifyAccessToken(tokens[1000]!, now);
    expect(hmacChecks).toHaveBeenCalledTimes(1001);
    await verifyAccessToken(tokens[0]!, now);
    expect(hmacChecks).toHaveBeenCalledTimes(1002);
  });

  it('forgets by last use, not by first: a token in use outlives newer ones that are not', async () => {
    const now = world.seconds();
    const tokens = await Promise.all(Array.from({ length: 1002 }, () => access(30, now)));
    for (const token of tokens.slice(0, 1000)) await verifyAccessToken(token, now);
    await verifyAccessToken(tokens[0]!, now);
    await verifyAccessToken(tokens[1000]!, now);
    await verifyAccessToken(tokens[1001]!, now);
    expect(hmacChecks).toHaveBeenCalledTimes(1002);
    await verifyAccessToken(tokens[0]!, now);
    expect(hmacChecks).toHaveBeenCalledTimes(1002);
    await verifyAccessToken(tokens[1]!, now);
    expect(hmacChecks).toHaveBeenCalledTimes(1003);
  });
});
