// What a reader does to the session: log in (or fail to), ask /me, refresh,
// log out, replay an old refresh token, replay an old access token against /me.
// Each shows its answer in the panel that asked, in words, and announces it.
import { answerOf, statusLine } from './answer';
import type { Kit, SandboxActions } from './store';

const ME = 'GET /api/sandbox/me';
const REFRESH = 'POST /api/sandbox/refresh';
const WRONG = 'not-the-password';

type SessionActions = Pick<SandboxActions, 'logIn' | 'wrongPassword' | 'logOut' | 'callMe' | 'callMeTwice' | 'refreshNow' | 'replayOldRefresh' | 'replayAccess'>;

export function sessionActions(kit: Kit): SessionActions {
  const { api, session, get, announce, begin, show, sync } = kit;

  async function logIn(email: string, password: string, note?: string) {
    begin();
    const result = await api.login(email, password, note);
    if (result.ok) {
      const { name, role } = result.data.user;
      show('session', answerOf('POST /api/sandbox/login', result, () => `Logged in as ${name} (${role}): two cookies set, the access token for every path and the refresh token for the refresh route only.`));
      announce(`Logged in as ${name}, role ${role}: two cookies set.`);
    } else {
      const answer = answerOf('POST /api/sandbox/login', result, () => '');
      show('login', answer, result.retryAfter ? { retryUntil: kit.now() + result.retryAfter * 1000 } : {});
      announce(`Login refused: ${answer.code}. ${answer.message}`);
    }
    await sync();
  }

  async function callMe(note?: string) {
    begin();
    const { result, expired, refresh } = await session.me(note);
    const answer = answerOf(ME, result, (d) => `Signed in as ${d.user.name} (${d.user.role}): the access token verified.`);
    if (refresh && !refresh.ok) {
      const failed = answerOf(REFRESH, refresh, () => '');
      show('session', { ...failed, message: `The access token had expired and the automatic refresh failed: ${failed.message}` });
      announce(`me answered 401 token_expired; the automatic refresh failed: ${failed.code}. ${failed.message}`);
    } else if (expired) {
      show('session', { ...answer, message: `The access token had expired (401 token_expired), so the page refreshed once and asked again. ${answer.message}` });
      announce(`me answered 401 token_expired; the client refreshed once and asked again: ${statusLine(answer)}.`);
    } else {
      show('session', answer);
      announce(`me answered ${statusLine(answer)}.`);
    }
    await sync();
  }

  return {
    logIn,
    callMe,

    async wrongPassword(times) {
      const email = get().state?.accounts[0]?.email ?? 'ada@example.com';
      for (let i = 1; i <= times; i++) {
        await logIn(email, WRONG, times > 1 ? `a wrong password, on purpose (${i} of ${times})` : 'a wrong password, on purpose');
        if (get().outcome?.answer.code === 'rate_limited') break;
      }
    },

    async logOut() {
      begin();
      const mode = get().state?.settings.mode;
      const result = await api.logout();
      const done =
        mode === 'stateful'
          ? 'Logged out: both cookies cleared and the session record closed, so copies of its tokens answer 401 revoked.'
          : 'Logged out: both cookies cleared. Stateless mode keeps no record, so a copied access token still works until its exp.';
      show('session', answerOf('POST /api/sandbox/logout', result, () => done));
      announce(result.ok ? done : `Logout failed: ${result.error.error}.`);
      await sync();
    },

    async callMeTwice() {
      await Promise.all([callMe('two calls at once (1 of 2)'), callMe('two calls at once (2 of 2)')]);
    },

    async refreshNow() {
      begin();
      const result = await session.refresh('refresh button');
      const answer = answerOf(REFRESH, result, (d) => `Rotated: a new access and refresh token for ${d.user.name}; the old refresh token is spent.`);
      show('session', answer);
      announce(`Refresh answered ${statusLine(answer)}.`);
      await sync();
    },

    async replayOldRefresh() {
      begin();
      const newest = () => get().state?.families[0];
      if (newest()?.status !== 'active') {
        show('family', { request: REFRESH, status: 0, ok: false, code: 'not_sent', message: 'Log in first: there is no session whose refresh token could be replayed.' });
        return;
      }
      // Only the page's request carries the old token: the cookie always holds the newest.
      if (!newest()?.generations.some((g) => g.status === 'spent')) {
        await session.refresh('rotate once, so an old refresh token exists');
        await kit.loadState();
      }
      const old = newest()?.generations.filter((g) => g.status === 'spent').at(-1);
      if (!old) {
        show('family', { request: REFRESH, status: 0, ok: false, code: 'not_sent', message: 'The refresh failed, so there is no old token to replay; see the timeline.' });
        await kit.loadEvents();
        return;
      }
      const result = await api.refresh({ token: old.token, note: `replay of generation ${old.gen}` });
      const answer = answerOf(REFRESH, result, () => 'The old token was accepted: reuse detection did not trip.');
      show('family', answer);
      announce(
        answer.code === 'refresh_reuse_detected'
          ? `Replayed generation ${old.gen}: 401 refresh_reuse_detected. The whole family is revoked and the cookies cleared.`
          : `Replayed generation ${old.gen}: ${statusLine(answer)}.`,
      );
      await sync();
    },

    async replayAccess(token) {
      begin();
      const kept = token ? get().kept.find((k) => k.token === token) : get().kept.at(-1);
      if (!kept) {
        show('replay', { request: ME, status: 0, ok: false, code: 'not_sent', message: 'No access token to replay yet: log in first.' });
        return;
      }
      const mode = get().state?.settings.mode ?? 'stateless';
      const result = await api.replayAsMe(kept.token, `replay of access token ${kept.jti.slice(0, 8)} against /me`);
      const answer = answerOf(`${ME} (replayed token ${kept.jti.slice(0, 8)}…)`, result, (d) =>
        `Signed in as ${d.user.name}: the copied token still works. ${mode === 'stateless' ? 'Stateless mode checks only the signature and exp.' : 'Its session is still open.'}`,
      );
      show('replay', answer.code === 'revoked' ? { ...answer, message: `${answer.message} The signature is fine; the session record says no.` } : answer);
      announce(`Replayed access token against /me: ${statusLine(answer)}.`);
      await sync();
    },
  };
}
