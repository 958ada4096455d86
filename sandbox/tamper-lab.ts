// The tamper lab behind POST /api/sandbox/verify: run the real verification on
// any token, and beside jose's single verdict list each check it makes, in the
// order jose makes them, so a reader sees which one a forgery fails first.
import { SignJWT, compactVerify, type JWTPayload } from 'jose';
import { checkAccessToken, type AccessCheck } from './access';
import { realNow } from './clock';
import { AUDIENCE, ISSUER } from './config';
import { decodeForDisplay } from './inspect';
import { sessionKey } from './key';
import type { Sandbox } from './sandbox-id';
import { rejection, TOKEN_TYPE, verifyToken, type TokenKind } from './session';

export interface Check {
  name: string;
  ok: boolean;
  /** jose's code for this failure. */
  code?: string;
  detail: string;
}

export interface LabResult {
  valid: boolean;
  kind: TokenKind;
  /** Our code and jose's, when verification failed. */
  error?: string;
  jose?: string;
  checks: Check[];
  header: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
  /** The token checked, when the server made it (a specimen). */
  token?: string;
}

const CLAIM = 'ERR_JWT_CLAIM_VALIDATION_FAILED';
/** Every check after `format`, in the order jose makes them (jws_verify, then jwt_claims_set). */
export const CHECK_ORDER = ['format', 'critical headers', 'algorithm', 'signature', 'type', 'required claims', 'issuer', 'audience', 'not before', 'expiry'] as const;
const REQUIRED = ['sub', 'jti', 'iat', 'exp'] as const;

const check = (name: string, ok: boolean, code: string, pass: string, fail: string): Check =>
  ok ? { name, ok, detail: pass } : { name, ok, code, detail: fail };

/** jose's rule for `typ`: case-insensitive, and `at+jwt` is the same as `application/at+jwt`. */
export function normalizeTyp(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const lower = value.toLowerCase();
  return value.includes('/') ? lower : `application/${lower}`;
}

/** jose's validateCrit: a well-formed list of unknown extensions is "not supported", anything else invalid. */
function critCheck(header: Record<string, unknown>): Check {
  const { crit } = header;
  const wellFormed = Array.isArray(crit) && crit.length > 0 && crit.every((name) => typeof name === 'string' && header[name] !== undefined);
  const code = wellFormed ? 'ERR_JOSE_NOT_SUPPORTED' : 'ERR_JWS_INVALID';
  return check('critical headers', crit === undefined, code, 'No crit header: no extension must be understood.', `crit lists ${JSON.stringify(crit)}: extensions this server does not understand, so it must refuse.`);
}

const algorithmCheck = (alg: unknown): Check =>
  check('algorithm', alg === 'HS256', 'ERR_JOSE_ALG_NOT_ALLOWED', 'alg is HS256, the one algorithm allowed.', `alg is ${JSON.stringify(alg ?? null)}; only HS256 is allowed.`);

const notChecked = (name: string, code: string, why: string): Check => ({ name, ok: false, code, detail: `Not checked: ${why}` });

async function signatureCheck(token: string, header: Record<string, unknown>): Promise<Check> {
  if (header.crit !== undefined) return notChecked('signature', critCheck(header).code ?? '', 'the crit header is refused first.');
  if (header.alg !== 'HS256') return notChecked('signature', 'ERR_JOSE_ALG_NOT_ALLOWED', 'the algorithm is refused first.');
  try {
    // The key is the sandbox's, never one the token names (jwk, jku, kid are ignored).
    await compactVerify(token, await sessionKey(), { algorithms: ['HS256'] });
    return { name: 'signature', ok: true, detail: 'The HMAC matches the sandbox key.' };
  } catch (err) {
    const code = rejection(err).jose ?? 'ERR_JWS_INVALID';
    return { name: 'signature', ok: false, code, detail: 'The HMAC does not match header and payload under the sandbox key.' };
  }
}

