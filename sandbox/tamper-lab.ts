// The tamper lab behind POST /api/sandbox/verify: run the real verification on
// any token, and beside jose's single verdict list each check it makes, so a
// reader sees which one an edited, unsigned or expired token fails.
import { compactVerify } from 'jose';
import { AUDIENCE, ISSUER } from './config';
import { decodeForDisplay } from './inspect';
import { sessionKey } from './key';
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
}

const CLAIM = 'ERR_JWT_CLAIM_VALIDATION_FAILED';
/** Every check after `format`, in the order jose makes them. */
const LATER_CHECKS = ['algorithm', 'signature', 'type', 'issuer', 'audience', 'required claims', 'expiry', 'not before'];
const REQUIRED = ['sub', 'jti', 'iat', 'exp'] as const;

const check = (name: string, ok: boolean, code: string, pass: string, fail: string): Check =>
  ok ? { name, ok, detail: pass } : { name, ok, code, detail: fail };

const algorithmCheck = (alg: unknown): Check =>
  check('algorithm', alg === 'HS256', 'ERR_JOSE_ALG_NOT_ALLOWED', 'alg is HS256, the one algorithm allowed.', `alg is ${JSON.stringify(alg ?? null)}; only HS256 is allowed.`);

async function signatureCheck(token: string, alg: unknown): Promise<Check> {
  if (alg !== 'HS256') {
    return { name: 'signature', ok: false, code: 'ERR_JOSE_ALG_NOT_ALLOWED', detail: 'Not checked: the algorithm is refused first.' };
  }
  try {
    await compactVerify(token, await sessionKey(), { algorithms: ['HS256'] });
    return { name: 'signature', ok: true, detail: 'The HMAC matches the sandbox key.' };
  } catch (err) {
    const code = rejection(err).jose ?? 'ERR_JWS_INVALID';
    return { name: 'signature', ok: false, code, detail: 'The HMAC does not match header and payload under the sandbox key.' };
  }
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
    // A readable header still shows its algorithm: jose refuses a bad one before it reads the payload.
    const skipped = LATER_CHECKS.map((name): Check =>
      name === 'algorithm' && header
        ? algorithmCheck(header.alg)
        : { name, ok: false, code: 'ERR_JWS_INVALID', detail: 'Not checked: the token cannot be parsed.' },
    );
    return { ...verdict, kind, checks: [format, ...skipped], header, payload };
  }
  const alg = header.alg;
  const claims = payload;
  const aud = claims.aud;
  const missing = REQUIRED.filter((name) => claims[name] === undefined);
  const exp = claims.exp;
  const nbf = claims.nbf;
  const checks: Check[] = [
    { name: 'format', ok: true, detail: 'Three base64url parts with JSON inside.' },
    algorithmCheck(alg),
    await signatureCheck(token, alg),
    check('type', header.typ === TOKEN_TYPE[kind], CLAIM, `typ is ${TOKEN_TYPE[kind]}.`, `typ must be ${TOKEN_TYPE[kind]} for ${kind === 'access' ? 'an access' : 'a refresh'} token.`),
    check('issuer', claims.iss === ISSUER, CLAIM, `iss is ${ISSUER}.`, `iss must be ${ISSUER}.`),
    check('audience', aud === AUDIENCE || (Array.isArray(aud) && aud.includes(AUDIENCE)), CLAIM, `aud includes ${AUDIENCE}.`, `aud must include ${AUDIENCE}.`),
    check('required claims', missing.length === 0, CLAIM, 'sub, jti, iat and exp are present.', `Missing: ${missing.join(', ')}.`),
    check('expiry', typeof exp === 'number' && exp > now, typeof exp === 'number' ? 'ERR_JWT_EXPIRED' : CLAIM, 'exp is in the future.', typeof exp === 'number' ? `Expired ${now - exp} s ago.` : 'There is no numeric exp.'),
    check('not before', nbf === undefined || (typeof nbf === 'number' && nbf <= now), CLAIM, 'Usable now (nbf).', 'nbf is in the future.'),
  ];
  // jose is the judge; if it refused something the list above does not name, say so.
  if (!verdict.valid && checks.every((c) => c.ok)) {
    checks.push({ name: 'jose', ok: false, code: verdict.jose ?? 'unknown', detail: 'jose rejected the token.' });
  }
  return { ...verdict, kind, checks, header, payload };
}
