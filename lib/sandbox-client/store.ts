// The sandbox page's state and everything a reader can do to it. One store per
// mounted page (never a module singleton); framework-free: React reads it
// through ./context. Every action talks to the real routes through `api` and
// then re-reads the server's view (state and timeline), which is the truth.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { answerOf, statusLine, type Answer } from './answer';
import { createSessionClient } from './session-client';
import { forge, PRESETS, type PresetId } from './tamper';
import type { DurationSetting, LabResult, SandboxApi, SandboxEvent, SandboxState, SentRequest, Settings } from './types';

/** A timeline entry, with the page's own record of the request when it sent it. */
export interface TimelineItem {
  event: SandboxEvent;
  sent?: SentRequest;
}

interface PendingRequest extends SentRequest {
  /** The newest event id known when it was sent: its own event comes after. */
  after: number;
  /** Client time (ms) it was sent. */
  at: number;
}

export interface LabRun {
  label: string;
  token: string;
  kind: 'access' | 'refresh';
  result?: LabResult;
  failure?: Answer;
}

export interface LoginFailure extends Answer {
  /** Client time (ms) until which the server refuses logins (Retry-After). */
  retryUntil?: number;
}

export interface SettingsFailure {
  field?: DurationSetting | 'mode';
  message: string;
}

export interface SandboxData {
  state: SandboxState | null;
  /** Sandbox seconds minus the browser's seconds: the offset plus any server/browser drift. */
  skew: number;
  items: TimelineItem[];
  lastEventId: number;
  pending: PendingRequest[];
  login: LoginFailure | null;
  /** The newest answer about the session: me, a refresh, a logout. */
  session: Answer | null;
  /** The answer to the last replay of an old refresh token. */
  replay: Answer | null;
  lab: LabRun | null;
  settingsFailure: SettingsFailure | null;
  /** A polite announcement; `id` changes so a repeated text is read again. */
  announcement: { text: string; id: number };
  /** The sandbox API cannot be reached. */
  problem: string | null;
}

export interface SandboxActions {
  /** First load: state first (it may create the sandbox and its cookie), then the timeline. */
  start(): Promise<void>;
  /** New timeline entries; the state too when there were any. */
  poll(): Promise<void>;
  sync(): Promise<void>;
  logIn(email: string, password: string, note?: string): Promise<void>;
  logOut(): Promise<void>;
  callMe(note?: string): Promise<void>;
  /** Two `me` calls at once: after expiry they share one refresh. */
  callMeTwice(): Promise<void>;
  refreshNow(): Promise<void>;
  fastForward(seconds: number): Promise<void>;
  runPreset(id: PresetId): Promise<void>;
  verifyToken(token: string, kind: 'access' | 'refresh', label?: string): Promise<void>;
  replayOldRefresh(): Promise<void>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  reset(): Promise<void>;
  /** The countdown reached exp on the sandbox clock: say so once, and re-read the state. */
  tokenExpired(kind: 'access' | 'refresh', jti: string): void;
  announce(text: string): void;
}

export type SandboxStoreState = SandboxData & SandboxActions;
export type SandboxStore = StoreApi<SandboxStoreState>;

const PATH = (path: string) => `/api/sandbox/${path.split('?')[0]}`;
const FIELDS = new Set(['mode', 'accessTtl', 'refreshTtl', 'idleTimeout', 'absoluteTimeout']);
/** Requests that never made it onto the timeline are forgotten after this long. */
const PENDING_MS = 60_000;

const initial: SandboxData = {
  state: null,
  skew: 0,
  items: [],
  lastEventId: 0,
  pending: [],
  login: null,
  session: null,
  replay: null,
  lab: null,
  settingsFailure: null,
  announcement: { text: '', id: 0 },
  problem: null,
};

/** Seconds the sandbox clock is ahead of this browser's, ignoring a second of rounding. */
function skewOf(state: SandboxState, clientMs: number): number {
  const drift = state.clock.realNow - Math.floor(clientMs / 1000);
  return state.clock.offset + (Math.abs(drift) <= 1 ? 0 : drift);
}