function claimChecks(header: Record<string, unknown>, claims: Record<string, unknown>, kind: TokenKind, now: number): Check[] {
  const aud = claims.aud;
  const missing = REQUIRED.filter((name) => claims[name] === undefined);
  const { exp, nbf } = claims;
  const typ = TOKEN_TYPE[kind];
  const a = kind === 'access' ? 'an access' : 'a refresh';
  return [
    check('type', normalizeTyp(header.typ) === normalizeTyp(typ), CLAIM, `typ is ${JSON.stringify(header.typ)}, which is ${typ} (case does not matter).`, `typ is ${JSON.stringify(header.typ ?? null)}; ${a} token must have ${typ}.`),
    check('required claims', missing.length === 0, CLAIM, 'sub, jti, iat and exp are present.', `Missing: ${missing.join(', ')}.`),
    check('issuer', claims.iss === ISSUER, CLAIM, `iss is ${ISSUER}.`, `iss is ${JSON.stringify(claims.iss ?? null)}; it must be ${ISSUER}.`),
    check('audience', aud === AUDIENCE || (Array.isArray(aud) && aud.includes(AUDIENCE)), CLAIM, `aud includes ${AUDIENCE}.`, `aud is ${JSON.stringify(aud ?? null)}; it must include ${AUDIENCE}.`),
    check('not before', nbf === undefined || (typeof nbf === 'number' && nbf <= now), CLAIM, nbf === undefined ? 'No nbf: usable from issue.' : 'nbf has passed.', typeof nbf === 'number' ? `nbf is ${nbf - now} s in the future.` : 'nbf is not a number.'),
    check('expiry', typeof exp === 'number' && exp > now, typeof exp === 'number' ? 'ERR_JWT_EXPIRED' : CLAIM, 'exp is in the future.', typeof exp === 'number' ? `Expired ${now - exp} s ago.` : 'There is no numeric exp.'),
  ];
}

export async function runTamperLab(token: string, kind: TokenKind, now: number): Promise<LabResult> {
  const { header, payload } = decodeForDisplay(token);
  const verdict = await verifyToken(kind, token, now).then(
    () => ({ valid: true }) as const,
    (err: unknown) => {
      const rejected = rejection(err);
      return { valid: false, error: rejected.code, ...(rejected.jose ? { jose: rejected.jose } : {}) } as const;
    },
  );
  if (!header || !payload) {
    const format: Check = { name: 'format', ok: false, code: 'ERR_JWS_INVALID', detail: 'Not a compact JWT: three base64url parts with a JSON header and payload.' };
    // A readable header still shows crit and alg: jose refuses those before it reads the payload.
    const skipped = CHECK_ORDER.slice(1).map((name): Check => {
      if (header && name === 'critical headers') return critCheck(header);
      if (header && name === 'algorithm' && header.crit === undefined) return algorithmCheck(header.alg);
      return notChecked(name, 'ERR_JWS_INVALID', 'the token cannot be parsed.');
    });
    return { ...verdict, kind, checks: [format, ...skipped], header, payload };
  }
  const checks: Check[] = [
    { name: 'format', ok: true, detail: 'Three base64url parts with JSON inside.' },
    critCheck(header),
    header.crit === undefined ? algorithmCheck(header.alg) : notChecked('algorithm', critCheck(header).code ?? '', 'the crit header is refused first.'),
    await signatureCheck(token, header),
    ...claimChecks(header, payload, kind, now),
  ];
  // jose is the judge; if it refused something the list above does not name, say so.
  if (!verdict.valid && checks.every((c) => c.ok)) {
    checks.push({ name: 'jose', ok: false, code: verdict.jose ?? 'unknown', detail: 'jose rejected the token.' });
  }
  return { ...verdict, kind, checks, header, payload };
}

/** Claims that fail although the signature is right: only the sandbox key can make these. */
export const SPECIMENS = ['expired', 'not-yet-valid', 'wrong-issuer', 'wrong-audience'] as const;
export type Specimen = (typeof SPECIMENS)[number];

/**
 * The reader's own access token re-signed with the real key and one claim made
 * wrong, so the lab can show jose's claim checks firing behind a good
 * signature. Each defect keeps it worthless everywhere, for ever: exp before
 * real time (no sandbox clock runs behind it), nbf never before exp, a
 * foreign iss or aud.
 */
export async function signSpecimen(defect: Specimen, claims: JWTPayload, header: { typ?: string | undefined }, now: number): Promise<string> {
  const real = Math.floor(realNow() / 1000);
  const payload: JWTPayload = { ...claims };
  delete payload.nbf;
  if (defect === 'expired') {
    payload.exp = Math.min(now, real) - 60;
    payload.iat = payload.exp - 30;
  } else if (defect === 'not-yet-valid') {
    payload.nbf = now + 3600;
    payload.exp = payload.nbf;
  } else if (defect === 'wrong-issuer') {
    payload.iss = 'https://attacker.example';
  } else {
    payload.aud = 'https://another-api.example';
  }
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', ...(header.typ ? { typ: header.typ } : {}) }).sign(await sessionKey());
}

/** The reader's current access token re-signed with a defect, or null when it does not verify (log in first). */
export async function specimenFrom(sandbox: Sandbox, accessToken: string | undefined, defect: Specimen): Promise<string | null> {
  if (!accessToken) return null;
  const check = await checkAccessToken(sandbox, accessToken);
  if (!check.ok) return null;
  return signSpecimen(defect, check.payload, check.header, sandbox.now());
}

/** "Replay against /me": any access token, judged exactly as GET /me judges its cookie (stateful revocation included). */
export function replayAsMe(sandbox: Sandbox, token: string): Promise<AccessCheck> {
  return checkAccessToken(sandbox, token);
}
