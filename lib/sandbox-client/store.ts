// The sandbox page's state, and the wiring every action shares. One store per
// mounted page (never a module singleton); framework-free: React reads it
// through ./context. Every action talks to the real routes through `api`, then
// re-reads the server's view (state and timeline), which is the truth. The
// actions themselves live by concern: session-actions, lab-actions, and the
// scenario runner.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { answerOf, statusLine, type Answer } from './answer';
import type { AttackId } from './attacks';
import type { CrackResult } from './crack';
import { labActions } from './lab-actions';
import { scenarioActions } from './scenario-runner';
import { createSessionClient, type SessionClient } from './session-client';
import { sessionActions } from './session-actions';
import { match, MAX_ITEMS, PENDING_MS, skewOf, type PendingRequest, type TimelineItem } from './timeline';
import type { LabResult, Look, SandboxApi, SandboxState, SentRequest, Settings } from './types';
import { duration } from './times';
import { isSettingName, SETTING_LABELS, type SettingName } from './words';

export type { TimelineItem } from './timeline';

/** Where on the page an answer belongs: the panel whose button asked. */
export type Where = 'login' | 'session' | 'clock' | 'family' | 'replay';

/** The one answer on show. Each action replaces it, so no old message outlives the next action. */
export interface Outcome {
  where: Where;
  answer: Answer;
  /** Client time (ms) until which the server refuses logins (Retry-After). */
  retryUntil?: number;
  /** Increases with every outcome, so the page can bring a repeated one into view again. */
  id: number;
}

/** An access token this page has seen, kept so it can be replayed after it left the cookie. */
export interface KeptToken {
  token: string;
  jti: string;
  exp: number;
  name: string;
}

export interface LabRun {
  attack: AttackId | 'own';
  label: string;
  token: string;
  kind: 'access' | 'refresh';
  /** The token it was made from: the lab highlights what changed. */
  before: string | null;
  result?: LabResult;
  failure?: Answer;
  variants?: { label: string; token: string; result?: LabResult }[];
  crack?: { weakToken: string; weak: CrackResult; ours: CrackResult };
}

export interface SettingsFailure {
  field?: SettingName;
  message: string;
}

export interface ScenarioProgress {
  name: string;
  /** The next step to run (0-based); equal to the number of steps when done. */
  step: number;
  running: boolean;
}

export interface SandboxData {
  state: SandboxState | null;
  /** Sandbox seconds minus the browser's seconds: the offset plus any server/browser drift. */
  skew: number;
  items: TimelineItem[];
  lastEventId: number;
  pending: PendingRequest[];
  outcome: Outcome | null;
  lab: LabRun | null;
  kept: KeptToken[];
  settingsFailure: SettingsFailure | null;
  settingsSaved: boolean;
  scenario: ScenarioProgress | null;
  /** The panel the current scenario step asks the reader to look at. */
  look: Look | null;
  /** A polite announcement; `id` changes so a repeated text is read again. */
  announcement: { text: string; id: number };
  /** The sandbox API cannot be reached. */
  problem: string | null;
  /** The request the wire view shows, by event id; null follows the newest. */
  wirePick: number | null;
}

