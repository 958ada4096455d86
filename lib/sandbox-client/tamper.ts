// The tamper lab's forgeries, built in the browser from the current token by
// editing its base64url segments. The page holds no secret: a forgery either
// keeps the real signature (now over different bytes) or is signed with a key
// made up on the spot, so the server must refuse every one of them.
import { decodeJson, encodeBytes, encodeJson } from './base64url';

export type PresetId =
  | 'as-issued'
  | 'role-admin'
  | 'alg-none'
  | 'hs512'
  | 'expired'
  | 'wrong-secret'
  | 'missing-exp'
  | 'refresh-as-access'
  | 'garbage';

export interface Preset {
  id: PresetId;
  label: string;
  /** What the forgery does, in a sentence. */
  does: string;
  /** Which token it starts from. */
  needs: 'access' | 'refresh' | 'nothing';
}

export const PRESETS: readonly Preset[] = [
  { id: 'as-issued', label: 'The token as issued', does: 'Sends the access token unchanged: valid until it expires.', needs: 'access' },
  { id: 'role-admin', label: 'Edit the payload: role → admin', does: 'Rewrites the payload, keeps the old signature.', needs: 'access' },
  { id: 'alg-none', label: 'alg: none', does: 'Claims the token is unsigned and drops the signature.', needs: 'access' },
  { id: 'hs512', label: 'HS512 header', does: 'Says the signature is HMAC-SHA512 instead of the pinned HS256.', needs: 'access' },
  { id: 'expired', label: 'Expired (exp in the past)', does: 'Moves exp a minute into the past, keeps the old signature.', needs: 'access' },
  { id: 'wrong-secret', label: 'Signed with a wrong secret', does: 'Signs header and payload again with a random key made in this page.', needs: 'access' },
  { id: 'missing-exp', label: 'Missing exp', does: 'Deletes the exp claim, keeps the old signature.', needs: 'access' },
  { id: 'refresh-as-access', label: 'Refresh token used as access token', does: 'Sends the real refresh token to be checked as an access token.', needs: 'refresh' },
  { id: 'garbage', label: 'A garbage string', does: 'Sends something that is not a JWT at all.', needs: 'nothing' },
];

export interface Forgery {
  token: string;
  /** How the server is asked to check it. */
  kind: 'access' | 'refresh';
}

interface Source {
  access: string | null;
  refresh: string | null;
  /** Sandbox time in seconds. */
  now: number;
}

function split(token: string) {
  const [header = '', payload = '', signature = ''] = token.split('.');
  return { header, payload, signature, headerJson: decodeJson(header) ?? {}, payloadJson: decodeJson(payload) ?? {} };
}

const join = (...parts: string[]) => parts.join('.');

/** An HMAC-SHA256 under a key nobody else has. */
async function signWithRandomKey(signingInput: string): Promise<string> {
  const secret = crypto.getRandomValues(new Uint8Array(32));
  // WebCrypto exists only in secure contexts (https, localhost); elsewhere random bytes are just as wrong a signature.
  if (!crypto.subtle) return encodeBytes(crypto.getRandomValues(new Uint8Array(32)));
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return encodeBytes(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(signingInput))));
}

/** The forged token for a preset, or null when the token it starts from is missing. */
export async function forge(id: PresetId, source: Source): Promise<Forgery | null> {
  if (id === 'garbage') return { token: 'this-is-not-a-jwt', kind: 'access' };
  if (id === 'refresh-as-access') return source.refresh ? { token: source.refresh, kind: 'access' } : null;
  if (!source.access) return null;
  const t = split(source.access);
  const access = (token: string): Forgery => ({ token, kind: 'access' });
  switch (id) {
    case 'as-issued':
      return access(source.access);
    case 'role-admin':
      return access(join(t.header, encodeJson({ ...t.payloadJson, role: 'admin' }), t.signature));
    case 'alg-none':
      return access(join(encodeJson({ ...t.headerJson, alg: 'none' }), t.payload, ''));
    case 'hs512':
      return access(join(encodeJson({ ...t.headerJson, alg: 'HS512' }), t.payload, t.signature));
    case 'expired': {
      const exp = source.now - 60;
      const iat = typeof t.payloadJson.iat === 'number' ? Math.min(t.payloadJson.iat, exp - 30) : exp - 30;
      return access(join(t.header, encodeJson({ ...t.payloadJson, iat, exp }), t.signature));
    }
    case 'wrong-secret':
      return access(join(t.header, t.payload, await signWithRandomKey(join(t.header, t.payload))));
    case 'missing-exp': {
      const rest = { ...t.payloadJson };
      delete rest.exp;
      return access(join(t.header, encodeJson(rest), t.signature));
    }
  }
}
