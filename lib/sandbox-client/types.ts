// The JSON shapes the sandbox routes answer, as the page sees them. Type-only
// imports from sandbox/: nothing of the server is bundled into the client.
import type { Settings } from '@/sandbox/config';
import type { ErrorBody } from '@/sandbox/errors';
import type { SandboxEvent, Source, Verdict } from '@/sandbox/events';
import type { FamilyView } from '@/sandbox/refresh';
import type { TokenView } from '@/sandbox/routes/state';
import type { Check, LabResult, Specimen } from '@/sandbox/tamper-lab';
import type { Look, Scenario, ScenarioStep, StepAction } from '@/sandbox/scenarios';
import type { Role, User } from '@/sandbox/users';

export type { Check, ErrorBody, FamilyView, LabResult, Look, Role, SandboxEvent, Scenario, ScenarioStep, Settings, Source, Specimen, StepAction, TokenView, User, Verdict };

export type DurationSetting = Exclude<keyof Settings, 'mode'>;

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
}

/** GET /api/sandbox/state */
export interface SandboxState {
  clock: { now: number; offset: number; realNow: number };
  settings: Settings;
  bounds: Record<DurationSetting, readonly [number, number]> & { maxAdvanceSeconds: number };
  secure: boolean;
  cookies: { access: TokenView | null; refresh: TokenView | null };
  families: FamilyView[];
  accounts: DemoAccount[];
}

export interface MeBody {
  user: User;
  token: { header: Record<string, unknown>; payload: Record<string, unknown> };
}

export interface EventsBody {
  events: SandboxEvent[];
  last: number;
}

/** Every answer, good or bad; status 0 means the request never got one (offline). */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; error: ErrorBody | { error: 'network_error'; message: string }; retryAfter?: number };

/** The browser's cookies when a request left, as far as the page knows: what travelled with it. */
export interface HeldCookies {
  access: boolean;
  refresh: boolean;
  /** A device cookie this page saw set (httpOnly and sent to the login route only, so seen is all it can know). */
  device?: boolean;
}

/** A request the page sent, kept so the timeline can say why it was sent and copy it as curl. */
export interface SentRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Why the page sent it, e.g. "automatic refresh after token_expired". */
  note?: string;
  auto?: boolean;
  /** Set by the store when the request leaves. */
  held?: HeldCookies;
}

/** What the page asks of the routes; components/sandbox/api.ts implements it with fetch. */
export interface SandboxApi {
  login(email: string, password: string, note?: string): Promise<ApiResult<{ user: User }>>;
  me(note?: string): Promise<ApiResult<MeBody>>;
  /** With a token, the page replays that (old) refresh token instead of the cookie's. */
  refresh(options?: { token?: string; note?: string; auto?: boolean }): Promise<ApiResult<{ user: User }>>;
  logout(): Promise<ApiResult<{ ok: true }>>;
  verify(token: string, kind: 'access' | 'refresh', note?: string): Promise<ApiResult<LabResult>>;
  /** The reader's access token re-signed by the server with one wrong claim, and checked. */
  verifySpecimen(specimen: Specimen, note?: string): Promise<ApiResult<LabResult & { token: string }>>;
  /** Any access token, answered exactly as GET /me would answer it as the cookie. */
  replayAsMe(token: string, note?: string): Promise<ApiResult<MeBody>>;
  state(): Promise<ApiResult<SandboxState>>;
  events(since: number): Promise<ApiResult<EventsBody>>;
  clock(advanceSeconds: number): Promise<ApiResult<{ offset: number; now: number }>>;
  settings(patch: Partial<Settings>): Promise<ApiResult<{ settings: Settings }>>;
  reset(): Promise<ApiResult<{ ok: true }>>;
}

/** The lines of sandbox/ a timeline entry ran, and the lesson step that explains them. */
export interface SourceInfo {
  file: string;
  region: string;
  /** Numbered as the lessons number them: region markers removed. */
  lines: { number: number; text: string }[];
  lesson?: { href: string; title: string; step: number; stepTitle: string };
}

/** Keyed by `${file}#${region}`. */
export type SourceMap = Record<string, SourceInfo>;

export const sourceKey = (source: Source): string => `${source.file}#${source.region}`;
