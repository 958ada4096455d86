// GET /api/sandbox/state → 200: what the inspector shows. The cookies are
// httpOnly, so page scripts cannot read them: the server decodes them here.
import { checkAccessToken, verdictOf } from '../access';
import { realNow } from '../clock';
import { MAX_ADVANCE_SECONDS, MAX_CLOCK_OFFSET_SECONDS, REFRESH_COOKIE_PATH, SETTINGS_BOUNDS } from '../config';
import type { Verdict } from '../events';
import { json, route } from '../http';
import { decodeForDisplay } from '../inspect';
import { familyViews, type FamilyView } from '../refresh';
import type { Sandbox } from '../sandbox-id';
import { cookieName, rejection, verifyToken } from '../session';
import { DEMO_ACCOUNTS } from '../users';

export interface TokenView {
  name: string;
  path: string;
  /** `request`: read from this request's cookie. `issued`: the newest token the server issued (see note). */
  source: 'request' | 'issued';
  token: string;
  parts: ReturnType<typeof decodeForDisplay>['parts'];
  header: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
  verdict: Verdict;
  /** Seconds until exp on the sandbox clock (negative once expired); null without a numeric exp. */
  expiresIn: number | null;
  note?: string;
}

function tokenView(token: string, base: Pick<TokenView, 'name' | 'path' | 'source' | 'verdict'>, now: number, note?: string): TokenView {
  const decoded = decodeForDisplay(token);
  const exp = decoded.payload?.exp;
  return { ...base, token, ...decoded, expiresIn: typeof exp === 'number' ? exp - now : null, ...(note ? { note } : {}) };
}

async function refreshView(sandbox: Sandbox, families: FamilyView[], secure: boolean): Promise<TokenView | null> {
  const newest = families[0]?.generations.at(-1);
  // Only an active generation can still be in the browser: spent, revoked and expired ones were replaced or cleared.
  if (!newest || newest.status !== 'active') return null;
  const verdict = await verifyToken('refresh', newest.token, sandbox.now()).then(
    (): Verdict => ({ ok: true }),
    (err: unknown) => verdictOf(rejection(err)),
  );
  const note = `The refresh cookie is sent to ${REFRESH_COOKIE_PATH} only, so this request did not carry it: this is the newest refresh token the server issued to this sandbox.`;
  return tokenView(newest.token, { name: cookieName('refresh', secure), path: REFRESH_COOKIE_PATH, source: 'issued', verdict }, sandbox.now(), note);
}

export const state = route({ method: 'GET', record: false }, async (ctx) => {
  const { sandbox, secure } = ctx;
  const now = sandbox.now();
  const accessToken = ctx.cookie(cookieName('access', secure));
  const access = accessToken
    ? tokenView(accessToken, { name: cookieName('access', secure), path: '/', source: 'request', verdict: (await checkAccessToken(sandbox, accessToken)).verdict }, now)
    : null;
  const families = await familyViews(sandbox);
  return json({
    clock: { now, offset: sandbox.offset, realNow: Math.floor(realNow() / 1000) },
    settings: sandbox.settings,
    bounds: { ...SETTINGS_BOUNDS, maxAdvanceSeconds: MAX_ADVANCE_SECONDS, maxClockOffset: MAX_CLOCK_OFFSET_SECONDS },
    secure,
    cookies: { access, refresh: await refreshView(sandbox, families, secure) },
    families,
    accounts: DEMO_ACCOUNTS,
  });
});
