// Forged and tampered tokens for the sandbox tests. Each one is built the way an
// attacker would build it, with jose or by hand, so the tests prove that the real
// verification refuses it (or, for the "real key" cases, what it takes to pass).
import { createHash, createHmac } from 'node:crypto';
import { SignJWT, base64url, exportSPKI, generateKeyPair, type JWTPayload } from 'jose';
import { TEST_SESSION_SECRET } from '../../support/server';

export const ISSUER = 'urn:stepwise:sandbox';
export const AUDIENCE = 'urn:stepwise:sandbox:api';
export const realKey = new TextEncoder().encode(TEST_SESSION_SECRET);

const json = (value: unknown) => base64url.encode(JSON.stringify(value));

export interface ForgeOptions {
  alg?: 'HS256' | 'HS384' | 'HS512';
  typ?: string | null;
  key?: Uint8Array;
  claims?: JWTPayload;
  /** Claims to leave out of the defaults (e.g. 'exp'). */
  omit?: string[];
  /** Seconds since the epoch the token is issued at; defaults to now. */
  now?: number;
  ttl?: number;
}

/** A well-formed access token as the sandbox would issue it, unless told otherwise. */
export async function forge(options: ForgeOptions = {}): Promise<string> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const defaults: JWTPayload = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'ada',
    jti: crypto.randomUUID(),
    iat: now,
    exp: now + (options.ttl ?? 60),
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    role: 'user',
  };
  const payload: JWTPayload = { ...defaults, ...options.claims };
  for (const name of options.omit ?? []) delete payload[name];
  const typ = options.typ === undefined ? 'at+jwt' : options.typ;
  const header = { alg: options.alg ?? 'HS256', ...(typ === null ? {} : { typ }) };
  return new SignJWT(payload).setProtectedHeader(header).sign(options.key ?? realKey);
}

/** The same token with its payload replaced, signature untouched (an edit in the browser). */
export function editPayload(token: string, changes: JWTPayload): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload ?? ''))) as JWTPayload;
  return [header, json({ ...claims, ...changes }), signature].join('.');
}

/** alg "none": an unsigned token with an empty signature. */
export function unsigned(token: string): string {
  const [, payload] = token.split('.');
  return [json({ alg: 'none', typ: 'at+jwt' }), payload, ''].join('.');
}

/**
 * The RS256 → HS256 confusion: the attacker knows a public RSA key and signs
 * HS256 with its PEM text as the HMAC secret, hoping the server verifies with
 * "its key" whatever alg the header names.
 */
export async function algorithmConfusion(): Promise<string> {
  const { publicKey } = await generateKeyPair('RS256', { extractable: true });
  const pem = await exportSPKI(publicKey);
  return forge({ key: new TextEncoder().encode(pem) });
}

/** A token really signed with RS256 (a key the server never trusts). */
export async function rs256Token(): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'ada', jti: 'x', iat: now, exp: now + 60 })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt' })
    .sign(privateKey);
}

/** Someone guessed a secret: long enough, just not ours. */
export const guessedKey = new TextEncoder().encode('correct-horse-battery-staple-but-not-ours!');

/**
 * A token signed with the real key whose payload JSON is written by hand, so a
 * claim can be a number JSON allows but JavaScript cannot hold (`1e309` → Infinity).
 * `raw` maps claim names to JSON text that replaces the default.
 */
export function forgeRaw(raw: Record<string, string>, now = Math.floor(Date.now() / 1000)): string {
  const claims: Record<string, string> = {
    iss: JSON.stringify(ISSUER),
    aud: JSON.stringify(AUDIENCE),
    sub: '"ada"',
    jti: JSON.stringify(crypto.randomUUID()),
    iat: String(now),
    exp: String(now + 60),
    ...raw,
  };
  const text = `{${Object.entries(claims).map(([name, value]) => `${JSON.stringify(name)}:${value}`).join(',')}}`;
  const signingInput = `${json({ alg: 'HS256', typ: 'at+jwt' })}.${base64url.encode(text)}`;
  return `${signingInput}.${createHmac('sha256', realKey).update(signingInput).digest('base64url')}`;
}

/** The `sbx` claim of the sandbox whose id cookie is `id` (sandbox/sandbox-id.ts's sandboxTag). */
export function tagOf(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 22);
}