export interface SandboxActions {
  /** First load: state first (it may create the sandbox and its cookie), then the timeline. */
  start(): Promise<void>;
  /** New timeline entries; the state too when there were any. */
  poll(): Promise<void>;
  sync(): Promise<void>;
  logIn(email: string, password: string, note?: string): Promise<void>;
  /** Wrong passwords for Ada, `times` in a row (the throttling demo). */
  wrongPassword(times: number): Promise<void>;
  logOut(): Promise<void>;
  callMe(note?: string): Promise<void>;
  /** Two `me` calls at once: after expiry they share one refresh. */
  callMeTwice(): Promise<void>;
  refreshNow(): Promise<void>;
  fastForward(seconds: number): Promise<void>;
  replayOldRefresh(): Promise<void>;
  /** Sends a kept access token to be judged as /me would judge it (the newest kept when none is named). */
  replayAccess(token?: string): Promise<void>;
  runAttack(id: AttackId): Promise<void>;
  verifyToken(token: string, kind: 'access' | 'refresh', label?: string): Promise<void>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  reset(): Promise<void>;
  /** A fresh sandbox with the scenario's settings, at its first step. */
  startScenario(name: string): Promise<void>;
  /** Runs the scenario's next step. */
  runStep(): Promise<void>;
  leaveScenario(): void;
  /** The countdown reached exp on the sandbox clock: say so once, and re-read the state. */
  tokenExpired(kind: 'access' | 'refresh', jti: string): void;
  announce(text: string): void;
  /** Shows an earlier request on the wire (null: follow the newest again). */
  pickWire(id: number | null): void;
}

export type SandboxStoreState = SandboxData & SandboxActions;
export type SandboxStore = StoreApi<SandboxStoreState>;

/** What every group of actions is built from. */
export interface Kit {
  api: SandboxApi;
  session: SessionClient;
  get: () => SandboxStoreState;
  set: (partial: Partial<SandboxData> | ((s: SandboxStoreState) => Partial<SandboxData>)) => void;
  now: () => number;
  announce(text: string): void;
  /** An action starts: answers from earlier actions go. */
  begin(): void;
  show(where: Where, answer: Answer, extra?: { retryUntil?: number }): void;
  loadState(): Promise<void>;
  loadEvents(): Promise<number>;
  sync(): Promise<void>;
}

const MAX_KEPT = 6;

const initial: SandboxData = {
  state: null,
  skew: 0,
  items: [],
  lastEventId: 0,
  pending: [],
  outcome: null,
  lab: null,
  kept: [],
  settingsFailure: null,
  settingsSaved: false,
  scenario: null,
  look: null,
  announcement: { text: '', id: 0 },
  problem: null,
  wirePick: null,
};

function keep(kept: KeptToken[], state: SandboxState): KeptToken[] {
  const access = state.cookies.access;
  const jti = access?.payload?.jti;
  if (!access || typeof jti !== 'string' || kept.some((k) => k.jti === jti)) return kept;
  const exp = typeof access.payload?.exp === 'number' ? access.payload.exp : 0;
  const name = typeof access.payload?.name === 'string' ? access.payload.name : 'someone';
  return [...kept, { token: access.token, jti, exp, name }].slice(-MAX_KEPT);
}

/** The server's words for a refused setting, as a sentence about the field it names. */
function settingsFailureOf(error: { message: string; field?: unknown }, bounds: SandboxState['bounds'] | undefined): SettingsFailure {
  const field = isSettingName(error.field) ? error.field : undefined;
  if (!field) return { message: error.message };
  if (field === 'mode') return { field, message: 'Mode must be stateless or stateful.' };
  const range = bounds?.[field];
  const words = range ? ` from ${duration(range[0])} to ${duration(range[1])}` : '';
  return { field, message: `${SETTING_LABELS[field]} must be a whole number of seconds${words}.` };
}

