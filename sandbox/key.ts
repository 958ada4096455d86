// The one HMAC key the sandbox signs and verifies with. It is imported into a
// CryptoKey once per process and kept on globalThis, so hot reloads and the
// separate proxy/route bundles all reuse the same key (and dev tokens survive).

/** RFC 7518 §3.2: an HS256 key must be at least as long as the hash, 32 bytes. */
export const MIN_SECRET_BYTES = 32;
export const HOW_TO_MAKE_A_SECRET = 'make one with: export SESSION_SECRET="$(openssl rand -base64 32)"';

/** The key material: SESSION_SECRET, or in development a random key with a warning. */
export function secretBytes(env: Record<string, string | undefined> = process.env): Uint8Array<ArrayBuffer> {
  const secret = env.SESSION_SECRET;
  if (secret !== undefined && secret !== '') {
    const bytes = new TextEncoder().encode(secret);
    if (bytes.length < MIN_SECRET_BYTES) {
      throw new Error(`SESSION_SECRET is ${bytes.length} bytes; it needs at least ${MIN_SECRET_BYTES}: ${HOW_TO_MAKE_A_SECRET}`);
    }
    return bytes;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(`SESSION_SECRET is not set; the server needs it to sign sessions: ${HOW_TO_MAKE_A_SECRET}`);
  }
  console.warn(
    `[sandbox] SESSION_SECRET is not set: signing with a random key for this process (sessions end on restart); ${HOW_TO_MAKE_A_SECRET}`,
  );
  return crypto.getRandomValues(new Uint8Array(MIN_SECRET_BYTES));
}

const cache = globalThis as typeof globalThis & { __stepwiseSessionKey?: Promise<CryptoKey> };

/** The cached signing key. A failed import is not cached, so fixing the env and retrying works. */
export function sessionKey(): Promise<CryptoKey> {
  cache.__stepwiseSessionKey ??= crypto.subtle
    .importKey('raw', secretBytes(), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
    .catch((err: unknown) => {
      cache.__stepwiseSessionKey = undefined;
      throw err;
    });
  return cache.__stepwiseSessionKey;
}

/** Tests only: forget the cached key so the next call reads SESSION_SECRET again. */
export function forgetSessionKey(): void {
  cache.__stepwiseSessionKey = undefined;
}