/** Pairs each new event with the page's request it answers (same method and path, sent before it). */
function match(events: SandboxEvent[], pending: PendingRequest[]): { items: TimelineItem[]; pending: PendingRequest[] } {
  const left = [...pending];
  const items = events.map((event) => {
    const i = left.findIndex((p) => p.method === event.method && PATH(p.path) === event.path && p.after < event.id);
    if (i < 0) return { event };
    const [sent] = left.splice(i, 1);
    return sent ? { event, sent } : { event };
  });
  return { items, pending: left };
}

export function createSandboxStore(makeApi: (onSend: (request: SentRequest) => void) => SandboxApi, now: () => number = Date.now): SandboxStore {
  return createStore<SandboxStoreState>()((set, get) => {
    const api = makeApi((request) => {
      const entry: PendingRequest = { ...request, after: get().lastEventId, at: now() };
      set((s) => ({ pending: [...s.pending.filter((p) => entry.at - p.at < PENDING_MS), entry] }));
    });
    const session = createSessionClient(api);
    const expiredSeen = new Set<string>();
    let announcements = 0;

    const announce = (text: string) => set({ announcement: { text, id: ++announcements } });

    async function loadState() {
      const result = await api.state();
      if (result.ok) set({ state: result.data, skew: skewOf(result.data, now()), problem: null });
      else set({ problem: `The sandbox did not answer (${statusLine(answerOf('GET state', result, () => ''))}): ${result.error.message}` });
    }

    async function loadEvents(): Promise<number> {
      const since = get().lastEventId;
      const result = await api.events(since);
      // A reset may have landed meanwhile: its fresh timeline must not be mixed with the old one.
      if (!result.ok || get().lastEventId !== since) return 0;
      const fresh = result.data.events.filter((e) => e.id > since);
      if (fresh.length === 0) return 0;
      const { items, pending } = match(fresh, get().pending);
      set((s) => ({ items: [...s.items, ...items].slice(-200), pending, lastEventId: result.data.last }));
      return fresh.length;
    }

    async function sync() {
      await loadState();
      await loadEvents();
    }

    async function callMe(note?: string) {
      const { result, expired, refresh } = await session.me(note);
      const answer = answerOf('GET /api/sandbox/me', result, (d) => `Signed in as ${d.user.name} (${d.user.role}): the access token verified.`);
      set({ session: answer });
      if (refresh && !refresh.ok) {
        const failed = answerOf('POST /api/sandbox/refresh', refresh, () => '');
        set({ session: failed });
        announce(`me answered 401 token_expired; the automatic refresh failed: ${failed.code}. ${failed.message}`);
      } else if (expired) {
        announce(`me answered 401 token_expired; the client refreshed once and asked again: ${statusLine(answer)}.`);
      } else {
        announce(`me answered ${statusLine(answer)}.`);
      }
      await sync();
    }

    return {
      ...initial,
      announce,
      sync,

      async start() {
        await sync();
      },

      async poll() {
        if ((await loadEvents()) > 0) await loadState();
      },

      async logIn(email, password, note) {
        const result = await api.login(email, password, note);
        if (result.ok) {
          set({ login: null, session: answerOf('POST /api/sandbox/login', result, (d) => `Logged in as ${d.user.name} (${d.user.role}).`) });
          announce(`Logged in as ${result.data.user.name}, role ${result.data.user.role}: two cookies set.`);
        } else {
          const failure: LoginFailure = {
            ...answerOf('POST /api/sandbox/login', result, () => ''),
            ...(result.retryAfter ? { retryUntil: now() + result.retryAfter * 1000 } : {}),
          };
          set({ login: failure });
          announce(`Login refused: ${failure.code}. ${failure.message}`);
        }
        await sync();
      },

      async logOut() {
        const result = await api.logout();
        set({ session: answerOf('POST /api/sandbox/logout', result, () => 'Logged out: both cookies cleared, the session revoked.'), replay: null });
        announce(result.ok ? 'Logged out: both cookies cleared.' : `Logout failed: ${result.error.error}.`);
        await sync();
      },

      callMe,

      async callMeTwice() {
        await Promise.all([callMe('two calls at once (1 of 2)'), callMe('two calls at once (2 of 2)')]);
      },

      async refreshNow() {
        const result = await session.refresh('refresh button');
        const answer = answerOf('POST /api/sandbox/refresh', result, (d) => `Rotated: a new access and refresh token for ${d.user.name}; the old refresh token is spent.`);
        set({ session: answer });
        announce(`Refresh answered ${statusLine(answer)}.`);
        await sync();
      },

      async fastForward(seconds) {
        const result = await api.clock(seconds);
        if (!result.ok) {
          announce(`The clock refused: ${result.error.error}. ${result.error.message}`);
          await sync();
          return;
        }
        await loadState();
        // Ask the server what it thinks of the token now; the client refreshes if it expired.
        if (get().state?.cookies.access) await callMe('after fast-forward');
        else {
          announce('The sandbox clock moved forward.');
          await loadEvents();
        }
      },

      async runPreset(id) {
        const preset = PRESETS.find((p) => p.id === id);
        const state = get().state;
        if (!preset) return;
        const forged = await forge(id, {
          access: state?.cookies.access?.token ?? null,
          refresh: state?.cookies.refresh?.token ?? null,
          now: Math.floor(now() / 1000) + get().skew,
        });
        if (!forged) {
          announce(`Log in first: "${preset.label}" starts from your ${preset.needs} token.`);
          return;
        }
        await get().verifyToken(forged.token, forged.kind, preset.label);
      },

      async verifyToken(token, kind, label = 'Your own token') {
        set({ lab: { label, token, kind } });
        const result = await api.verify(token, kind, `tamper lab: ${label}`);
        if (result.ok) {
          set({ lab: { label, token, kind, result: result.data } });
          const r = result.data;
          announce(r.valid ? `${label}: valid.` : `${label}: rejected, ${r.error ?? 'invalid'}${r.jose ? ` (${r.jose})` : ''}.`);
        } else {
          set({ lab: { label, token, kind, failure: answerOf('POST /api/sandbox/verify', result, () => '') } });
          announce(`${label}: the server refused the request, ${result.error.error}.`);
        }
        await loadEvents();
      },

      async replayOldRefresh() {
        const newest = () => get().state?.families[0];
        if (newest()?.status !== 'active') {
          announce('Log in first: there is no active session whose refresh token could be replayed.');
          return;
        }
        // Only the page's request carries the old token: the cookie always holds the newest.
        if (!newest()?.generations.some((g) => g.status === 'spent')) {
          await session.refresh('rotate once, so an old refresh token exists');
          await loadState();
        }
        const old = newest()?.generations.filter((g) => g.status === 'spent').at(-1);
        if (!old) {
          announce('The refresh failed, so there is no old token to replay; see the timeline.');
          await loadEvents();
          return;
        }
        const result = await api.refresh({ token: old.token, note: `replay of generation ${old.gen}` });
        const answer = answerOf('POST /api/sandbox/refresh', result, () => 'The old token was accepted: reuse detection did not trip.');
        set({ replay: answer, session: answer });
        announce(
          answer.code === 'refresh_reuse_detected'
            ? `Replayed generation ${old.gen}: 401 refresh_reuse_detected. The whole family is revoked and the cookies cleared.`
            : `Replayed generation ${old.gen}: ${statusLine(answer)}.`,
        );
        await sync();
      },

      async saveSettings(patch) {
        const result = await api.settings(patch);
        if (result.ok) {
          set({ settingsFailure: null });
          announce('Settings saved. They apply to the tokens issued from now on.');
        } else {
          const message = result.error.message;
          const field = message.split(':')[0] ?? '';
          set({ settingsFailure: { message, ...(FIELDS.has(field) ? { field: field as SettingsFailure['field'] } : {}) } });
          announce(`Settings refused: ${message}`);
        }
        await sync();
      },

      async reset() {
        const result = await api.reset();
        if (!result.ok) {
          announce(`Reset failed: ${result.error.error}.`);
          return;
        }
        expiredSeen.clear();
        set({ ...initial, announcement: get().announcement });
        announce('A fresh sandbox: new id, default settings, real-time clock, empty timeline.');
        await sync();
      },

      tokenExpired(kind, jti) {
        if (expiredSeen.has(jti)) return;
        expiredSeen.add(jti);
        announce(`The ${kind} token just expired on the sandbox clock.`);
        void loadState();
      },
    };
  });
}