export function createSandboxStore(makeApi: (onSend: (request: SentRequest) => void) => SandboxApi, now: () => number = Date.now): SandboxStore {
  return createStore<SandboxStoreState>()((set, get) => {
    const api = makeApi((request) => {
      const cookies = get().state?.cookies;
      const device = get().items.some(({ event }) => event.setCookies.some((c) => c.name.endsWith('sandbox-device') && !c.cleared));
      const entry: PendingRequest = { ...request, held: { access: !!cookies?.access, refresh: !!cookies?.refresh, device }, after: get().lastEventId, at: now() };
      set((s) => ({ pending: [...s.pending.filter((p) => entry.at - p.at < PENDING_MS), entry] }));
    });
    let announcements = 0;
    let outcomes = 0;
    const expiredSeen = new Set<string>();

    const kit: Kit = {
      api,
      session: createSessionClient(api),
      get,
      set,
      now,
      announce: (text) => set({ announcement: { text, id: ++announcements } }),
      begin: () => set({ outcome: null, settingsFailure: null, settingsSaved: false }),
      show: (where, answer, extra = {}) => set({ outcome: { where, answer, ...extra, id: ++outcomes } }),
      async loadState() {
        const result = await api.state();
        if (result.ok) set((s) => ({ state: result.data, skew: skewOf(result.data, now()), problem: null, kept: keep(s.kept, result.data) }));
        else set({ problem: `The sandbox did not answer (${statusLine(answerOf('GET state', result, () => ''))}): ${result.error.message}` });
      },
      async loadEvents() {
        const since = get().lastEventId;
        const result = await api.events(since);
        // A reset may have landed meanwhile: its fresh timeline must not be mixed with the old one.
        if (!result.ok || get().lastEventId !== since) return 0;
        const fresh = result.data.events.filter((e) => e.id > since);
        if (fresh.length === 0) return 0;
        const { items, pending } = match(fresh, get().pending);
        set((s) => ({ items: [...s.items, ...items].slice(-MAX_ITEMS), pending, lastEventId: result.data.last }));
        return fresh.length;
      },
      async sync() {
        await kit.loadState();
        await kit.loadEvents();
      },
    };

    async function reset(): Promise<boolean> {
      kit.begin();
      const result = await api.reset();
      if (!result.ok) {
        kit.announce(`Reset failed: ${result.error.error}.`);
        return false;
      }
      expiredSeen.clear();
      set({ ...initial, announcement: get().announcement, scenario: get().scenario });
      kit.announce('A fresh sandbox: new id, default settings, real-time clock, empty timeline.');
      await kit.sync();
      return true;
    }

    return {
      ...initial,
      announce: kit.announce,
      sync: kit.sync,
      ...sessionActions(kit),
      ...labActions(kit),
      ...scenarioActions(kit, reset),

      pickWire(id) {
        set({ wirePick: id });
      },

      async start() {
        await kit.sync();
      },

      async poll() {
        if ((await kit.loadEvents()) > 0) await kit.loadState();
      },

      async fastForward(seconds) {
        kit.begin();
        const result = await api.clock(seconds);
        if (!result.ok) {
          kit.show('clock', answerOf('POST /api/sandbox/clock', result, () => ''));
          kit.announce(`The clock refused: ${result.error.error}. ${result.error.message}`);
          await kit.sync();
          return;
        }
        await kit.loadState();
        // Ask the server what it thinks of the token now; the client refreshes if it expired.
        if (get().state?.cookies.access) await get().callMe('after fast-forward');
        else {
          kit.show('clock', { request: 'POST /api/sandbox/clock', status: 200, ok: true, message: 'The sandbox clock moved forward. No access cookie to check.' });
          kit.announce('The sandbox clock moved forward.');
          await kit.loadEvents();
        }
        // The answer belongs beside the clock the reader just moved.
        const outcome = get().outcome;
        if (outcome) set({ outcome: { ...outcome, where: 'clock' } });
      },

      async saveSettings(patch) {
        kit.begin();
        const result = await api.settings(patch);
        if (result.ok) {
          set({ settingsSaved: true });
          kit.announce('Saved. The settings apply to tokens issued from now on.');
        } else {
          const failure = settingsFailureOf(result.error, get().state?.bounds);
          set({ settingsFailure: failure });
          kit.announce(`Settings refused: ${failure.message}`);
        }
        await kit.sync();
      },

      async reset() {
        await reset();
      },

      tokenExpired(kind, jti) {
        if (expiredSeen.has(jti)) return;
        expiredSeen.add(jti);
        kit.announce(`The ${kind} token just expired on the sandbox clock.`);
        void kit.loadState();
      },
    };
  });
}
