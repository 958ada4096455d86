import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetSessionKey, secretBytes, sessionKey } from '@/sandbox/key';

afterEach(() => {
  vi.restoreAllMocks();
  forgetSessionKey();
});

describe('the session key', () => {
  it('takes SESSION_SECRET as bytes when it has at least 32', () => {
    const secret = 'x'.repeat(32);
    expect(secretBytes({ SESSION_SECRET: secret, NODE_ENV: 'production' })).toEqual(new TextEncoder().encode(secret));
  });

  it('refuses a short secret and says how to make one', () => {
    expect(() => secretBytes({ SESSION_SECRET: 'hunter2', NODE_ENV: 'development' })).toThrow(/7 bytes.*openssl rand -base64 32/);
  });

  it('refuses to run in production without one', () => {
    expect(() => secretBytes({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is not set.*openssl rand/);
  });

  it('in development makes a random 32-byte key and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const a = secretBytes({ NODE_ENV: 'development' });
    const b = secretBytes({ NODE_ENV: 'development' });
    expect(a).toHaveLength(32);
    expect(a).not.toEqual(b);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SESSION_SECRET is not set'));
  });

  it('imports the key once and hands the same CryptoKey to every caller', async () => {
    process.env.SESSION_SECRET = 'y'.repeat(40);
    const [a, b] = await Promise.all([sessionKey(), sessionKey()]);
    expect(a).toBe(b);
    expect(a.algorithm).toMatchObject({ name: 'HMAC', hash: { name: 'SHA-256' } });
    expect(a.extractable).toBe(false);
  });
});
