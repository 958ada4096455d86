import { SignJWT } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER } from '@/sandbox/config';
import { DEVICE_TTL_SECONDS, deviceCookie, deviceCookieName, readDevice, vouchesFor } from '@/sandbox/device';
import { sessionKey } from '@/sandbox/key';
import { signToken } from '@/sandbox/session';
import { freshWorld, type World } from './world';

let world: World;
beforeEach(() => {
  world = freshWorld();
});

/** The token in a Set-Cookie header. */
const tokenOf = (header: string) => /^[\w-]+=([^;]*)/.exec(header)![1]!;

describe('device cookies', () => {
  it('proves the accounts a browser logged in to, newest first, under one id', async () => {
    const first = await readDevice(tokenOf(await deviceCookie(undefined, 'ada@example.com', false)));
    expect(first).toEqual({ id: expect.any(String), accounts: ['ada@example.com'] });
    const second = await readDevice(tokenOf(await deviceCookie(first, 'grace@example.com', false)));
    expect(second).toEqual({ id: first!.id, accounts: ['grace@example.com', 'ada@example.com'] });
    const again = await readDevice(tokenOf(await deviceCookie(second, 'ada@example.com', false)));
    expect(again?.accounts).toEqual(['ada@example.com', 'grace@example.com']);
  });

  it('vouches only for its own accounts, whatever the case or spaces of the email typed', async () => {
    const device = await readDevice(tokenOf(await deviceCookie(undefined, 'ada@example.com', false)));
    expect(vouchesFor(device, '  Ada@Example.com ')).toBe(true);
    expect(vouchesFor(device, 'grace@example.com')).toBe(false);
    expect(vouchesFor(undefined, 'ada@example.com')).toBe(false);
  });

  it('is an httpOnly, SameSite=Lax cookie for the login route only, Secure with a __Secure- name over HTTPS', async () => {
    expect(await deviceCookie(undefined, 'ada@example.com', false)).toMatch(
      new RegExp(`^sandbox-device=[\\w-]+\\.[\\w-]+\\.[\\w-]+; Path=/api/sandbox/login; Max-Age=${DEVICE_TTL_SECONDS}; HttpOnly; SameSite=Lax$`),
    );
    expect(await deviceCookie(undefined, 'ada@example.com', true)).toMatch(/^__Secure-sandbox-device=.*; Secure$/);
    expect(deviceCookieName(true)).toBe('__Secure-sandbox-device');
  });

  it('expires after DEVICE_TTL_SECONDS of real time', async () => {
    const token = tokenOf(await deviceCookie(undefined, 'ada@example.com', false));
    world.wait((DEVICE_TTL_SECONDS - 1) * 1000);
    expect(await readDevice(token)).toBeDefined();
    world.wait(1000);
    expect(await readDevice(token)).toBeUndefined();
  });

  it('refuses no cookie, junk, a tampered proof, and access or refresh tokens in its place', async () => {
    const token = tokenOf(await deviceCookie(undefined, 'ada@example.com', false));
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const widened = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), acc: ['grace@example.com'] })).toString('base64url');
    const candidates = [
      undefined,
      '',
      'junk',
      `${header}.${widened}.${signature}`,
      (await signToken('access', 'ada', { acc: ['ada@example.com'] }, world.seconds(), 60)).token,
      (await signToken('refresh', 'ada', { acc: ['ada@example.com'] }, world.seconds(), 60)).token,
    ];
    for (const candidate of candidates) expect(await readDevice(candidate)).toBeUndefined();
  });

  it('refuses a proof signed right but without a list of accounts', async () => {
    const now = world.seconds();
    const key = await sessionKey();
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'device+jwt' }).setIssuer(ISSUER).setAudience(AUDIENCE).setJti('d').setIssuedAt(now).setExpirationTime(now + 60).sign(key);
    expect(await readDevice(await sign({ acc: 'ada@example.com' }))).toBeUndefined();
    expect(await readDevice(await sign({ acc: [1] }))).toBeUndefined();
    expect(await readDevice(await sign({ acc: ['ada@example.com'] }))).toEqual({ id: 'd', accounts: ['ada@example.com'] });
  });
});
