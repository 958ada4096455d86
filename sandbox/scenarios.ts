// Scenarios: named, linkable set-ups of the sandbox. `/sandbox?scenario=<name>`
// starts a fresh sandbox with these settings and walks the reader through the
// steps, one button each. Data only: the page runs the steps against the real
// routes, and the lessons link here by name.
import { DEFAULT_SETTINGS, type Settings } from './config';

/** What one step's button does, in the page. */
export type StepAction =
  | { do: 'login'; as: 'ada' | 'grace' }
  | { do: 'wrong-password'; times: number }
  | { do: 'me' }
  | { do: 'refresh' }
  | { do: 'forward'; seconds: number }
  | { do: 'replay-refresh' }
  | { do: 'logout' }
  /** Replays the access token the reader held before logging out (or the oldest kept). */
  | { do: 'replay-access' }
  /** One of the tamper lab's attacks, by id. */
  | { do: 'attack'; attack: string };

/** The panel a step wants the reader to look at. */
export type Look = 'login' | 'wire' | 'tokens' | 'clock' | 'family' | 'replay' | 'lab' | 'settings' | 'timeline';

export interface ScenarioStep {
  /** One or two plain sentences: what to do and what to watch. */
  say: string;
  /** The button's words. */
  button: string;
  action: StepAction;
  look: Look;
}

export interface Scenario {
  name: string;
  title: string;
  summary: string;
  settings: Settings;
  steps: ScenarioStep[];
}

const login: ScenarioStep = {
  say: 'Log in as Ada. The answer sets two cookies: the access token, sent on every request, and the refresh token, sent to one path only.',
  button: 'Log in as Ada',
  action: { do: 'login', as: 'ada' },
  look: 'wire',
};

const scenario = (name: string, title: string, summary: string, settings: Partial<Settings>, steps: ScenarioStep[]): Scenario => ({
  name,
  title,
  summary,
  settings: { ...DEFAULT_SETTINGS, ...settings },
  steps,
});

