// A browser that has logged in to an account before (OWASP's "device cookies").
// A Route Handler cannot see the socket address, so without TRUST_PROXY every
// stranger counts as one client, and a guesser's failures would lock an account
// for everyone. A browser that proves it once knew the password counts in a
// bucket of its own instead. The proof is signed with the session key, so only a
// correct login makes one, and a copied proof buys one bucket of five, no more.
import { SignJWT, errors, jwtVerify } from 'jose';
import { realNow } from './clock';
import { AUDIENCE, DEVICE_COOKIE_PATH, ISSUER } from './config';
import { sessionKey } from './key';

/** Its own type (RFC 8725): an access or refresh token can never pass for a device, nor the reverse. */
const TYPE = 'device+jwt';
/** Trusted for 30 real days after its last correct login: the sandbox clock has no say here. */
export const DEVICE_TTL_SECONDS = 30 * 24 * 3600;
/** The accounts one browser vouches for, newest first. */
const MAX_ACCOUNTS = 5;

export interface Device {
  id: string;
  accounts: string[];
}

// Sent to the login route only, like the refresh cookie to its route.
export function deviceCookieName(secure: boolean): string {
  return `${secure ? '__Secure-' : ''}sandbox-device`;
}

/** The device a cookie proves; undefined for none, junk, a forgery, an expired proof or any other token. */
export async function readDevice(token: string | undefined): Promise<Device | undefined> {
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, await sessionKey(), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      typ: TYPE,
      requiredClaims: ['jti', 'exp'],
      currentDate: new Date(realNow()),
    });
    const accounts = payload.acc;
    if (!Array.isArray(accounts) || !accounts.every((account) => typeof account === 'string')) return undefined;
    return { id: payload.jti as string, accounts: accounts.slice(0, MAX_ACCOUNTS) };
  } catch (err) {
    // With the algorithm pinned a TypeError is our own bug, not the client's: let it be a logged 500.
    if (err instanceof errors.JOSEError) return undefined;
    throw err;
  }
}

/** Whether `device` has logged in to `email`'s account before. */
export function vouchesFor(device: Device | undefined, email: string): device is Device {
  return device !== undefined && device.accounts.includes(email.trim().toLowerCase());
}

/** The Set-Cookie header after a correct login to `account`: the same device, this account first. */
export async function deviceCookie(device: Device | undefined, account: string, secure: boolean): Promise<string> {
  const accounts = [account, ...(device?.accounts ?? []).filter((known) => known !== account)].slice(0, MAX_ACCOUNTS);
  const now = Math.floor(realNow() / 1000);
  const token = await new SignJWT({ acc: accounts })
    .setProtectedHeader({ alg: 'HS256', typ: TYPE })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setJti(device?.id ?? crypto.randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + DEVICE_TTL_SECONDS)
    .sign(await sessionKey());
  const flags = ['HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  return [`${deviceCookieName(secure)}=${token}`, `Path=${DEVICE_COOKIE_PATH}`, `Max-Age=${DEVICE_TTL_SECONDS}`, ...flags].join('; ');
}
