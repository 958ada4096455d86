// The sandbox's fixed names and numbers in one place. Times are in seconds
// unless a name says otherwise (store TTLs are real milliseconds).

// #region names
/** Who signs the tokens and who they are for: both are checked on every verify. */
export const ISSUER = 'urn:stepwise:sandbox';
export const AUDIENCE = 'urn:stepwise:sandbox:api';

/** The refresh cookie is sent to this path only: it is useless anywhere else. */
export const REFRESH_COOKIE_PATH = '/api/sandbox/refresh';
/** The device cookie (device.ts) is sent to the login route only. */
export const DEVICE_COOKIE_PATH = '/api/sandbox/login';
// #endregion

export type SessionMode = 'stateless' | 'stateful';

export interface Settings {
  mode: SessionMode;
  /** Lifetime of an access token. */
  accessTtl: number;
  /** Lifetime of one refresh token; each rotation issues a fresh one. */
  refreshTtl: number;
  /** The session ends when it has not been refreshed for this long (sliding). */
  idleTimeout: number;
  /** The session ends this long after login, however active (absolute). */
  absoluteTimeout: number;
}

/** Short on purpose, so a reader can watch tokens expire. */
export const DEFAULT_SETTINGS: Settings = {
  mode: 'stateless',
  accessTtl: 30,
  refreshTtl: 5 * 60,
  idleTimeout: 10 * 60,
  absoluteTimeout: 60 * 60,
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Inclusive [min, max] for each adjustable duration. */
export const SETTINGS_BOUNDS = {
  accessTtl: [5, HOUR],
  refreshTtl: [30, DAY],
  idleTimeout: [30, DAY],
  absoluteTimeout: [MINUTE, 7 * DAY],
} as const satisfies Record<Exclude<keyof Settings, 'mode'>, readonly [number, number]>;

/** One fast-forward may move the sandbox clock at most this far. */
export const MAX_ADVANCE_SECONDS = 8 * DAY;
/**
 * The sandbox clock never runs further ahead than this in total: enough to pass the
 * longest absolute timeout, and a cap on how far in the real future a token's exp can be.
 */
export const MAX_CLOCK_OFFSET_SECONDS = 8 * DAY;
/** How far apart two servers' clocks may be when one verifies what the other signed. */
export const CLOCK_SKEW_SECONDS = 5;

/** Request limits every sandbox route enforces. */
export const LIMITS = {
  bodyBytes: 8 * 1024,
  tokenBytes: 4 * 1024,
  cookieBytes: 4 * 1024,
} as const;

/** Login throttling, per client and account. */
export const LOGIN_RATE = { maxFailures: 5, windowMs: 60_000 } as const;

/** Parallel refreshes with one token within this long (real ms) get the first one's result. */
export const REFRESH_GRACE_MS = 5_000;

/** How long an untouched sandbox lives, and how much it may hold. */
export const SANDBOX_TTL_MS = 2 * 60 * 60 * 1000;
export const MAX_EVENTS = 100;
export const MAX_FAMILIES = 10;
export const MAX_GENERATIONS = 50;
/** The in-memory store's ceilings across all sandboxes: keys, and roughly bytes. */
export const MAX_STORE_KEYS = 100_000;
export const MAX_STORE_BYTES = 128 * 1024 * 1024;