export const SCENARIOS: readonly Scenario[] = [
  scenario('tour', 'The whole story', 'Log in, use the token, let it expire, watch it rotate, and see a thief caught.', {}, [
    login,
    { say: 'Ask the server who you are. The browser adds the access cookie by itself, and jose verifies it.', button: 'GET /me', action: { do: 'me' }, look: 'wire' },
    {
      say: 'Move the clock 30 s on: the access token expires. /me answers 401 token_expired, and the page refreshes once, by itself, and asks again.',
      button: 'Fast-forward 30 s',
      action: { do: 'forward', seconds: 30 },
      look: 'clock',
    },
    { say: 'Refresh by hand. The refresh token is spent and the next generation issued: that is rotation.', button: 'Refresh now', action: { do: 'refresh' }, look: 'family' },
    {
      say: 'Play the thief: send a spent refresh token. The server cannot tell thief from owner, so the whole family is revoked and the cookies cleared.',
      button: 'Replay an old refresh token',
      action: { do: 'replay-refresh' },
      look: 'family',
    },
  ]),
  scenario('login', 'Log in and follow the cookies', 'One login sets two cookies; watch which request carries which.', {}, [
    login,
    {
      say: 'Ask /me. Only the access cookie travels: the refresh cookie\'s Path is the refresh route, so the browser keeps it back here.',
      button: 'GET /me',
      action: { do: 'me' },
      look: 'wire',
    },
    {
      say: 'Refresh now. This request, to the refresh route, is the one that carries the refresh cookie; the answer sets both cookies again.',
      button: 'Refresh now',
      action: { do: 'refresh' },
      look: 'wire',
    },
  ]),
  scenario('refresh-reuse', 'A stolen refresh token', 'Rotation spends each refresh token; presenting a spent one ends the whole session.', {}, [
    login,
    { say: 'Refresh once. Generation 1 is now spent, generation 2 is the live one.', button: 'Refresh now', action: { do: 'refresh' }, look: 'family' },
    {
      say: 'Send generation 1 again, as a thief who copied it would. Reuse is detected: every generation is revoked.',
      button: 'Replay the spent token',
      action: { do: 'replay-refresh' },
      look: 'family',
    },
    { say: 'Ask /me. The cookies were cleared with the family: no session is left.', button: 'GET /me', action: { do: 'me' }, look: 'wire' },
  ]),
  scenario('logout-stateless', 'Log out, stateless', 'Logout clears the cookies, but a copied access token still works until exp.', { mode: 'stateless', accessTtl: 120 }, [
    login,
    { say: 'Log out. Both cookies are cleared in this browser. The token itself cannot be taken back.', button: 'Log out', action: { do: 'logout' }, look: 'wire' },
    {
      say: 'Replay the access token you held against /me, as someone who copied it would. Stateless: 200, until its exp.',
      button: 'Replay against /me',
      action: { do: 'replay-access' },
      look: 'replay',
    },
  ]),
  scenario('logout-stateful', 'Log out, stateful', 'The server keeps a session record, so logout revokes copied tokens at once.', { mode: 'stateful', accessTtl: 120 }, [
    login,
    { say: 'Log out. The cookies are cleared and, in stateful mode, the session record is closed.', button: 'Log out', action: { do: 'logout' }, look: 'wire' },
    {
      say: 'Replay the access token you held against /me. Its signature still verifies, but the session is gone: 401 revoked.',
      button: 'Replay against /me',
      action: { do: 'replay-access' },
      look: 'replay',
    },
  ]),
  scenario('token-expiry', 'An access token expires', 'A short-lived access token, refreshed quietly when it runs out.', { accessTtl: 15 }, [
    login,
    { say: 'Watch the countdown on the access token: 15 s. Then jump past it.', button: 'Fast-forward 20 s', action: { do: 'forward', seconds: 20 }, look: 'clock' },
    { say: 'Ask /me again: the refreshed token works, until it too runs out.', button: 'GET /me', action: { do: 'me' }, look: 'tokens' },
  ]),
  scenario('throttled-logins', 'Throttled logins', 'Five wrong passwords a minute, then 429 and a Retry-After to wait out.', {}, [
    {
      say: 'Try a wrong password. The answer is the same 401 for a wrong password and an unknown email, so it does not tell which accounts exist.',
      button: 'Try a wrong password',
      action: { do: 'wrong-password', times: 1 },
      look: 'login',
    },
    { say: 'Try five more. After the fifth failure in a minute the server answers 429 rate_limited and says when to come back.', button: 'Five more wrong passwords', action: { do: 'wrong-password', times: 5 }, look: 'login' },
  ]),
  scenario('idle-timeout', 'Idle timeout', 'A session that is not refreshed for 60 s ends, however young it is.', { idleTimeout: 60 }, [
    login,
    { say: 'Jump 30 s: the access token expires and the refresh succeeds, which counts as activity.', button: 'Fast-forward 30 s', action: { do: 'forward', seconds: 30 }, look: 'family' },
    { say: 'Now stay away for 90 s, longer than the 60 s idle timeout. The next refresh answers session_expired.', button: 'Fast-forward 90 s', action: { do: 'forward', seconds: 90 }, look: 'family' },
  ]),
  scenario('absolute-timeout', 'Absolute timeout', 'However active, a session ends 60 s after login.', { absoluteTimeout: 60 }, [
    login,
    { say: 'Jump 30 s: the access token expires and is refreshed. The session is still young.', button: 'Fast-forward 30 s', action: { do: 'forward', seconds: 30 }, look: 'family' },
    { say: 'Jump 40 s more, past 60 s since login. Activity does not help: the refresh answers session_expired.', button: 'Fast-forward 40 s', action: { do: 'forward', seconds: 40 }, look: 'family' },
  ]),
  scenario('forged-tokens', 'Forged tokens', 'The classic JWT attacks, each refused by one line of verify.', {}, [
    login,
    { say: 'Claim the token is unsigned: alg none, in four spellings. The pinned algorithm list refuses every one.', button: 'Try alg: none', action: { do: 'attack', attack: 'alg-none' }, look: 'lab' },
    { say: 'Make yourself admin in the payload and keep the old signature. The HMAC no longer matches.', button: 'Edit the claims', action: { do: 'attack', attack: 'claims-edited' }, look: 'lab' },
    { say: 'Crack a token signed with a weak secret from a short wordlist, then try the same on ours.', button: 'Crack a weak secret', action: { do: 'attack', attack: 'weak-secret' }, look: 'lab' },
    { say: 'Bring your own key in the header (jwk). The server never takes a key from the token.', button: 'Inject a jwk', action: { do: 'attack', attack: 'jwk-injection' }, look: 'lab' },
    { say: 'Send a refresh token where an access token belongs. Its typ gives it away.', button: 'Swap the token type', action: { do: 'attack', attack: 'typ-confusion' }, look: 'lab' },
  ]),
];

export function findScenario(name: string | null | undefined): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
